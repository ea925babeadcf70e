/**
 * Secret-like and PII-like patterns, and the redaction of keys and values before anything is
 * written to the audit log. The same pattern table serves the evidence boundary scan.
 */

/** One sensitive pattern: a name to report (never the match itself) and the expression. */
export interface SensitivePattern {
  name: string;
  kind: 'secret' | 'pii';
  regex: RegExp;
}

/** The pattern table. Each regex is global so one pass replaces every occurrence. */
export const SENSITIVE_PATTERNS: readonly SensitivePattern[] = [
  {
    name: 'private-key',
    kind: 'secret',
    regex:
      /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
  },
  {
    name: 'github-token',
    kind: 'secret',
    regex: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
  },
  { name: 'aws-access-key-id', kind: 'secret', regex: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { name: 'google-api-key', kind: 'secret', regex: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { name: 'slack-token', kind: 'secret', regex: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { name: 'stripe-key', kind: 'secret', regex: /\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { name: 'npm-token', kind: 'secret', regex: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { name: 'openai-key', kind: 'secret', regex: /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b/g },
  {
    name: 'jwt',
    kind: 'secret',
    regex: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  },
  { name: 'bearer-token', kind: 'secret', regex: /\b[Bb]earer\s+[A-Za-z0-9._~+/-]{16,}=*/g },
  {
    name: 'url-credentials',
    kind: 'secret',
    regex: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@]+:[^\s/@]+@/g,
  },
  {
    name: 'email-address',
    kind: 'pii',
    regex: /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g,
  },
  { name: 'us-ssn', kind: 'pii', regex: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g },
  {
    name: 'phone-number',
    kind: 'pii',
    regex: /(?<![\w.])\+\d{1,3}[ -]?\(?\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}\b/g,
  },
  { name: 'payment-card', kind: 'pii', regex: /\b(?:\d[ -]?){12,18}\d\b/g },
];

/** Key names whose values are always secret, whatever they look like. */
const SECRET_KEY_NAME =
  /(?:^|[_-])(?:pass(?:word|wd)?|secret|token|api[_-]?key|private[_-]?key|credentials?|authorization|cookie|session[_-]?id)$/i;

/** Thrown when a value cannot be redacted safely; the caller must not write anything. */
export class RedactionError extends Error {
  override readonly name = 'RedactionError';
}

/** The placeholder written in place of a sensitive value. */
export function placeholder(name: string): string {
  return `[REDACTED:${name}]`;
}

function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Replaces every sensitive match in a string; returns the string and the pattern names hit. */
export function redactString(text: string): { text: string; hits: string[] } {
  const hits: string[] = [];
  let out = text;
  for (const p of SENSITIVE_PATTERNS) {
    out = out.replace(p.regex, (match) => {
      if (p.name === 'payment-card' && !luhn(match.replace(/[ -]/g, ''))) return match;
      hits.push(p.name);
      return placeholder(p.name);
    });
  }
  return { text: out, hits };
}

/** Finds sensitive matches in text without changing it (the evidence boundary scan). */
export function scanText(
  text: string,
): { pattern: string; kind: 'secret' | 'pii'; index: number }[] {
  const found: { pattern: string; kind: 'secret' | 'pii'; index: number }[] = [];
  for (const p of SENSITIVE_PATTERNS) {
    for (const m of text.matchAll(p.regex)) {
      if (p.name === 'payment-card' && !luhn(m[0].replace(/[ -]/g, ''))) continue;
      found.push({ pattern: p.name, kind: p.kind, index: m.index });
    }
  }
  return found;
}

/**
 * Returns a deep copy of a JSON-like value with sensitive data redacted in keys and values.
 * Values under secret-named keys are replaced whole. Anything that is not plain JSON data
 * (cycles, functions, symbols, bigints, class instances other than Date) throws
 * `RedactionError`: an unredactable record must never be written.
 */
export function redact(value: unknown): { value: unknown; hits: string[] } {
  const hits: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, depth: number): unknown => {
    if (depth > 64) throw new RedactionError('record nests deeper than 64 levels');
    if (v === null || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new RedactionError(`non-finite number ${v}`);
      return v;
    }
    if (typeof v === 'string') {
      const r = redactString(v);
      hits.push(...r.hits);
      return r.text;
    }
    if (v instanceof Date) return v.toISOString();
    if (typeof v !== 'object')
      throw new RedactionError(`cannot redact a value of type ${typeof v}`);
    if (seen.has(v)) throw new RedactionError('record contains a cycle');
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new RedactionError('record contains a non-plain object');
      }
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (x === undefined) continue;
        const rk = redactString(k);
        hits.push(...rk.hits);
        if (SECRET_KEY_NAME.test(k) && x !== null && x !== '' && typeof x !== 'boolean') {
          hits.push('secret-key-name');
          out[rk.text] = placeholder('secret-key-name');
        } else {
          out[rk.text] = walk(x, depth + 1);
        }
      }
      return out;
    } finally {
      seen.delete(v);
    }
  };
  return { value: walk(value, 0), hits };
}
