import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONTENT_SCRIPT_FILE, grantedOrigins, hasHostAccess, injectIntoOpenTabs, syncGrantedContentScripts } from './site-access';

// WXT's fake browser has no permissions or scripting API: stub the few calls this module makes.
let granted: string[] = [];
let registered: { id: string; matches: string[] }[] = [];
const scripting = {
  getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id))),
  registerContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => void registered.push(...scripts)),
  updateContentScripts: vi.fn(async (scripts: { id: string; matches: string[] }[]) => {
    registered = registered.map((r) => scripts.find((s) => s.id === r.id) ?? r);
  }),
  unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
    registered = registered.filter((r) => !ids.includes(r.id));
  }),
  executeScript: vi.fn(async () => []),
};

beforeEach(() => {
  fakeBrowser.reset();
  granted = ['http://localhost/*', 'http://127.0.0.1/*'];
  registered = [];
  vi.clearAllMocks();
  Object.assign(fakeBrowser, {
    permissions: {
      getAll: async () => ({ origins: granted, permissions: [] }),
      contains: async ({ origins }: { origins: string[] }) =>
        origins.every((o) => granted.some((g) => g === o || (g.endsWith('localhost/*') && o.startsWith('http://localhost')))),
    },
    scripting,
  });
});

describe('site access', () => {
  it('runs on local apps from the manifest, and elsewhere only where the user granted it', async () => {
    expect(await hasHostAccess('http://localhost:4173')).toBe(true);
    expect(await hasHostAccess('https://app.example.com')).toBe(false);
    granted.push('https://app.example.com/*');
    expect(await hasHostAccess('https://app.example.com')).toBe(true);
    expect(await grantedOrigins()).toEqual(['https://app.example.com/*']);
  });

  it('keeps one registered content script whose matches are exactly the granted sites', async () => {
    await syncGrantedContentScripts();
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
    granted.push('https://a.example/*');
    await syncGrantedContentScripts();
    expect(registered).toEqual([
      expect.objectContaining({ matches: ['https://a.example/*'], js: [CONTENT_SCRIPT_FILE], runAt: 'document_start' }),
    ]);
    granted.push('https://b.example/*');
    await syncGrantedContentScripts();
    expect(registered[0]!.matches).toEqual(['https://a.example/*', 'https://b.example/*']);
    granted = granted.filter((g) => !g.includes('example'));
    await syncGrantedContentScripts();
    expect(registered).toEqual([]);
  });

  it('starts the content script in tabs already open on a newly granted site', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.example/app' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    await injectIntoOpenTabs(['https://a.example/*']);
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] });
  });
});
