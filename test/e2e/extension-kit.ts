// Page objects and probes for the extension's end-to-end tests (extension-*.spec.ts) and
// its benchmark. Test-only: no entrypoint imports this file.
import type { BrowserContext, Page } from '@playwright/test';

export const FIXTURE_PATH = '/ext-fixtures/index.html';

/** A demo-origin page running the widget emulator (test/demo/app/ext-fixtures/widget-emulator.js). */
export class FixturePage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, origin: string, path = FIXTURE_PATH): Promise<FixturePage> {
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => document.documentElement.dataset.fixture === 'ready');
    return new FixturePage(page);
  }

  init(model: unknown, options: Record<string, unknown> = {}): Promise<void> {
    return this.page.evaluate(({ model, options }) => (window as unknown as Fixture).yardstickFixture.init(model, options), {
      model,
      options,
    });
  }

  emit(events: unknown[], silent = false): Promise<number> {
    return this.page.evaluate(({ events, silent }) => (window as unknown as Fixture).yardstickFixture.emit(events, { silent }), {
      events,
      silent,
    });
  }

  seed(count: number): Promise<number> {
    return this.page.evaluate((count) => (window as unknown as Fixture).yardstickFixture.seed(count), count);
  }

  /** Waits until the content script took the page (the widget marker was seen and a session began). */
  async waitForExtension(): Promise<void> {
    await this.page.waitForFunction(() => document.documentElement.dataset.yardstickExtension === 'on');
  }

  /**
   * The overlay's text, read through DevTools (which sees closed shadow roots): what the user sees,
   * which page scripts cannot read.
   */
  async overlayText(): Promise<string> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const host = find(root, (n) => n.nodeName === 'YARDSTICK-OVERLAY');
      if (host === null) return '';
      const parts: string[] = [];
      for (const shadow of host.shadowRoots ?? []) collectText(shadow, parts);
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    } finally {
      await cdp.detach();
    }
  }

  /** The overlay panel's box in the viewport (null when hidden). */
  async overlayBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    const cdp = await this.page.context().newCDPSession(this.page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
      const host = find(root, (n) => n.nodeName === 'YARDSTICK-OVERLAY');
      const panel =
        host && find(host, (n) => n.nodeName === 'SECTION' || (n.nodeName === 'BUTTON' && (n.attributes ?? []).includes('pill')));
      if (!panel) return null;
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: panel.backendNodeId })) as {
        model: { border: number[] };
      };
      const [x1, y1, x2, , , y3] = model.border as [number, number, number, number, number, number];
      return { x: x1, y: y1, width: x2 - x1, height: y3 - y1 };
    } finally {
      await cdp.detach();
    }
  }

  /** What any script on the page can read of the DOM (text and attributes, open shadow roots included). */
  pageReadableText(): Promise<string> {
    return this.page.evaluate(() => {
      const out: string[] = [document.documentElement.outerHTML, document.documentElement.textContent ?? ''];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) out.push(el.shadowRoot.innerHTML);
      return out.join('\n');
    });
  }
}

interface Fixture {
  yardstickFixture: {
    init(model: unknown, options: Record<string, unknown>): Promise<void>;
    emit(events: unknown[], options: { silent: boolean }): Promise<number>;
    seed(count: number): Promise<number>;
  };
}

interface DomNode {
  nodeName: string;
  nodeType: number;
  nodeValue?: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit !== null) return hit;
  }
  return null;
}

function collectText(node: DomNode, out: string[]): void {
  if (node.nodeType === 3 && node.nodeValue) out.push(node.nodeValue);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) collectText(child, out);
}

export interface PartitionState {
  events: number;
  ids: string[];
  cursor: number;
  stats: { accepted: number; duplicates: number; rejected: number; paused: number } | null;
  apps: string[];
}

/**
 * Reads the extension's own IndexedDB from an extension page. Checks `indexedDB.databases()` first:
 * opening a database the background has not created yet would create an empty one.
 */
