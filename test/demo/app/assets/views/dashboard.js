import { h, icon, money } from '../dom.js';
import { INVOICES, statusPill } from './data.js';

export function dashboardView({ link }) {
  const open = INVOICES.filter((i) => i.status !== 'Paid');
  const kpi = (label, value, note, tone) =>
    h(
      'div',
      { class: `card kpi ${tone ?? ''}` },
      h('div', { class: 'kpi-label' }, label),
      h('div', { class: 'kpi-value' }, value),
      h('div', { class: 'kpi-note' }, note),
    );
  const step = (done, title, text, path, cta) =>
    h(
      'li',
      { class: done ? 'done' : '' },
      h('span', { class: 'tick' }, done ? icon('check', 14) : ''),
      h('div', {}, h('b', {}, title), h('p', {}, text)),
      done ? h('span', { class: 'muted' }, 'Done') : link(path, cta, 'btn small'),
    );
  return h(
    'div',
    { class: 'page' },
    h(
      'div',
      { class: 'page-head' },
      h('div', {}, h('h1', {}, 'Good morning, Dana'), h('p', { class: 'muted' }, 'Here is where your cash stands today.')),
      link('/invoices/new', [icon('plus', 16), 'New invoice'], 'btn primary'),
    ),
    h(
      'div',
      { class: 'grid kpis' },
      kpi('Outstanding', money(open.reduce((s, i) => s + i.amount, 0)), `${open.length} open invoices`),
      kpi('Paid this month', money(18_240), '+12% vs last month', 'good'),
      kpi(
        'Overdue',
        money(INVOICES.filter((i) => i.status === 'Overdue').reduce((s, i) => s + i.amount, 0)),
        '2 invoices past due',
        'warn',
      ),
    ),
    h(
      'div',
      { class: 'grid two' },
      h(
        'section',
        { class: 'card' },
        h('h2', {}, 'Get set up'),
        h(
          'ol',
          { class: 'checklist' },
          step(true, 'Create your account', 'Your workspace is ready.'),
          step(false, 'Create your first invoice', 'Bill a customer in under a minute.', '/invoices/new', 'Create'),
          step(false, 'Connect your bank', 'Match payments to invoices automatically.', '/settings/bank', 'Connect'),
          step(false, 'Export a report', 'Send your accountant a CSV.', '/reports', 'Open reports'),
        ),
      ),
      h(
        'section',
        { class: 'card' },
        h('div', { class: 'card-head' }, h('h2', {}, 'Recent invoices'), link('/invoices', 'View all', 'link')),
        h(
          'table',
          { class: 'table' },
          h(
            'tbody',
            {},
            INVOICES.slice(0, 4).map((i) =>
              h(
                'tr',
                {},
                h('td', {}, h('b', {}, i.customer), h('div', { class: 'muted small' }, i.id)),
                h('td', { class: 'num' }, money(i.amount)),
                h('td', {}, statusPill(i.status)),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
