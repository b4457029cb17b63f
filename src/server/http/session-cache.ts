/**
 * Sessions read from the database are kept for at most a second per instance, so that a burst of
 * requests pays one session query instead of one each. A second is also the bound on what another
 * instance may miss: a sign-out, a deactivation or a changed role there is seen here within
 * `ttlMs`. On this instance those changes forget the entry at once.
 */
import type { findLiveSession } from '../features/auth/queries.ts';

export type LiveSession = NonNullable<Awaited<ReturnType<typeof findLiveSession>>>;

export class SessionCache {
  readonly #entries = new Map<string, { session: LiveSession; until: number }>();
  readonly #ttlMs: number;
  readonly #max: number;

  constructor(ttlMs = 1_000, max = 10_000) {
    this.#ttlMs = ttlMs;
    this.#max = max;
  }

  get(tokenHash: string, now = Date.now()): LiveSession | undefined {
    const entry = this.#entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.until > now) return entry.session;
    this.#entries.delete(tokenHash);
    return undefined;
  }

  set(session: LiveSession, now = Date.now()): void {
    // The oldest entry goes first: a Map iterates in insertion order.
    if (this.#entries.size >= this.#max) this.#entries.delete(this.#entries.keys().next().value as string);
    this.#entries.set(session.tokenHash, { session, until: now + this.#ttlMs });
  }

  forget(tokenHash: string): void {
    this.#entries.delete(tokenHash);
  }

  forgetUser(userId: string): void {
    for (const [key, entry] of this.#entries) if (entry.session.userId === userId) this.#entries.delete(key);
  }
}
