import { describe, expect, it } from 'vitest';
import type { HelpEntry } from '../../core/schema/value-model';
import { type HelpContext, matchHelp, routeMatches } from './help-match';

const entry = (e: Partial<HelpEntry>): HelpEntry => ({ title: 't', body: 'b', ...e });
const HELP: Record<string, HelpEntry> = {
  'by-route': entry({ routes: ['/reports'] }),
  'by-task': entry({ task: 'export_report' }),
  'by-selector': entry({ selectors: ['#export'], signals: ['rage_click', 'dead_click'] }),
  'search-anywhere': entry({ routes: ['/*'], signals: ['help_search'] }),
};
const onExport = (s: string) => s === '#export';

describe('help matching precedence', () => {
  const cases: Array<[string, HelpContext, string | undefined]> = [
    [
      'selector beats task and route',
      { signal: 'rage_click', route: '/reports', task: 'export_report', matches: onExport },
      'by-selector',
    ],
    [
      'selector filtered out by signals falls to task',
      { signal: 'error_loop', route: '/reports', task: 'export_report', matches: onExport },
      'by-task',
    ],
    ['task beats route', { signal: 'hesitation', route: '/reports', task: 'export_report' }, 'by-task'],
    ['route when nothing more specific matches', { signal: 'thrash', route: '/reports' }, 'by-route'],
    ['signals filter the route tier too', { signal: 'help_search', route: '/invoices' }, 'search-anywhere'],
    ['no match: no card', { signal: 'thrash', route: '/settings' }, undefined],
    [
      'an element matching no selector, no task, other route',
      { signal: 'rage_click', route: '/x', matches: () => false },
      undefined,
    ],
  ];
  it.each(cases)('%s', (_name, ctx, expected) => expect(matchHelp(HELP, ctx)).toBe(expected));

  it('keeps the model order within a tier', () => {
    const help = { first: entry({ routes: ['/a'] }), second: entry({ routes: ['/a'] }) };
    expect(matchHelp(help, { signal: 'thrash', route: '/a' })).toBe('first');
  });
});

describe('route patterns', () => {
  it.each([
    ['/reports', '/reports', true],
    ['/reports', '/reports/', true],
    ['/reports', '/reports/2024', false],
    ['/reports/*', '/reports', true],
    ['/reports/*', '/reports/2024/q1', true],
    ['/reports/*', '/reportsx', false],
    ['/*', '/anything', true],
    ['/invoices/*/edit', '/invoices/42/edit', true],
    ['/invoices/*/edit', '/invoices/42/43/edit', false],
    ['/a.b', '/aXb', false],
  ] as const)('%s ~ %s = %s', (pattern, route, expected) => expect(routeMatches(pattern, route)).toBe(expected));
});
