/**
 * A short-lived memory of what reads looked up (who a credential is, a member's role, a map's head), so a
 * busy read path does not ask the database the same thing thousands of times a second.
 *
 * Every write request served by this process clears it, so within one process nothing stale is ever seen
 * after a change (a revoked token, a removed member, a new version). Several processes on one PostgreSQL
 * server see each other's changes within `ttlMs` (2 s by default); `ttlMs: 0` turns the cache off.
 */
export class ReadCache {
  private readonly entries = new Map<string, { value: unknown; expires: number }>();
  /** Bumped by every clear: a lookup that began before a write must not store what it read. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  /** The remembered value, or computes, remembers and returns it. `undefined` results are not kept. */
  async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs <= 0) return compute();
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value as T;
    const startedIn = this.generation;
    const value = await compute();
    if (value !== undefined && startedIn === this.generation) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, { value, expires: now + this.ttlMs });
    }
    return value;
  }

  /** Forgets everything: called after every write. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
