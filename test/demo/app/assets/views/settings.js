import { h, icon, toast } from '../dom.js';

export function settingsView({ link }) {
  const input = (label, attrs) =>
    h('label', { class: 'field' }, h('span', {}, label), h('input', { autocomplete: 'off', ...attrs }));
  return h(
    'div',
    { class: 'page narrow' },
    h(
      'div',
      { class: 'page-head' },
      h('div', {}, h('h1', {}, 'Settings'), h('p', { class: 'muted' }, 'Your profile and workspace.')),
    ),
    h(
      'form',
      {
        class: 'card form',
        onSubmit: (e) => {
          e.preventDefault();
          toast('Profile saved');
        },
      },
      h('h2', {}, 'Profile'),
      h(
        'div',
        { class: 'form-grid' },
        input('Name', { name: 'name', value: 'Dana Scully' }),
        input('Work e-mail', { name: 'email', type: 'email', value: 'dana@acme.example' }),
      ),
      h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'btn primary' }, 'Save')),
    ),
    h(
      'section',
      { class: 'card row' },
      h('span', { class: 'tile-icon' }, icon('bank', 20)),
      h(
        'div',
        { class: 'grow' },
        h('h2', {}, 'Bank connection'),
        h('p', { class: 'muted' }, 'Not connected. Connect to match payments to invoices.'),
      ),
      link('/settings/bank', 'Set up', 'btn'),
    ),
  );
}
