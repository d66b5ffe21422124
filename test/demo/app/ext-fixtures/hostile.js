// A hostile page for the extension's tests. It runs the widget emulator (so the extension syncs it)
// and then does what a malicious or broken page could: forges the widget's hint with other origins
// and huge payloads, writes forged and invalid records into its own page store, spoofs the marker,
// and tries to read the extension's overlay and to message the extension directly.

const OTHER_ORIGIN =
  location.hostname === 'localhost' ? `http://127.0.0.1:${location.port}` : `http://localhost:${location.port}`;

window.hostile = {
  otherOrigin: OTHER_ORIGIN,

  /** Posts `count` forged hints: another origin's name, absurd seqs, 2 MB strings, wrong types. */
  forgeHints(count) {
    const huge = 'x'.repeat(2 * 1024 * 1024);
    const forged = [
      { source: 'yardstick-widget', type: 'events-stored', appId: 'acme', lastSeq: 1e15, origin: OTHER_ORIGIN },
      { source: 'yardstick-widget', type: 'events-stored', appId: huge, lastSeq: 1 },
      { source: 'yardstick-widget', type: 'events-stored', appId: 'acme', lastSeq: 'all', records: [{ huge }] },
      { source: 'yardstick-widget', type: 'sync/batch', v: 1, db: 'yardstick', appId: 'acme', fromSeq: 0, records: [] },
      { type: 'sync/hello', v: 1, db: 'yardstick', appId: 'acme', lastSeq: 0, origin: OTHER_ORIGIN },
      huge,
      null,
    ];
    for (let i = 0; i < count; i++) window.postMessage(forged[i % forged.length], '*');
    return count;
  },

  /** Writes forged and invalid records into this page's own store, as a hostile page can. */
  async writeForged() {
    const f = window.yardstickFixture;
    const good = (extra) => f.event('task_completed', { task: 'export_report' }, extra);
    const events = [
      good({ origin: OTHER_ORIGIN, id: 'forged-origin' }),
      good({ appId: 'globex', id: 'other-app' }),
      good({ userId: undefined, id: 'no-actor' }),
      good({ ts: 'yesterday', id: 'bad-ts' }),
      { ...good({ id: 'bad-props' }), props: { task: 42 } },
      { ...good({ id: 'too-large' }), props: { task: 'export_report', blob: 'x'.repeat(100_000) } },
      { ...good({ id: '' }) },
    ];
    return f.emit(events);
  },

  /** A marker far over the 128-character app id cap. */
  spoofMarker() {
    document.documentElement.dataset.yardstickWidget = 'x'.repeat(10_000);
  },

  /** What the page can learn of the overlay and the extension. */
  probe() {
    const host = document.querySelector('yardstick-overlay');
    return {
      hostFound: host !== null,
      shadowRoot: host === null ? 'no host' : host.shadowRoot === null ? null : 'open',
      hostChildren: host === null ? 0 : host.children.length,
      hostText: host === null ? '' : host.textContent,
      runtime: typeof globalThis.chrome?.runtime?.sendMessage,
    };
  },
};
document.documentElement.dataset.hostile = 'ready';
