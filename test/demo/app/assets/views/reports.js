import { h, icon, toast } from '../dom.js';

const MONTHS = [
  ['Jun', 12.4],
  ['Jul', 14.1],
  ['Aug', 11.8],
  ['Sep', 16.9],
  ['Oct', 18.2],
  ['Nov', 21.5],
];

// The "export report" task, and the button that does nothing: Export looks ready, but stays dead
// (aria-disabled) until a date range is picked, and says nothing about it. The value model's
// export-help card explains it. `data-yardstick-task` on the button marks a real export as the
// task's completion; while aria-disabled, a click completes nothing.
export function reportsView() {
  const range = h(
    'select',
    { id: 'range', 'aria-label': 'Date range' },
    h('option', { value: '' }, 'Date range…'),
    h('option', { value: 'last-30-days' }, 'Last 30 days'),
    h('option', { value: 'this-quarter' }, 'This quarter'),
    h('option', { value: 'year-to-date' }, 'Year to date'),
  );
  const exportButton = h(
    'button',
    { type: 'button', id: 'export', class: 'btn primary', 'aria-disabled': 'true', 'data-yardstick-task': 'export_report' },
    icon('download', 16),
    'Export',
  );
  exportButton.addEventListener('click', () => {
    if (exportButton.getAttribute('aria-disabled') === 'true') return; // the UX bug: silence
    toast(`Exported revenue-${range.value}.csv`);
  });
  range.addEventListener('change', () => {
    if (range.value) exportButton.removeAttribute('aria-disabled');
    else exportButton.setAttribute('aria-disabled', 'true');
  });
  const max = Math.max(...MONTHS.map(([, v]) => v));
  return h(
    'div',
    { class: 'page' },
    h(
      'div',
      { class: 'page-head' },
      h('div', {}, h('h1', {}, 'Reports'), h('p', { class: 'muted' }, 'Revenue collected, by month.')),
      h('div', { class: 'toolbar' }, range, exportButton),
    ),
    h(
      'section',
      { class: 'card' },
      h('div', { class: 'card-head' }, h('h2', {}, 'Revenue'), h('span', { class: 'pill sent' }, '+18% over 6 months')),
      h(
        'div',
        { class: 'bars', role: 'img', 'aria-label': 'Revenue by month, June to November, rising from 12.4k to 21.5k dollars' },
        MONTHS.map(([m, v]) =>
          h(
            'div',
            { class: 'bar' },
            h('span', { class: 'bar-value' }, `$${v}k`),
            h('div', { class: 'bar-fill', style: { height: `${Math.round((v / max) * 100)}%` } }),
            h('span', { class: 'bar-label' }, m),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'grid two' },
      h(
        'section',
        { class: 'card' },
        h('h2', {}, 'Top customers'),
        h(
          'ol',
          { class: 'ranking' },
          ['Hooli', 'Initech', 'Umbrella Health', 'Vandelay Industries'].map((c, i) =>
            h('li', {}, h('span', {}, c), h('b', {}, `$${[9.2, 7.4, 4.1, 2.5][i]}k`)),
          ),
        ),
      ),
      h(
        'section',
        { class: 'card' },
        h('h2', {}, 'Days to get paid'),
        h('div', { class: 'big-number' }, '23', h('small', {}, ' days')),
        h('p', { class: 'muted' }, 'Median over the last 90 days, down from 31.'),
      ),
    ),
  );
}
