import { h, icon, money } from '../dom.js';
import { INVOICES, statusPill } from './data.js';

export function invoicesView({ link }) {
  return h(
    'div',
    { class: 'page' },
    h(
      'div',
      { class: 'page-head' },
      h('div', {}, h('h1', {}, 'Invoices'), h('p', { class: 'muted' }, `${INVOICES.length} invoices · last 60 days`)),
      link('/invoices/new', [icon('plus', 16), 'New invoice'], 'btn primary'),
    ),
    h(
      'section',
      { class: 'card flush' },
      h(
        'table',
        { class: 'table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Invoice', 'Customer', 'Due', 'Amount', 'Status'].map((c) => h('th', {}, c)),
          ),
        ),
        h(
          'tbody',
          {},
          INVOICES.map((i) =>
            h(
              'tr',
              {},
              h('td', {}, h('b', {}, i.id)),
              h('td', {}, i.customer),
              h('td', { class: 'muted' }, i.due),
              h('td', { class: 'num' }, money(i.amount)),
              h('td', {}, statusPill(i.status)),
            ),
          ),
        ),
      ),
    ),
  );
}
