/**
 * A content-addressed result cache shared by gates: one directory (`ctx.cacheDir`) that
 * `actions/cache` can save and restore as a unit.
 *
 * Layout: `<dir>/maestro-result-cache/v1/<gate>/<key[0..2]>/<key>.json`, one JSON entry per key.
 * Key: sha256 over the canonical JSON of `{gate, version, code, tools, inputs}`: `code` is the
 * package version and the digest of the gate's code (./code-identity.ts), `tools` the sha256 of
 * external binaries the result depends on, so any change to the code, a tool or an input yields
 * a new key with no constant to bump. When the code cannot be identified the cache is off.
 *
 * Trust: the cache directory is restored from storage a pull request can write to, so an entry
 * is data, never authority. Entries are validated on read (format, key echo, gate and version,
 * the caller's value check) and anything odd is ignored and recomputed. A poisoned entry that
 * claims a clean result must not be able to turn a stop into a pass, so entries carry an
 * HMAC-SHA256 keyed by a secret the cache never holds: with a secret, only entries with a valid
 * MAC are reused; without one, the caller decides per value (`reuseUnsigned`) — the model-check
 * gate reuses only results that cannot pass (a forged entry can then only make a run stricter).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MaestroError } from '../contract/errors.js';
import { canonicalJson, sha256Hex } from '../util/digest.js';
import { codeIdentity, type CodeIdentity } from './code-identity.js';

/** Format tag of every entry. */
export const CACHE_FORMAT = 'maestro-gate/result-cache/v1';

/** One stored entry. */
export interface CacheEntry<T> {
  format: typeof CACHE_FORMAT;
  key: string;
  gate: string;
  gate_version: string;
  /** The code (and tools) that computed the value. */
  code: CodeIdentity & { tools: Record<string, string> };
  /** ISO time the entry was written (informational; never used for validity). */
  created: string;
  value: T;
  /** `hmac-sha256:<hex>` over the canonical JSON of the entry without `mac`. */
  mac?: string;
}

/** A cache lookup: a hit with the value, or a miss with the reason (for the report). */
export type CacheLookup<T> =
  { hit: true; value: T; signed: boolean } | { hit: false; reason: string };

/** Options of a gate's cache. */
export interface ResultCacheOptions<T> {
  gate: string;
  /** An optional extra tag of the value's meaning (the code digest already covers the code). */
  version?: string;
  /** sha256 of each external tool the result depends on (e.g. `{ opa: '<hex>' }`). */
  tools?: Record<string, string>;
  /** The code identity; default: that of `gate` (tests pass built variants here). */
  code?: CodeIdentity;
  /** MAC key; entries are signed on write and required to verify on read. */
  secret?: Uint8Array;
  /** Checks the shape of a stored value; false → the entry is ignored. */
  validate: (value: unknown) => value is T;
  /** Without a secret: may this unsigned value be reused? Default: never. */
  reuseUnsigned?: (value: T) => boolean;
  /** Clock for `created` (gates inject theirs). */
  now?: () => Date;
}

/** A gate's view of the shared result cache. */
export class ResultCache<T> {
  private readonly root: string;
  private readonly code: CodeIdentity & { tools: Record<string, string> };

  constructor(
    dir: string,
    private readonly options: ResultCacheOptions<T>,
  ) {
    if (!/^[a-z][a-z0-9_-]*$/.test(options.gate))
      throw new MaestroError('GATE_ERROR', `result cache: invalid gate name ${options.gate}`);
    this.root = join(dir, 'maestro-result-cache', 'v1', options.gate);
    this.code = { ...(options.code ?? codeIdentity(options.gate)), tools: options.tools ?? {} };
  }

  /** The key of a set of inputs (hex sha256). */
  key(inputs: unknown): string {
    return sha256Hex(
      canonicalJson({
        gate: this.options.gate,
        version: this.options.version ?? null,
        code: { package: this.code.package, code: this.code.code, tools: this.code.tools },
        inputs,
      }),
    );
  }

  /** True when the code is identified, so entries can be written and reused. */
  get enabled(): boolean {
    return this.code.code !== null;
  }

  private pathOf(key: string): string {
    return join(this.root, key.slice(0, 2), `${key}.json`);
  }

  /** Looks a key up; never throws (an unreadable entry is a miss). */
  get(key: string): CacheLookup<T> {
    if (!this.enabled) return { hit: false, reason: 'the gate code cannot be identified; off' };
    if (!/^[0-9a-f]{64}$/.test(key)) return { hit: false, reason: 'invalid key' };
    let text: string;
    try {
      text = readFileSync(this.pathOf(key), 'utf8');
    } catch {
      return { hit: false, reason: 'no entry' };
    }
    let entry: unknown;
    try {
      entry = JSON.parse(text);
    } catch {
      return { hit: false, reason: 'entry is not valid JSON; ignored' };
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      return { hit: false, reason: 'entry is not an object; ignored' };
    }
    const e = entry as Partial<CacheEntry<unknown>>;
    if (e.format !== CACHE_FORMAT)
      return { hit: false, reason: 'entry has an unknown format; ignored' };
    if (e.key !== key) return { hit: false, reason: 'entry does not echo its key; ignored' };
    if (e.gate !== this.options.gate || e.gate_version !== (this.options.version ?? '')) {
      return { hit: false, reason: 'entry was written by another gate or gate version; ignored' };
    }
    if (canonicalJson(e.code ?? null) !== canonicalJson(this.code)) {
      return { hit: false, reason: 'entry was written by other code or tools; ignored' };
    }
    if (!this.options.validate(e.value))
      return { hit: false, reason: 'entry value does not match the gate contract; ignored' };
    const value = e.value;
    if (this.options.secret !== undefined) {
      if (typeof e.mac !== 'string') return { hit: false, reason: 'entry is not signed; ignored' };
      const expected = this.mac(e as CacheEntry<T>);
      const a = Buffer.from(e.mac);
      const b = Buffer.from(expected);
      if (a.length !== b.length || !timingSafeEqual(a, b))
        return { hit: false, reason: 'entry MAC does not verify; ignored' };
      return { hit: true, value, signed: true };
    }
    if (this.options.reuseUnsigned?.(value) === true) return { hit: true, value, signed: false };
    return {
      hit: false,
      reason: 'unsigned entry (no cache secret) not trusted for this result; recomputed',
    };
  }

  /** Stores a value; write failures are reported, never fatal (the cache is an optimisation). */
  put(key: string, value: T): { ok: true } | { ok: false; reason: string } {
    if (!this.enabled) return { ok: false, reason: 'the gate code cannot be identified' };
    const entry: CacheEntry<T> = {
      format: CACHE_FORMAT,
      key,
      gate: this.options.gate,
      gate_version: this.options.version ?? '',
      code: this.code,
      created: (this.options.now?.() ?? new Date(0)).toISOString(),
      value,
    };
    if (this.options.secret !== undefined) entry.mac = this.mac(entry);
    const path = this.pathOf(key);
    try {
      mkdirSync(join(this.root, key.slice(0, 2)), { recursive: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, `${JSON.stringify(entry)}\n`);
      renameSync(tmp, path);
      return { ok: true };
    } catch (thrown) {
      return { ok: false, reason: thrown instanceof Error ? thrown.message : String(thrown) };
    }
  }

  private mac(entry: CacheEntry<T>): string {
    const { mac: _mac, ...rest } = entry;
    return `hmac-sha256:${createHmac('sha256', this.options.secret!).update(canonicalJson(rest)).digest('hex')}`;
  }
}
