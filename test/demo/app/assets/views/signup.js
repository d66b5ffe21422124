import { h, ys } from '../dom.js';

// Signup starts time-to-value. Only the role (a choice from a list) goes to the widget as a trait:
// the typed name and e-mail stay in the form.
export function signupView({ navigate }) {
  const role = h(
    'select',
    { name: 'role' },
    [
      ['finance_manager', 'Finance manager'],
      ['sales_rep', 'Sales'],
      ['developer', 'Developer'],
    ].map(([v, l]) => h('option', { value: v }, l)),
  );
  const input = (label, attrs) =>
    h('label', { class: 'field' }, h('span', {}, label), h('input', { required: true, autocomplete: 'off', ...attrs }));
  return h(
    'div',
    { class: 'signup' },
    h('div', { class: 'brand big' }, h('span', { class: 'logo' }, 'A'), h('span', {}, 'Acme ', h('b', {}, 'Invoices'))),
    h(
      'form',
      {
        id: 'signup-form',
        class: 'card form',
        onSubmit: (e) => {
          e.preventDefault();
          const userId = `u_${crypto.randomUUID().slice(0, 8)}`;
          ys().identify(userId, { role: role.value, plan: 'trial' });
          ys().track('signup');
          navigate('/');
        },
      },
      h('h1', {}, 'Create your account'),
      h('p', { class: 'muted' }, 'Free for 14 days. No card needed.'),
      input('Your name', { name: 'name' }),
      input('Work e-mail', { name: 'email', type: 'email' }),
      h('label', { class: 'field' }, h('span', {}, 'Your role'), role),
      h('button', { type: 'submit', class: 'btn primary wide' }, 'Create account'),
    ),
  );
}
