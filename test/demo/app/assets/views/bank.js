import { h, icon, toast, ys } from '../dom.js';

const BANKS = ['First National', 'Harbor Credit Union', 'Meridian Bank', 'Northwind Savings'];

// Connecting a bank: Connect starts the task (so hesitation can be seen); Authorize, marked with
// data-yardstick-task, completes it.
export function bankView({ navigate }) {
  const chooser = h('div', { class: 'card', hidden: true, id: 'bank-chooser' });
  const pick = (bank) =>
    chooser.replaceChildren(
      h('h2', {}, `Sign in to ${bank}`),
      h('p', { class: 'muted' }, 'You are on your bank’s secure page. Acme only gets read access to transactions.'),
      h(
        'div',
        { class: 'form-actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'btn primary',
            id: 'authorize',
            'data-yardstick-task': 'connect_bank',
            onClick: () => {
              toast(`${bank} connected`);
              navigate('/settings');
            },
          },
          'Authorize read access',
        ),
      ),
    );
  const open = () => {
    ys().taskStarted('connect_bank');
    chooser.hidden = false;
    chooser.replaceChildren(
      h('h2', {}, 'Choose your bank'),
      h(
        'div',
        { class: 'bank-list' },
        BANKS.map((b) =>
          h(
            'button',
            { type: 'button', class: 'bank', onClick: () => pick(b) },
            icon('bank', 16),
            h('span', {}, b),
            icon('chevron', 16),
          ),
        ),
      ),
    );
  };
  return h(
    'div',
    { class: 'page narrow' },
    h(
      'div',
      { class: 'page-head' },
      h('div', {}, h('h1', {}, 'Bank connection'), h('p', { class: 'muted' }, 'Read-only. Acme can never move money.')),
    ),
    h(
      'section',
      { class: 'card row' },
      h('span', { class: 'tile-icon' }, icon('bank', 20)),
      h(
        'div',
        { class: 'grow' },
        h('h2', {}, 'Connect a bank account'),
        h('p', { class: 'muted' }, 'Payments are matched to invoices every hour.'),
      ),
      h('button', { type: 'button', class: 'btn primary', id: 'connect-bank', onClick: open }, 'Connect bank'),
    ),
    chooser,
  );
}
