/** Who is looking: the identified user, and the anonymous id of this browser. */
export interface Viewer {
  userId?: string | undefined;
  anonymousId?: string | undefined;
}

/**
 * Whether an event is the viewer's own: the identified user's events on any device, plus what this
 * browser did anonymously before it identified. Another user of the same browser (a shared machine,
 * a support agent signed in as a customer) is someone else.
 */
export function isOwnEvent(e: { userId?: string | undefined; anonymousId?: string | undefined }, me: Viewer): boolean {
  return (me.userId !== undefined && e.userId === me.userId) || (e.userId === undefined && e.anonymousId === me.anonymousId);
}
