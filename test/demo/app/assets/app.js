import { h, icon, toast } from './dom.js';
import { bankView } from './views/bank.js';
import { dashboardView } from './views/dashboard.js';
import { invoiceNewView } from './views/invoice-new.js';
import { invoicesView } from './views/invoices.js';
import { reportsView } from './views/reports.js';
import { settingsView } from './views/settings.js';
import { signupView } from './views/signup.js';

// Acme Invoices: a small History-API single-page app. Every route has an index.html shell on disk
// (so reloads work on a static server); this module renders the rest. `data-base` on <body> lets
// the strict-CSP copy run under /strict.
const base = document.body.dataset.base ?? '';
const ROUTES = {
  '/': { title: 'Dashboard', view: dashboardView, nav: '/' },
  '/invoices': { title: 'Invoices', view: invoicesView, nav: '/invoices' },
  '/invoices/new': { title: 'New invoice', view: invoiceNewView, nav: '/invoices' },
  '/reports': { title: 'Reports', view: reportsView, nav: '/reports' },
  '/settings': { title: 'Settings', view: settingsView, nav: '/settings' },
  '/settings/bank': { title: 'Bank connection', view: bankView, nav: '/settings' },
  '/signup': { title: 'Create your account', view: signupView, bare: true },
};
const NAV = [
  ['/', 'Dashboard', 'home'],
  ['/invoices', 'Invoices', 'invoice'],
  ['/reports', 'Reports', 'chart'],
  ['/settings', 'Settings', 'settings'],
];

const routeOf = () => {
  const path = location.pathname.slice(base.length).replace(/\/+$/, '') || '/';
  return ROUTES[path] ? path : '/';
};

export function navigate(path, { replace = false } = {}) {
  const url = base + path + (location.search ?? '');
  if (replace) history.replaceState({}, '', url);
  else history.pushState({}, '', url);
  render();
}

function link(path, label, className) {
  return h('a', { href: base + path + location.search, class: className, 'data-link': path }, label);
}

let shell;
function layout() {
  const view = h('main', { id: 'view', class: 'view', tabindex: '-1' });
  shell = h(
    'div',
    { class: 'shell' },
    h(
      'aside',
      { class: 'sidebar' },
      h(
        'a',
        { class: 'brand', href: `${base}/${location.search}`, 'data-link': '/' },
        h('span', { class: 'logo' }, 'A'),
        h('span', {}, 'Acme ', h('b', {}, 'Invoices')),
      ),
      h(
        'nav',
        { 'aria-label': 'Main' },
        NAV.map(([path, label, ic]) =>
          h('a', { href: base + path + location.search, 'data-link': path, 'data-nav': path }, icon(ic), label),
        ),
      ),
      h(
        'div',
        { class: 'sidebar-foot' },
        h('div', { id: 'yardstick-badge', class: 'badge-slot' }),
        h('div', { class: 'plan' }, h('b', {}, 'Pro plan'), ' · 3 seats'),
      ),
    ),
    h(
      'div',
      { class: 'main' },
      h(
        'header',
        { class: 'topbar' },
        h(
          'form',
          { role: 'search', class: 'search', id: 'search', onSubmit: (e) => e.preventDefault() },
          icon('search', 16),
          h('input', {
            type: 'search',
            name: 'q',
            placeholder: 'Search invoices, customers, help…',
            'aria-label': 'Search',
            autocomplete: 'off',
          }),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'btn ghost',
            id: 'contact-support',
            'data-yardstick-support': 'contact_form',
            onClick: () => toast('Message sent to support. We reply within an hour.'),
          },
          icon('help', 16),
          'Contact support',
        ),
        h('div', { class: 'avatar', title: 'Dana Scully' }, 'DS'),
      ),
      view,
    ),
    h('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' }),
  );
  document.getElementById('app').replaceChildren(shell);
}

function render() {
  const path = routeOf();
  const route = ROUTES[path];
  document.title = `${route.title} · Acme Invoices`;
  if (route.bare) {
    shell = undefined;
    document
      .getElementById('app')
      .replaceChildren(
        h('div', { class: 'bare' }, route.view({ navigate, link })),
        h('div', { id: 'toasts', class: 'toasts', role: 'status' }),
      );
    return;
  }
  if (!shell) layout();
  for (const a of shell.querySelectorAll('[data-nav]')) a.toggleAttribute('aria-current', a.dataset.nav === route.nav);
  document.getElementById('view').replaceChildren(route.view({ navigate, link }));
}

document.addEventListener('click', (e) => {
  const a = e.target.closest?.('a[data-link]');
  if (!a || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  if (routeOf() !== a.dataset.link) navigate(a.dataset.link);
});
window.addEventListener('popstate', render);

// Normalize the URL the way real routers do: a replaceState that must never count as a page view.
if (location.pathname !== '/' && location.pathname.endsWith('/'))
  history.replaceState({}, '', location.pathname.slice(0, -1) + location.search);
render();
