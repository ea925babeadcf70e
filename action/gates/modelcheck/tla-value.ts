/**
 * Reads the TLA+ values TLC prints in a trace state (integers, booleans, strings, model
 * values, sequences, sets, records, functions and intervals) into JSON, so a TLC counterexample
 * has the same shape as one from the built-in checker. Text that is not one value stays text.
 */
import { MaestroError } from '../../contract/errors.js';

/** A JSON rendering of a printed TLA+ value; the trimmed text itself when it is not one value. */
export function parseTlaValue(text: string): unknown {
  const p = new ValueParser(text);
  try {
    const v = p.value();
    p.skip();
    return p.done() ? v : text.trim();
  } catch {
    return text.trim();
  }
}

/** Ends the parse: the text is not one TLA+ value (caught in {@link parseTlaValue}). */
function notAValue(what: string): never {
  throw new MaestroError('MC_TLC_FAILED', `not a TLA+ value: ${what}`);
}

/** The largest interval `a..b` expanded into its members; longer ones stay text. */
const MAX_INTERVAL = 1024;

class ValueParser {
  private i = 0;
  constructor(private readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  skip(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }

  private eat(tok: string): boolean {
    this.skip();
    if (this.s.startsWith(tok, this.i)) {
      this.i += tok.length;
      return true;
    }
    return false;
  }

  private expect(tok: string): void {
    if (!this.eat(tok)) notAValue(`expected ${tok} at ${this.i}`);
  }

  value(): unknown {
    const left = this.atom();
    if (this.eat(':>')) {
      // A function written as k1 :> v1 @@ k2 :> v2 ...
      const entries: [unknown, unknown][] = [[left, this.atom()]];
      while (this.eat('@@')) {
        const k = this.atom();
        this.expect(':>');
        entries.push([k, this.atom()]);
      }
      return fnJson(entries);
    }
    return left;
  }

  private list(close: string): unknown[] {
    const out: unknown[] = [];
    if (this.eat(close)) return out;
    do out.push(this.value());
    while (this.eat(','));
    this.expect(close);
    return out;
  }

  private atom(): unknown {
    this.skip();
    const s = this.s;
    if (this.eat('<<')) return this.list('>>');
    if (this.eat('{')) return this.list('}');
    if (this.eat('(')) {
      const v = this.value();
      this.expect(')');
      return v;
    }
    if (this.eat('[')) {
      const out: Record<string, unknown> = {};
      if (this.eat(']')) return out;
      do {
        this.skip();
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.i));
        if (!m) notAValue(`expected a field name at ${this.i}`);
        this.i += m[0].length;
        this.expect('|->');
        out[m[0]] = this.value();
      } while (this.eat(','));
      this.expect(']');
      return out;
    }
    if (s[this.i] === '"') {
      let j = this.i + 1;
      let str = '';
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '\\' && j + 1 < s.length) {
          const c = s[j + 1]!;
          str += c === 'n' ? '\n' : c === 't' ? '\t' : c;
          j += 2;
        } else str += s[j++];
      }
      if (j >= s.length) notAValue('unterminated string');
      this.i = j + 1;
      return str;
    }
    const num = /^-?\d+/.exec(s.slice(this.i));
    if (num) {
      this.i += num[0].length;
      const lo = Number(num[0]);
      if (this.eat('..')) {
        this.skip();
        const hi = /^-?\d+/.exec(s.slice(this.i));
        if (!hi) notAValue('expected an interval end');
        this.i += hi[0].length;
        const h = Number(hi[0]);
        if (h - lo + 1 > MAX_INTERVAL) return `${lo}..${h}`;
        const out: number[] = [];
        for (let k = lo; k <= h; k++) out.push(k);
        return out;
      }
      return lo;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.i));
    if (word) {
      this.i += word[0].length;
      if (word[0] === 'TRUE') return true;
      if (word[0] === 'FALSE') return false;
      return word[0];
    }
    notAValue(`unexpected ${s[this.i] ?? 'end'} at ${this.i}`);
  }
}

/** A function as an object when its keys are strings or integers, else a list of pairs. */
function fnJson(entries: [unknown, unknown][]): unknown {
  if (entries.every(([k]) => typeof k === 'string' || typeof k === 'number')) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) out[String(k)] = v;
    return out;
  }
  return entries.map(([k, v]) => ({ key: k, value: v }));
}
