import { describe, expect, it } from 'vitest';
import { createEpisodeTracker } from './episode-tracker';

const ids = () => {
  let n = 0;
  return () => `ep${++n}`;
};

describe('episodes', () => {
  it('groups signals close in time on the same task into one episode', () => {
    const t = createEpisodeTracker({ gapMs: 60_000 }, ids());
    const got = [0, 2_500, 50_000].map((at) => t.signal('task:export_report', at).id);
    expect(got).toEqual(['ep1', 'ep1', 'ep1']);
  });

  it('a gap longer than gapMs since the last signal opens a new episode', () => {
    const t = createEpisodeTracker({ gapMs: 60_000 }, ids());
    t.signal('route:/reports', 0);
    t.signal('route:/reports', 59_000); // extends the episode
    expect(t.signal('route:/reports', 118_000).id).toBe('ep1');
    expect(t.signal('route:/reports', 178_001).id).toBe('ep2');
  });

  it('another task or route is another episode', () => {
    const t = createEpisodeTracker({ gapMs: 60_000 }, ids());
    const a = t.signal('task:export_report', 0);
    const b = t.signal('route:/invoices', 1_000);
    expect(a.id).not.toBe(b.id);
    expect(t.signal('task:export_report', 2_000).id).toBe(a.id);
  });

  it('an outcome follows the latest episode active within the window', () => {
    const t = createEpisodeTracker({ gapMs: 60_000 }, ids());
    const a = t.signal('task:a', 0);
    const b = t.signal('task:b', 10_000);
    const windowMs = 30 * 60_000;
    expect(t.openAt(20_000, windowMs)?.id).toBe(b.id);
    expect(t.openAt(10_000 + windowMs, windowMs)?.id).toBe(b.id); // inclusive edge
    expect(t.openAt(10_000 + windowMs + 1, windowMs)).toBeUndefined();
    a.lastAt = 40_000; // help activity keeps an episode open
    expect(t.openAt(50_000, windowMs)?.id).toBe(a.id);
  });

  it('restores an episode carried over a reload', () => {
    const t = createEpisodeTracker({ gapMs: 60_000 }, ids());
    t.restore({ id: 'old', key: 'task:x', startedAt: 0, lastAt: 1_000, logged: ['rage_click|#x'] });
    const episode = t.signal('task:x', 30_000);
    expect(episode.id).toBe('old');
    expect(episode.logged).toContain('rage_click|#x');
  });
});
