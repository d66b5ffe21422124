import * as z from 'zod/mini';
import { DEFAULT_OVERLAY_PREFS, type OverlayPrefs, overlayPrefsSchema } from '../protocol/content-messages';
import type { ExtDatabase } from './ext-db';

/** The user's own numbers: what an hour of their time is worth, in their currency. */
export const userSettingsSchema = z.object({
  hourlyRate: z.nullable(z.number().check(z.positive(), z.lte(100_000))),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type UserSettings = z.infer<typeof userSettingsSchema>;
export const DEFAULT_SETTINGS: UserSettings = { hourlyRate: null, currency: 'USD' };

const USER_KEY = 'user';
const overlayKey = (origin: string) => `overlay:${origin}`;

export async function readSettings(db: ExtDatabase): Promise<UserSettings> {
  const parsed = z.safeParse(userSettingsSchema, await db.get('settings', USER_KEY));
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function writeSettings(db: ExtDatabase, settings: UserSettings): Promise<UserSettings> {
  const parsed = z.parse(userSettingsSchema, settings);
  await db.put('settings', parsed, USER_KEY);
  return parsed;
}

/** Where the overlay sits on one origin, and whether it is collapsed or hidden. Kept here, not in
 * the page's storage, so the page can neither read nor tamper with it. */
export async function readOverlayPrefs(db: ExtDatabase, origin: string): Promise<OverlayPrefs> {
  const parsed = z.safeParse(overlayPrefsSchema, await db.get('settings', overlayKey(origin)));
  return parsed.success ? parsed.data : DEFAULT_OVERLAY_PREFS;
}

export async function writeOverlayPrefs(db: ExtDatabase, origin: string, prefs: OverlayPrefs): Promise<void> {
  await db.put('settings', prefs, overlayKey(origin));
}

export async function deleteOverlayPrefs(db: ExtDatabase, origin: string): Promise<void> {
  await db.delete('settings', overlayKey(origin));
}
