import { describe, expect, it } from 'vitest';
import type { HelpEntry, ValueModel } from '../../core/schema/value-model';
import type { HelpRequest } from '../ui/ui-contract';
import { createConfusion } from './confusion';
import { memoryLocalStore } from './local';

const help: Record<string, HelpEntry> = {
  'export-help': { title: 'Exporting', body: 'b', selectors: ['#export'] },
  'reports-help': { title: 'Reports', body: 'b', routes: ['/reports'] },
};
const model = { help, deflectionWindowMinutes: 30 } as unknown as ValueModel;

/** A button `#export` inside a `[data-yardstick-task=export_report]` section: just what confusion reads. */
const button = {
  tagName: 'BUTTON',
  id: 'export',
  parentElement: null,
  getAttribute: () => null,
  closest: (s: string) => (s === '#export' ? button : s === '[data-yardstick-task]' ? section : null),
} as unknown as Element;
const section = { getAttribute: (n: string) => (n === 'data-yardstick-task' ? 'export_report' : null) };

function setup(treatment = true, session = memoryLocalStore()) {
  const events: Array<Record<string, unknown>> = [];
  const shown: HelpRequest[] = [];
  let n = 0;
  const confusion = createConfusion({
    model,
    episode: { gapMs: 60_000 },
    newId: () => String(++n),
    session,
    sessionKey: 'ep',
    record: (name, props) => events.push({ name, ...props }),
    isTreatment: () => treatment,
    showHelp: (r) => shown.push(r),
  });
  return { confusion, events, shown, session };
}

describe('confusion', () => {
  it('logs a signal at an element with its selector, task and matched help, and shows that help', () => {
    const { confusion, events, shown } = setup();
    confusion.signal('rage_click', button, '/reports', undefined, 1_000, { x: 1 });
    expect(events).toEqual([
      {
        name: 'confusion',
        signal: 'rage_click',
        episodeId: 'ep_1',
        route: '/reports',
        x: 1,
        selector: '#export',
        task: 'export_report',
        helpId: 'export-help',
      },
    ]);
    expect(shown).toEqual([
      { helpId: 'export-help', entry: help['export-help'], episodeId: 'ep_1', signal: 'rage_click', target: button },
    ]);
  });

  it('logs each signal and selector once per episode, and shows help once per episode', () => {
    const { confusion, events, shown } = setup();
    confusion.signal('rage_click', button, '/reports', undefined, 1_000);
    confusion.signal('rage_click', button, '/reports', undefined, 2_000);
    confusion.signal('dead_click', button, '/reports', undefined, 3_000);
    expect(events.map((e) => e.signal)).toEqual(['rage_click', 'dead_click']);
    expect(shown).toHaveLength(1);
  });

  it('a signal without an element is keyed by route, or by the started task', () => {
    const { confusion, events } = setup();
    confusion.signal('thrash', null, '/reports', undefined, 0);
    confusion.signal('hesitation', null, '/reports', 'create_invoice', 0);
    expect(events).toEqual([
      { name: 'confusion', signal: 'thrash', episodeId: 'ep_1', route: '/reports', helpId: 'reports-help' },
      {
        name: 'confusion',
        signal: 'hesitation',
        episodeId: 'ep_2',
        route: '/reports',
        task: 'create_invoice',
        helpId: 'reports-help',
      },
    ]);
  });

  it('control users get the same helpId logged but never see a card', () => {
    const { confusion, events, shown } = setup(false);
    confusion.signal('thrash', null, '/reports', undefined, 0);
    expect(events[0]?.helpId).toBe('reports-help');
    expect(shown).toEqual([]);
  });

  it('the same help is snoozed for 10 minutes across episodes', () => {
    const { confusion, shown } = setup();
    confusion.signal('thrash', null, '/reports', undefined, 0);
    confusion.signal('thrash', null, '/reports', undefined, 5 * 60_000); // a new episode (gap > 60 s)
    confusion.signal('thrash', null, '/reports', undefined, 10 * 60_000);
    expect(shown.map((r) => r.episodeId)).toEqual(['ep_1', 'ep_3']);
  });

  it('an outcome follows the open episode; help activity keeps it open', () => {
    const { confusion } = setup();
    confusion.signal('thrash', null, '/reports', undefined, 0);
    expect(confusion.openEpisodeId(30 * 60_000)).toBe('ep_1');
    expect(confusion.openEpisodeId(30 * 60_000 + 1)).toBeUndefined();
    confusion.touch('ep_1', 10 * 60_000);
    expect(confusion.openEpisodeId(40 * 60_000)).toBe('ep_1');
    confusion.touch('unknown', 10 * 60_000); // ignored
  });

  it('an episode survives a reload through the session store', () => {
    const first = setup();
    first.confusion.signal('thrash', null, '/reports', undefined, 0);
    const second = setup(true, first.session);
    second.confusion.signal('thrash', null, '/reports', undefined, 1_000);
    expect(second.events).toEqual([]); // already logged in the restored episode
    expect(second.confusion.openEpisodeId(2_000)).toBe('ep_1');
  });

  it('ignores an unreadable saved episode', () => {
    const session = memoryLocalStore();
    session.set('ep', '{not json');
    expect(setup(true, session).confusion.openEpisodeId(0)).toBeUndefined();
  });
});
