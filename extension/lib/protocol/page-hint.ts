import * as z from 'zod/mini';

/**
 * The widget's "events stored" hint (window.postMessage). Anyone on the page can post it, so it is
 * only ever a reason to read the page database sooner; nothing in it is trusted or stored.
 */
export const pageHintSchema = z.object({
  source: z.literal('yardstick-widget'),
  type: z.literal('events-stored'),
  appId: z.string().check(z.minLength(1), z.maxLength(128)),
  lastSeq: z.number().check(z.int(), z.gte(0)),
});
export type PageHint = z.infer<typeof pageHintSchema>;
