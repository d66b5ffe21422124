import type { Cohort } from '../../core/schema/event';
import { cohortFor, type Holdout } from './holdout';
import { type LocalStore, localKey } from './local';

export interface Identity {
  anonymousId: string;
  userId?: string | undefined;
  cohort: Cohort;
  /** The cohort was forced by `init({ cohort })` (QA and tests) and survives identify(). */
  forced: boolean;
}

export interface Session {
  id: string;
  /** Last activity, epoch ms. */
  seen: number;
}

/** A visit ends after 30 minutes without activity, the common analytics convention. */
export const SESSION_TIMEOUT_MS = 30 * 60_000;

/** The session after activity at `now`: the same one while it is fresh, else a new one. */
export function nextSession(prev: Session | null, now: number, newId: () => string): Session {
  if (prev !== null && now >= prev.seen && now - prev.seen <= SESSION_TIMEOUT_MS) return { id: prev.id, seen: now };
  return { id: newId(), seen: now };
}

/** What init() says about the user: the app, and optionally a user id and a forced cohort. */
export interface IdentityInput {
  appId: string;
  userId?: string | undefined;
  cohort?: Cohort | undefined;
}

/**
 * Who the user is: a persisted anonymous id, the identified user (from init, else from the last
 * identify on this device), and the holdout cohort of the identified user, else of the anonymous id.
 */
export function loadIdentity(input: IdentityInput, holdout: Holdout, local: LocalStore, newId: () => string): Identity {
  const anonKey = localKey(input.appId, 'anonymous-id');
  let anonymousId = local.get(anonKey);
  if (!anonymousId) {
    anonymousId = `anon_${newId()}`;
    local.set(anonKey, anonymousId);
  }
  const userId = input.userId ?? local.get(localKey(input.appId, 'user-id')) ?? undefined;
  if (input.userId !== undefined) local.set(localKey(input.appId, 'user-id'), input.userId);
  const cohort = input.cohort ?? cohortFor(userId ?? anonymousId, holdout);
  return { anonymousId, userId, cohort, forced: input.cohort !== undefined };
}

export function readSession(local: LocalStore, appId: string): Session | null {
  try {
    // JSON.parse(null) is null: no stored session.
    const s = JSON.parse(local.get(localKey(appId, 'session')) as string) as Session | null;
    return s && typeof s.id === 'string' && typeof s.seen === 'number' ? s : null;
  } catch {
    return null;
  }
}

export function writeSession(local: LocalStore, appId: string, s: Session): void {
  local.set(localKey(appId, 'session'), JSON.stringify(s));
}
