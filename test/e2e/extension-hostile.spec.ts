import { fixtureModel } from '../../extension/lib/testing/scripted-session';
import { DEMO_ORIGIN, OTHER_ORIGIN } from './browser';
import { ExtensionProbe, FixturePage } from './extension-kit';
import { expect, test } from './fixtures';

type Hostile = {
  hostile: {
    forgeHints(count: number): number;
    writeForged(): Promise<number>;
    spoofMarker(): void;
    probe(): { hostFound: boolean; shadowRoot: string | null; hostChildren: number; hostText: string; runtime: string };
  };
};

test('a hostile page is confined to its own origin: forged hints ignored, bad records rejected and counted', async ({
  extensionContext,
  extensionId,
}) => {
  const probe = await ExtensionProbe.open(extensionContext, extensionId);
  const app = await FixturePage.open(extensionContext, DEMO_ORIGIN, '/ext-fixtures/hostile.html');
  await app.init(fixtureModel());
  await app.waitForExtension();
  const page = app.page;

  // A flood of forged and oversized hints, some naming the other origin: the page keeps working,
  // nothing is stored from them, and the other origin's partition stays empty.
  expect(await page.evaluate(() => (window as unknown as Hostile).hostile.forgeHints(300))).toBe(300);
  await page.getByRole('button', { name: 'Still clickable' }).click();

  // Forged records in its own store: an `origin` field naming the other origin, another app id,
  // invalid events and an oversized one.
  await page.evaluate(() => (window as unknown as Hostile).hostile.writeForged());
  const state = await probe.waitFor(DEMO_ORIGIN, (p) => p.cursor === 7);
  expect(state.ids.sort()).toEqual(['forged-origin', 'other-app']);
  expect(state.apps.sort()).toEqual(['acme', 'globex']);
  expect(state.stats).toMatchObject({ accepted: 2, rejected: 5 });
  const other = await probe.partition(OTHER_ORIGIN);
  expect(other).toMatchObject({ events: 0, cursor: 0, stats: null });

  // A spoofed marker changes nothing; the session goes on and a valid event still syncs.
  await page.evaluate(() => (window as unknown as Hostile).hostile.spoofMarker());
  await app.emit([{ id: 'after-attack', name: 'signup', ts: Date.now(), appId: 'acme', userId: 'u_1', props: {} }]);
  await probe.waitFor(DEMO_ORIGIN, (p) => p.ids.includes('after-attack'));

  // The page can neither message the extension nor read its overlay.
  const seen = await page.evaluate(() => (window as unknown as Hostile).hostile.probe());
  expect(seen).toEqual({ hostFound: true, shadowRoot: null, hostChildren: 0, hostText: '', runtime: 'undefined' });
});
