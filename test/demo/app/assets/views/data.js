import { h } from '../dom.js';

export const CUSTOMERS = [
  { id: 'globex', name: 'Globex Corporation', email: '' },
  { id: 'initech', name: 'Initech', email: 'ap@initech.example' },
  { id: 'umbrella', name: 'Umbrella Health', email: 'billing@umbrella.example' },
];

export const INVOICES = [
  { id: 'INV-1042', customer: 'Initech', amount: 4200, due: 'Dec 12', status: 'Sent' },
  { id: 'INV-1041', customer: 'Umbrella Health', amount: 1850, due: 'Dec 02', status: 'Overdue' },
  { id: 'INV-1040', customer: 'Soylent Co.', amount: 960, due: 'Nov 28', status: 'Paid' },
  { id: 'INV-1039', customer: 'Hooli', amount: 7300, due: 'Nov 30', status: 'Overdue' },
  { id: 'INV-1038', customer: 'Vandelay Industries', amount: 2480, due: 'Nov 21', status: 'Paid' },
  { id: 'INV-1037', customer: 'Initech', amount: 3150, due: 'Nov 15', status: 'Paid' },
];

export const statusPill = (status) => h('span', { class: `pill ${status.toLowerCase()}` }, status);