export class ExtensionProbe {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<ExtensionProbe> {
    const page = await context.newPage();
    // The inspector page with no tab to follow: light, and an extension origin.
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=0`);
    return new ExtensionProbe(page);
  }

  partition(origin: string): Promise<PartitionState> {
    return this.page.evaluate(async (origin) => {
      const empty = { events: 0, ids: [], cursor: 0, stats: null, apps: [] };
      if (!(await indexedDB.databases()).some((d) => d.name === 'yardstick-extension')) return empty;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('yardstick-extension');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      if (!db.objectStoreNames.contains('events')) {
        db.close();
        return empty;
      }
      const tx = db.transaction(['events', 'cursors', 'stats', 'apps']);
      const range = IDBKeyRange.bound([origin, ''], [origin, '\uffff']);
      // No named helper functions here: tsx (the bench) would wrap them in a __name() the page lacks.
      const requests: IDBRequest[] = [
        tx.objectStore('events').getAllKeys(range),
        tx.objectStore('cursors').get([origin, 'yardstick']),
        tx.objectStore('stats').get(origin),
        tx.objectStore('apps').getAll(range),
      ];
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      const [keys, cursor, stats, apps] = requests.map((r) => r.result) as [IDBValidKey[], unknown, unknown, unknown[]];
      db.close();
      return {
        events: keys.length,
        ids: (keys as [string, string][]).map((k) => k[1]),
        cursor: (cursor as { seq?: number } | undefined)?.seq ?? 0,
        stats: (stats as PartitionState['stats']) ?? null,
        apps: (apps as { app: string }[]).map((a) => a.app),
      };
    }, origin);
  }

  /** Just the origin's cursor: cheap enough to poll during a 100,000-event backfill. */
  cursor(origin: string): Promise<number> {
    return this.page.evaluate(async (origin) => {
      if (!(await indexedDB.databases()).some((d) => d.name === 'yardstick-extension')) return 0;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('yardstick-extension');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      if (!db.objectStoreNames.contains('cursors')) {
        db.close();
        return 0;
      }
      const request = db.transaction('cursors').objectStore('cursors').get([origin, 'yardstick']);
      const seq = await new Promise<number>((resolve) => {
        request.onsuccess = () => resolve((request.result as { seq?: number } | undefined)?.seq ?? 0);
        request.onerror = () => resolve(0);
      });
      db.close();
      return seq;
    }, origin);
  }

  /** Waits (polling, no fixed sleep) until `test` holds for the origin's partition. */
  async waitFor(origin: string, test: (p: PartitionState) => boolean, timeout = 30_000): Promise<PartitionState> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const state = await this.partition(origin);
      if (test(state)) return state;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting on ${origin}: ${JSON.stringify({ ...state, ids: state.ids.length })}`);
      await this.page.waitForTimeout(100);
    }
  }
}

/** The browser's id for the tab showing `urlPrefix` (asked of the extension's worker). */
export async function tabIdOf(context: BrowserContext, urlPrefix: string): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // The worker's global `chrome` (typed loosely: this file is compiled without the extension's globals).
  const tabs = await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
    ).chrome.tabs.query({}),
  );
  const tab = tabs.find((t) => t.url?.startsWith(urlPrefix));
  if (tab?.id === undefined) throw new Error(`no tab at ${urlPrefix}`);
  return tab.id;
}

/**
 * Stops the extension's service worker as Chrome does when it idles out (DevTools'
 * ServiceWorker.stopAllWorkers from an extension page), and resolves once it is stopped.
 */
export async function stopServiceWorker(extensionPage: Page): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  try {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string }[] }) => {
        if (e.versions.some((v) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Saves a screenshot beside the test's results and attaches it to the report, to be looked at. */
export async function keepScreenshot(
  page: Page,
  info: { outputPath(name: string): string; attach(name: string, o: { path: string; contentType: string }): Promise<void> },
  name: string,
): Promise<string> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await info.attach(name, { path, contentType: 'image/png' });
  return path;
}
