import { h, toast, ys } from '../dom.js';
import { CUSTOMERS } from './data.js';

let invoicesCreated = 0;

// The form that keeps failing validation: the preselected customer has no billing e-mail, and the
// error says so only next to a field the user is not looking at. Fields are marked aria-invalid,
// which is how the widget sees a failed submit without reading anything typed.
export function invoiceNewView({ navigate, link }) {
  ys().taskStarted('create_invoice');
  const field = (label, control, hint) =>
    h(
      'label',
      { class: 'field' },
      h('span', {}, label),
      control,
      h('small', { class: 'error', hidden: true }),
      hint ? h('small', { class: 'hint' }, hint) : null,
    );
  const customer = h(
    'select',
    { name: 'customer' },
    CUSTOMERS.map((c) => h('option', { value: c.id }, c.name)),
  );
  const description = h('input', { name: 'description', placeholder: 'Consulting, November', autocomplete: 'off' });
  const amount = h('input', { name: 'amount', inputmode: 'decimal', placeholder: '0.00', autocomplete: 'off' });
  const due = h('input', { name: 'due', type: 'date' });
  // A quantity stepper: clicking + five times fast is normal, never a rage click.
  const qty = h('input', { name: 'qty', type: 'number', min: '1', value: '1', 'aria-label': 'Quantity' });
  const step = (by, label) =>
    h(
      'button',
      {
        type: 'button',
        class: 'btn step',
        'aria-label': label,
        onClick: () => (qty.value = String(Math.max(1, Number(qty.value) + by))),
      },
      by > 0 ? '+' : '−',
    );
  const stepper = h('div', { class: 'stepper' }, step(-1, 'Decrease quantity'), qty, step(1, 'Increase quantity'));
  const fail = (input, message) => {
    input.setAttribute('aria-invalid', 'true');
    const error = input.parentElement.querySelector('.error');
    error.textContent = message;
    error.hidden = false;
  };
  const form = h(
    'form',
    {
      id: 'invoice-form',
      class: 'card form',
      novalidate: true,
      onSubmit: (e) => {
        e.preventDefault();
        for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
        for (const el of form.querySelectorAll('.error')) el.hidden = true;
        const chosen = CUSTOMERS.find((c) => c.id === customer.value);
        let ok = true;
        if (!chosen?.email) {
          fail(customer, 'This customer has no billing e-mail. Add one under Customers, or pick another.');
          ok = false;
        }
        if (!(Number(amount.value) > 0)) {
          fail(amount, 'Enter an amount above zero.');
          ok = false;
        }
        if (!ok) return;
        ys().taskCompleted('create_invoice');
        if (++invoicesCreated === 1) ys().activation();
        toast('Invoice created and sent');
        navigate('/invoices');
      },
    },
    h(
      'div',
      { class: 'form-grid' },
      field('Customer', customer),
      field('Due date', due),
      field('Description', description),
      field('Quantity', stepper),
      field('Amount (USD)', amount, 'Tax is added on the PDF.'),
    ),
    h(
      'div',
      { class: 'form-actions' },
      link('/invoices', 'Cancel', 'btn ghost'),
      h('button', { type: 'submit', class: 'btn primary' }, 'Create invoice'),
    ),
  );
  return h(
    'div',
    { class: 'page narrow', 'data-yardstick-task': 'create_invoice' },
    h(
      'div',
      { class: 'page-head' },
      h(
        'div',
        {},
        h('h1', {}, 'New invoice'),
        h('p', { class: 'muted' }, 'Invoices are e-mailed to the customer’s billing address.'),
      ),
    ),
    form,
  );
}
