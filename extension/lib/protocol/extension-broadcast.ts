import * as z from 'zod/mini';

/**
 * The background's note to extension pages (popup, side panel) that an origin's events changed.
 * Pages re-read the extension database; the note itself carries no figures.
 */
export const storeChangedSchema = z.object({
  type: z.literal('store/changed'),
  origin: z.string(),
  accepted: z.number(),
});
export type StoreChanged = z.infer<typeof storeChangedSchema>;
