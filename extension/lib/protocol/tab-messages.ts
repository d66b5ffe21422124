import * as z from 'zod/mini';

// Messages the extension (background, popup, side panel) sends to a tab's content script with
// tabs.sendMessage. Only extension code can send these, but they are still validated: one schema
// per boundary, no exceptions.

export const toggleOverlaySchema = z.object({ type: z.literal('overlay/toggle') });
/** Outline the element an inspector entry points at; `null` clears it. */
export const highlightSchema = z.object({
  type: z.literal('page/highlight'),
  selector: z.nullable(z.string().check(z.maxLength(512))),
});
/** Settings or data changed: re-fetch the overlay figures. */
export const figuresChangedSchema = z.object({ type: z.literal('overlay/refresh') });

export const tabMessageSchema = z.discriminatedUnion('type', [toggleOverlaySchema, highlightSchema, figuresChangedSchema]);
export type TabMessage = z.infer<typeof tabMessageSchema>;
export type HighlightReply = { ok: true; found: boolean };
