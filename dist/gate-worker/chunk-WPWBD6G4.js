import { createRequire as __maestroCreateRequire } from 'node:module';
const require = __maestroCreateRequire(import.meta.url);
import {
  BOOL,
  CelCompileError,
  CelRuntimeError,
  DYN,
  INT,
  STRING,
  compatible,
  compileClosure,
  joinTypes,
  listOf,
  opsFor,
  parseYamlSource,
  positionOf,
  problemsOf,
  quantifierOf,
  require_ucs2length,
  showValue,
  step,
  typeName,
  withBudget
} from "./chunk-U7RRVDXZ.js";
import {
  require_dist
} from "./chunk-QH5BUMXO.js";
import {
  MaestroError,
  __toESM,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-OZBR5WFF.js";

// action/gates/modelcheck/parallel-expand.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/fingerprints.ts
init_define_MAESTRO_CODE_DIGESTS();
var SLOT = 3;
var StateTable = class {
  /**
   * `alloc` makes the slot arrays (the parallel search passes one over a SharedArrayBuffer, which
   * its workers read as a filter); the cells of an array are written once and never again.
   */
  constructor(initialCapacity = 1 << 12, alloc = (ints) => new Int32Array(ints)) {
    this.alloc = alloc;
    this.table = alloc(initialCapacity * 2 * SLOT);
    this.mask = initialCapacity * 2 - 1;
    this.parent = new Int32Array(initialCapacity);
    this.ord = new Int32Array(initialCapacity);
  }
  alloc;
  /** Slots - 1 (the number of slots is a power of two). */
  mask;
  /** `SLOT` ints per slot: low half, high half, id + 1 (0: empty). */
  table;
  parent;
  ord;
  count = 0;
  /** Inserts; returns the new id, or `-(existing id) - 1`. */
  insert(lo, hi, parent, ord) {
    const table = this.table;
    const mask = this.mask;
    let i = (lo ^ hi >>> 7) & mask;
    for (; ; ) {
      const at2 = i * SLOT;
      const slot = table[at2 + 2];
      if (slot === 0) break;
      if (table[at2] === lo && table[at2 + 1] === hi) return -slot;
      i = i + 1 & mask;
    }
    const id = this.count++;
    if (id >= this.parent.length) this.growArrays();
    this.parent[id] = parent;
    this.ord[id] = ord;
    const at = i * SLOT;
    table[at] = lo;
    table[at + 1] = hi;
    table[at + 2] = id + 1;
    if (this.count * 2 > mask + 1) this.rehash();
    return id;
  }
  /** Makes room for `n` states without growing again (a hint: more still fit). */
  reserve(n) {
    while (n > this.parent.length) this.growArrays();
    while (n * 2 > this.mask + 1) this.rehash();
  }
  /** What callers of {@link touch} fold their reads into, so the reads are kept. */
  touched = 0;
  /**
   * Reads the slot where a probe for (`lo`, `hi`) starts. Touching the slots of several
   * fingerprints before inserting them lets their cache misses overlap.
   */
  touch(lo, hi) {
    return this.table[((lo ^ hi >>> 7) & this.mask) * SLOT + 2];
  }
  growArrays() {
    const n = this.parent.length * 2;
    const grow = (a) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.parent = grow(this.parent);
    this.ord = grow(this.ord);
  }
  rehash() {
    const old = this.table;
    const slots = (this.mask + 1) * 2;
    const table = this.alloc(slots * SLOT);
    const mask = slots - 1;
    for (let at = 0; at < old.length; at += SLOT) {
      const id1 = old[at + 2];
      if (id1 === 0) continue;
      const lo = old[at];
      const hi = old[at + 1];
      let i = (lo ^ hi >>> 7) & mask;
      while (table[i * SLOT + 2] !== 0) i = i + 1 & mask;
      const to = i * SLOT;
      table[to] = lo;
      table[to + 1] = hi;
      table[to + 2] = id1;
    }
    this.table = table;
    this.mask = mask;
  }
  bytes() {
    return this.table.byteLength + this.parent.byteLength * 2;
  }
};
var Frontier = class {
  constructor(w, capacity = 1024) {
    this.w = w;
    this.words = new Uint32Array(capacity * w);
    this.ids = new Int32Array(capacity);
  }
  w;
  words;
  ids;
  length = 0;
  /** Makes room for `n` states without growing again (a hint: more still fit). */
  reserve(n) {
    if (n <= this.ids.length) return;
    const words = new Uint32Array(n * this.w);
    words.set(this.words);
    this.words = words;
    const ids = new Int32Array(n);
    ids.set(this.ids);
    this.ids = ids;
  }
  /** Pushes the state at word `from` of `words`. */
  pushAt(words, from, id) {
    if (this.length >= this.ids.length) this.grow();
    const base = this.length * this.w;
    for (let i = 0; i < this.w; i++) this.words[base + i] = words[from + i];
    this.ids[this.length++] = id;
  }
  grow() {
    const words = new Uint32Array(this.words.length * 2);
    words.set(this.words);
    this.words = words;
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
  }
  push(state, id) {
    if (this.length >= this.ids.length) this.grow();
    const base = this.length * this.w;
    for (let i = 0; i < this.w; i++) this.words[base + i] = state[i];
    this.ids[this.length++] = id;
  }
};
var h1 = 0;
var h2 = 0;
function fingerprint(words, n) {
  let a = 2538058380 ^ n;
  let b = 1540483477 ^ Math.imul(n, 668265261);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    let k = Math.imul(w, 3432918353);
    k = k << 15 | k >>> 17;
    k = Math.imul(k, 461845907);
    a ^= k;
    a = a << 13 | a >>> 19;
    a = Math.imul(a, 5) + 3864292196 | 0;
    let j = Math.imul(w ^ 2246822507, 2246822519);
    j = j << 17 | j >>> 15;
    j = Math.imul(j, 3266489917);
    b ^= j;
    b = b << 11 | b >>> 21;
    b = Math.imul(b, 9) + 951274213 | 0;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 2246822507);
  a ^= a >>> 13;
  a = Math.imul(a, 3266489909);
  a ^= a >>> 16;
  b ^= a;
  b ^= b >>> 15;
  b = Math.imul(b, 739982445);
  b ^= b >>> 12;
  b = Math.imul(b, 695872825);
  b ^= b >>> 15;
  h1 = a | 0;
  h2 = b | 0;
}

// action/gates/modelcheck/step-failure.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/domain.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/finite-type.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_ENUMERATED = 1 << 16;
function getBits(words, off, width) {
  if (width === 0) return 0;
  const w = off >>> 5;
  const b = off & 31;
  const lo = words[w] >>> b;
  if (b + width <= 32) return width === 32 ? lo >>> 0 : (lo & (1 << width) - 1) >>> 0;
  const hi = words[w + 1] << 32 - b;
  const v = (lo | hi) >>> 0;
  return width === 32 ? v : (v & (1 << width) - 1) >>> 0;
}
function setBits(words, off, width, value) {
  if (width === 0) return;
  const w = off >>> 5;
  const b = off & 31;
  const mask = width === 32 ? 4294967295 : (1 << width) - 1;
  const v = value & mask;
  words[w] = words[w] & ~(mask << b) | v << b;
  if (b + width > 32) {
    const spill = b + width - 32;
    const hiMask = (1 << spill) - 1;
    words[w + 1] = words[w + 1] & ~hiMask | v >>> 32 - b & hiMask;
  }
}
function bitsFor(size) {
  return size <= 1 ? 0 : Math.ceil(Math.log2(size));
}

// action/gates/modelcheck/values.ts
init_define_MAESTRO_CODE_DIGESTS();
var FnValue = class {
  constructor(dom, vals) {
    this.dom = dom;
    this.vals = vals;
  }
  dom;
  vals;
  /** The value at `key`, or `undefined` when `key` is outside the domain. */
  get(key) {
    const i = this.dom.indexOf(key);
    return i < 0 ? void 0 : this.vals[i];
  }
  /** The domain elements, in domain order. */
  keys() {
    return this.dom.values();
  }
};
var DomainError = class extends Error {
  name = "DomainError";
};
function isRecordValue(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof FnValue);
}
function show(v) {
  if (v instanceof FnValue) {
    return `{${v.keys().map((k, i) => `${show(k)}: ${show(v.vals[i])}`).join(", ")}}`;
  }
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  if (isRecordValue(v)) {
    return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${show(x)}`).join(", ")}}`;
  }
  if (typeof v === "string") return JSON.stringify(v);
  return String(v);
}
function toJson(v) {
  if (v instanceof FnValue) {
    const out = {};
    v.keys().forEach((k, i) => {
      out[String(k)] = toJson(v.vals[i]);
    });
    return out;
  }
  if (Array.isArray(v)) return v.map(toJson);
  if (isRecordValue(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}

// action/gates/modelcheck/scalar-types.ts
init_define_MAESTRO_CODE_DIGESTS();
var ScalarType = class {
  cache;
  width = -1;
  get bits() {
    if (this.width < 0) this.width = bitsFor(this.size);
    return this.width;
  }
  values() {
    if (this.cache === void 0) {
      const out = [];
      for (let i = 0; i < this.size; i++) out.push(this.valueAt(i));
      this.cache = out;
    }
    return this.cache;
  }
  write(v, words, off) {
    const i = this.indexOf(v);
    if (i < 0) throw new DomainError(`${show(v)} is not a value of ${this.describe()}`);
    setBits(words, off, this.bits, i);
  }
  read(words, off) {
    const i = getBits(words, off, this.bits);
    return this.size <= MAX_ENUMERATED ? this.values()[i] : this.valueAt(i);
  }
};
var BoolType = class extends ScalarType {
  kind = "bool";
  size = 2;
  describe() {
    return "bool";
  }
  indexOf(v) {
    return v === false ? 0 : v === true ? 1 : -1;
  }
  valueAt(i) {
    return i === 1;
  }
};
var IntType = class extends ScalarType {
  constructor(lo, hi) {
    super();
    this.lo = lo;
    this.hi = hi;
    this.size = hi - lo + 1;
  }
  lo;
  hi;
  kind = "int";
  size;
  describe() {
    return `int[${this.lo}..${this.hi}]`;
  }
  indexOf(v) {
    return typeof v === "number" && Number.isInteger(v) && v >= this.lo && v <= this.hi ? v - this.lo : -1;
  }
  valueAt(i) {
    return this.lo + i;
  }
};
var EnumType = class extends ScalarType {
  constructor(names) {
    super();
    this.names = names;
    this.size = names.length;
    this.index = new Map(names.map((n, i) => [n, i]));
  }
  names;
  kind = "enum";
  size;
  index;
  describe() {
    return `enum{${this.names.join(", ")}}`;
  }
  indexOf(v) {
    return typeof v === "string" ? this.index.get(v) ?? -1 : -1;
  }
  valueAt(i) {
    return this.names[i];
  }
};
var UnionType = class extends ScalarType {
  constructor(alternatives) {
    super();
    this.alternatives = alternatives;
    let n = 0;
    for (const alt of alternatives) {
      this.starts.push(n);
      n += alt.size;
    }
    this.size = n;
  }
  alternatives;
  kind = "union";
  size;
  starts = [];
  describe() {
    return this.alternatives.map((a) => a.describe()).join(" | ");
  }
  indexOf(v) {
    for (let a = 0; a < this.alternatives.length; a++) {
      const i = this.alternatives[a].indexOf(v);
      if (i >= 0) return this.starts[a] + i;
    }
    return -1;
  }
  valueAt(i) {
    for (let a = this.alternatives.length - 1; a >= 0; a--) {
      if (i >= this.starts[a]) return this.alternatives[a].values()[i - this.starts[a]];
    }
    return void 0;
  }
};

// action/gates/modelcheck/composite-types.ts
init_define_MAESTRO_CODE_DIGESTS();
var RecordType = class {
  constructor(fields) {
    this.fields = fields;
    this.names = [...fields.keys()];
    let size = 1;
    let bits = 0;
    for (const t of fields.values()) {
      this.offsets.push(bits);
      bits += t.bits;
      size *= t.size;
    }
    this.size = size;
    this.bits = bits;
  }
  fields;
  kind = "record";
  size;
  bits;
  offsets = [];
  names;
  cache;
  describe() {
    return `{${this.names.map((n) => `${n}: ${this.fields.get(n).describe()}`).join(", ")}}`;
  }
  indexOf(v) {
    if (!isRecordValue(v)) return -1;
    let n = 0;
    for (const _ in v) n++;
    if (n !== this.names.length) return -1;
    let idx = 0;
    for (const name of this.names) {
      if (!Object.hasOwn(v, name)) return -1;
      const t = this.fields.get(name);
      const i = t.indexOf(v[name]);
      if (i < 0) return -1;
      idx = idx * t.size + i;
    }
    return idx;
  }
  values() {
    if (this.cache === void 0) {
      let out = [{}];
      for (const name of this.names) {
        const vals = this.fields.get(name).values();
        const next = [];
        for (const partial of out) for (const val of vals) next.push({ ...partial, [name]: val });
        out = next;
      }
      this.cache = out.map((o) => Object.freeze(o));
    }
    return this.cache;
  }
  write(v, words, off) {
    if (!isRecordValue(v)) throw new DomainError(`${show(v)} is not a record ${this.describe()}`);
    const keys = Object.keys(v);
    if (keys.length !== this.names.length || !this.names.every((n) => Object.hasOwn(v, n))) {
      throw new DomainError(`${show(v)} does not have exactly the fields of ${this.describe()}`);
    }
    for (let f = 0; f < this.names.length; f++) {
      const name = this.names[f];
      this.fields.get(name).write(v[name], words, off + this.offsets[f]);
    }
  }
  read(words, off) {
    const out = {};
    for (let f = 0; f < this.names.length; f++) {
      out[this.names[f]] = this.fields.get(this.names[f]).read(words, off + this.offsets[f]);
    }
    return out;
  }
};
var SetType = class {
  constructor(elem) {
    this.elem = elem;
    this.bits = elem.size;
    this.size = 2 ** elem.size;
  }
  elem;
  kind = "set";
  size;
  bits;
  describe() {
    return `set<${this.elem.describe()}>`;
  }
  indexOf(v) {
    if (!Array.isArray(v) || this.elem.size > 30) return -1;
    let mask = 0;
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0) return -1;
      mask |= 1 << i;
    }
    return mask;
  }
  values() {
    const out = [];
    for (let m = 0; m < this.size; m++)
      out.push(this.elem.values().filter((_, i) => (m & 1 << i) !== 0));
    return out;
  }
  write(v, words, off) {
    if (!Array.isArray(v)) throw new DomainError(`${show(v)} is not a list (set values are lists)`);
    for (let i = 0; i < this.bits; i++) setBits(words, off + i, 1, 0);
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0)
        throw new DomainError(`${show(e)} is not a possible element of ${this.describe()}`);
      setBits(words, off + i, 1, 1);
    }
  }
  read(words, off) {
    const vals = this.elem.values();
    const out = [];
    for (let i = 0; i < this.bits; i++) if (getBits(words, off + i, 1) === 1) out.push(vals[i]);
    return out;
  }
};
var FunctionType = class {
  constructor(dom, range) {
    this.dom = dom;
    this.range = range;
    this.bits = dom.size * range.bits;
    this.size = range.size ** dom.size;
  }
  dom;
  range;
  kind = "function";
  size;
  bits;
  describe() {
    return `[${this.dom.describe()} -> ${this.range.describe()}]`;
  }
  indexOf(v) {
    if (!(v instanceof FnValue) && !(v instanceof Map) && !isRecordValue(v)) return -1;
    let idx = 0;
    for (const k of this.dom.values()) {
      const val = v instanceof FnValue ? v.get(k) : v instanceof Map ? v.get(k) : typeof k === "string" ? v[k] : void 0;
      const i = this.range.indexOf(val);
      if (i < 0) return -1;
      idx = idx * this.range.size + i;
    }
    return idx;
  }
  values() {
    let out = [[]];
    for (let k = 0; k < this.dom.size; k++) {
      const next = [];
      for (const partial of out) for (const r of this.range.values()) next.push([...partial, r]);
      out = next;
    }
    return out.map((vals) => new FnValue(this.dom, vals));
  }
  /** Bit offset of the entry for `key`, relative to the function's offset; -1 outside the domain. */
  entryOffset(key) {
    const i = this.dom.indexOf(key);
    return i < 0 ? -1 : i * this.range.bits;
  }
  write(v, words, off) {
    const keys = this.dom.values();
    if (v instanceof FnValue) {
      if (v.dom !== this.dom && v.keys().length !== keys.length) {
        throw new DomainError(`a function over ${v.dom.describe()} is not a ${this.describe()}`);
      }
      for (let i = 0; i < keys.length; i++) {
        this.range.write(
          v.dom === this.dom ? v.vals[i] : v.get(keys[i]),
          words,
          off + i * this.range.bits
        );
      }
      return;
    }
    if (v instanceof Map && v.size === keys.length) {
      for (let i = 0; i < keys.length; i++) {
        if (!v.has(keys[i]))
          throw new DomainError(
            `${show(v)} has no entry for ${show(keys[i])} of ${this.describe()}`
          );
        this.range.write(v.get(keys[i]), words, off + i * this.range.bits);
      }
      return;
    }
    if (isRecordValue(v) && keys.every((k) => typeof k === "string") && Object.keys(v).length === keys.length) {
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (!Object.hasOwn(v, k))
          throw new DomainError(`${show(v)} has no entry for ${show(k)} of ${this.describe()}`);
        this.range.write(v[k], words, off + i * this.range.bits);
      }
      return;
    }
    throw new DomainError(`${show(v)} is not a ${this.describe()}`);
  }
  read(words, off) {
    const vals = new Array(this.dom.size);
    for (let i = 0; i < vals.length; i++)
      vals[i] = this.range.read(words, off + i * this.range.bits);
    return new FnValue(this.dom, vals);
  }
};
var SeqType = class {
  constructor(elem, maxLength) {
    this.elem = elem;
    this.maxLength = maxLength;
    this.lenBits = bitsFor(maxLength + 1);
    this.bits = this.lenBits + maxLength * elem.bits;
    let size = 0;
    for (let n = 0; n <= maxLength; n++) size += elem.size ** n;
    this.size = size;
  }
  elem;
  maxLength;
  kind = "seq";
  size;
  bits;
  lenBits;
  describe() {
    return `seq<${this.elem.describe()}, max ${this.maxLength}>`;
  }
  indexOf(v) {
    if (!Array.isArray(v) || v.length > this.maxLength) return -1;
    let idx = 0;
    for (let n = 0; n < v.length; n++) idx += this.elem.size ** n;
    let within = 0;
    for (const e of v) {
      const i = this.elem.indexOf(e);
      if (i < 0) return -1;
      within = within * this.elem.size + i;
    }
    return idx + within;
  }
  values() {
    const out = [[]];
    let layer = [[]];
    for (let n = 1; n <= this.maxLength; n++) {
      const next = [];
      for (const p of layer) for (const e of this.elem.values()) next.push([...p, e]);
      out.push(...next);
      layer = next;
    }
    return out;
  }
  write(v, words, off) {
    if (!Array.isArray(v)) throw new DomainError(`${show(v)} is not a list`);
    if (v.length > this.maxLength) {
      throw new DomainError(
        `a sequence of length ${v.length} exceeds max_length ${this.maxLength} of ${this.describe()}`
      );
    }
    setBits(words, off, this.lenBits, v.length);
    for (let i = 0; i < this.maxLength; i++) {
      const at = off + this.lenBits + i * this.elem.bits;
      if (i < v.length) this.elem.write(v[i], words, at);
      else
        for (let b = 0; b < this.elem.bits; b += 32)
          setBits(words, at + b, Math.min(32, this.elem.bits - b), 0);
    }
  }
  read(words, off) {
    const n = getBits(words, off, this.lenBits);
    const out = new Array(n);
    for (let i = 0; i < n; i++)
      out[i] = this.elem.read(words, off + this.lenBits + i * this.elem.bits);
    return out;
  }
};

// action/gates/modelcheck/step-failure.ts
var StepFailure = class extends Error {
  constructor(kind, message, location) {
    super(message);
    this.kind = kind;
    this.location = location;
  }
  kind;
  location;
  /** The transition being taken when it failed, when it failed inside one. */
  step;
};
function evalFailure(thrown, loc, what) {
  if (thrown instanceof DomainError)
    return new StepFailure("domain", `${what}: ${thrown.message}`, loc);
  const msg = thrown instanceof Error ? thrown.message : String(thrown);
  return new StepFailure("eval", `${what}: ${msg}`, loc);
}

// action/gates/modelcheck/traces.ts
init_define_MAESTRO_CODE_DIGESTS();
function paramsOf(action, tuple) {
  const out = {};
  action.params.forEach((p, i) => {
    out[p.name] = toJson(tuple[i]);
  });
  return out;
}
function nthSuccessor(t, state, want) {
  let k = 0;
  let found;
  t.successors(state, (succ, action, tuple) => {
    if (k++ === want) {
      found = { words: succ.slice(), action, tuple };
      return true;
    }
    return false;
  });
  return found;
}
function replay(t, table, id, visit) {
  const chain = [];
  for (let x = id; x >= 0; x = table.parent[x]) chain.unshift(x);
  let state = t.initialState(table.ord[chain[0]]);
  visit?.(state, null, []);
  for (let i = 1; i < chain.length; i++) {
    const found = nthSuccessor(t, state, table.ord[chain[i]]);
    if (found === void 0)
      throw new MaestroError("MC_INTERNAL_ERROR", "internal: counterexample replay diverged");
    state = found.words;
    visit?.(state, found.action, found.tuple);
  }
  return state;
}
function traceTo(t, table, id) {
  const steps = [];
  replay(
    t,
    table,
    id,
    (words, action, tuple) => steps.push({
      index: steps.length + 1,
      action: action?.name ?? null,
      params: action !== null ? paramsOf(action, tuple) : {},
      state: t.stateJson(words)
    })
  );
  return steps;
}
function wordsOf(t, table, id) {
  return replay(t, table, id);
}

// action/gates/modelcheck/transitions.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/initial-states.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/expr.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/access-paths.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/cel-type-of.ts
init_define_MAESTRO_CODE_DIGESTS();
function celTypeOf(t) {
  switch (t.kind) {
    case "bool":
      return BOOL;
    case "int":
      return INT;
    case "enum":
      return STRING;
    case "record": {
      const r = t;
      return {
        k: "record",
        fields: new Map([...r.fields].map(([n, ft]) => [n, celTypeOf(ft)])),
        partial: false
      };
    }
    case "set":
    case "seq":
      return { k: "list", elem: celTypeOf(t.elem) };
    case "function": {
      const f = t;
      return { k: "map", key: celTypeOf(f.dom), val: celTypeOf(f.range) };
    }
    case "union": {
      const alts = t.alternatives.map(celTypeOf);
      return joinTypes(alts);
    }
  }
}

// action/gates/modelcheck/access-paths.ts
function planOffset(plan) {
  const base = plan.base;
  const bad = (k, key) => {
    throw noSuchKey(k, key.first);
  };
  if (plan.keys.length === 1) {
    const key = plan.keys[0];
    const { lo, n, stride, src } = key;
    const at2 = (k) => {
      const i = k - lo;
      if (typeof k !== "number" || !(i >= 0 && i < n) || !Number.isInteger(i)) return bad(k, key);
      return base + i * stride;
    };
    if ("p" in src) {
      const pi = src.p;
      return (env) => at2(env.p[pi]);
    }
    if ("l" in src) {
      const slot = src.l;
      return (env) => at2(env.l[slot]);
    }
    const fn = src.fn;
    return (env) => at2(fn(env));
  }
  if (plan.keys.length !== 2) return void 0;
  const [a, b] = plan.keys;
  const at = (x, y) => {
    const i = x - a.lo;
    if (typeof x !== "number" || !(i >= 0 && i < a.n) || !Number.isInteger(i)) return bad(x, a);
    const j = y - b.lo;
    if (typeof y !== "number" || !(j >= 0 && j < b.n) || !Number.isInteger(j)) return bad(y, b);
    return base + i * a.stride + j * b.stride;
  };
  const [sa, sb] = [a.src, b.src];
  if ("p" in sa && "p" in sb) {
    const [pa, pb] = [sa.p, sb.p];
    return (env) => at(env.p[pa], env.p[pb]);
  }
  if ("p" in sa && "l" in sb) {
    const [pa, lb] = [sa.p, sb.l];
    return (env) => at(env.p[pa], env.l[lb]);
  }
  if ("l" in sa && "p" in sb) {
    const [la, pb] = [sa.l, sb.p];
    return (env) => at(env.l[la], env.p[pb]);
  }
  if ("l" in sa && "l" in sb) {
    const [la, lb] = [sa.l, sb.l];
    return (env) => at(env.l[la], env.l[lb]);
  }
  return void 0;
}
function noSuchKey(key, first) {
  return new CelRuntimeError(`no such key: ${first ? show(key) : showValue(key)}`);
}
function keyIndexer(dom) {
  if (dom instanceof IntType) {
    const lo = dom.lo;
    const n = dom.size;
    return (key) => {
      if (typeof key !== "number") return -1;
      const i = key - lo;
      return i >= 0 && i < n && Number.isInteger(i) ? i : -1;
    };
  }
  return (key) => dom.indexOf(key);
}
function accessPath(e, scope, ctx, level = 0) {
  if (e === void 0 || level > ctx.depthLeft) return void 0;
  const k = e.exprKind;
  if (k.case === "identExpr") {
    if (ctx.isLocal(k.value.name)) return void 0;
    const b = scope.lookup(k.value.name);
    if (b?.kind !== "var" || b.offset === void 0) return void 0;
    const off = b.offset;
    return {
      varIndex: b.index,
      leaf: b.type,
      fixed: off,
      stat: { off, heads: [] },
      offset: () => off
    };
  }
  if (k.case === "selectExpr") {
    if (k.value.testOnly) return void 0;
    const inner = accessPath(k.value.operand, scope, ctx, level + 1);
    if (inner === void 0 || !(inner.leaf instanceof RecordType)) return void 0;
    const rec = inner.leaf;
    const f = rec.names.indexOf(k.value.field);
    if (f < 0) return void 0;
    return shifted(inner, rec.offsets[f], rec.fields.get(k.value.field));
  }
  if (k.case !== "callExpr") return void 0;
  return pathOfCall(k.value.function, k.value.target, k.value.args, scope, ctx, level, e);
}
function pathOfCall(name, target, args, scope, ctx, level, node) {
  if (name === "_[_]" && target === void 0 && args.length === 2) {
    const inner = accessPath(args[0], scope, ctx, level + 1);
    if (inner === void 0 || !(inner.leaf instanceof FunctionType)) return void 0;
    const fnType = inner.leaf;
    const key = ctx.compile(args[1], level);
    const ct = celTypeOfFunction(fnType);
    if (!compatible(key.t, ct.key))
      ctx.fail(`a key of ${typeName(ct)} cannot be a ${typeName(key.t)}`, node);
    const first = args[0].exprKind.case === "identExpr";
    const index = keyIndexer(fnType.dom);
    const stride = fnType.range.bits;
    if (key.known !== void 0) {
      const i = index(key.known.value);
      if (i >= 0) return shifted(inner, i * stride, fnType.range);
    }
    const kf = key.fn;
    const prev = inner.offset;
    const dom = fnType.dom;
    const plan = inner.fixed !== void 0 ? { base: inner.fixed, keys: [] } : inner.plan;
    if (dom instanceof IntType && plan !== void 0 && plan.keys.length < 2) {
      const next = {
        base: plan.base,
        keys: [
          ...plan.keys,
          { src: keySource(args[1], key.fn, scope, ctx), lo: dom.lo, n: dom.size, stride, first }
        ]
      };
      const offset = planOffset(next);
      if (offset !== void 0)
        return {
          varIndex: inner.varIndex,
          leaf: fnType.range,
          fixed: void 0,
          offset,
          plan: next
        };
    }
    return {
      varIndex: inner.varIndex,
      leaf: fnType.range,
      fixed: void 0,
      offset: (env) => {
        const base = prev(env);
        const kv = kf(env);
        const i = index(kv);
        if (i < 0) throw noSuchKey(kv, first);
        return base + i * stride;
      }
    };
  }
  if (name === "head") {
    const s = target ?? (args.length === 1 ? args[0] : void 0);
    if (s === void 0 || target !== void 0 && args.length !== 0) return void 0;
    const inner = accessPath(s, scope, ctx, level + 1);
    if (inner === void 0 || !(inner.leaf instanceof SeqType)) return void 0;
    const seq = inner.leaf;
    const lenBits = seq.lenBits;
    const prev = inner.offset;
    const st = inner.stat;
    return {
      varIndex: inner.varIndex,
      leaf: seq.elem,
      fixed: void 0,
      ...st !== void 0 ? {
        stat: {
          off: st.off + lenBits,
          heads: [...st.heads, { off: st.off, width: lenBits }]
        }
      } : {},
      offset: (env) => {
        const off = prev(env);
        if (getBits(env.s, off, lenBits) === 0)
          throw new CelRuntimeError("head of an empty sequence");
        return off + lenBits;
      }
    };
  }
  return void 0;
}
function keySource(e, fn, scope, ctx) {
  if (e.exprKind.case === "identExpr") {
    const name = e.exprKind.value.name;
    if (ctx.isLocal(name)) {
      const slot = ctx.slotOf(name);
      if (slot !== void 0) return { l: slot };
    } else {
      const b = scope.lookup(name);
      if (b?.kind === "param") return { p: b.index };
    }
  }
  return { fn };
}
function shifted(p, by, leaf) {
  if (p.fixed !== void 0) {
    const off = p.fixed + by;
    return { varIndex: p.varIndex, leaf, fixed: off, stat: { off, heads: [] }, offset: () => off };
  }
  if (p.stat !== void 0) {
    const prev2 = p.offset;
    return {
      varIndex: p.varIndex,
      leaf,
      fixed: void 0,
      stat: { off: p.stat.off + by, heads: p.stat.heads },
      offset: (env) => prev2(env) + by
    };
  }
  if (p.plan !== void 0) {
    const plan = { base: p.plan.base + by, keys: p.plan.keys };
    const offset = planOffset(plan);
    if (offset !== void 0) return { varIndex: p.varIndex, leaf, fixed: void 0, offset, plan };
  }
  const prev = p.offset;
  return { varIndex: p.varIndex, leaf, fixed: void 0, offset: (env) => prev(env) + by };
}
function celTypeOfFunction(t) {
  return { k: "map", key: celTypeOf(t.dom), val: celTypeOf(t.range) };
}
function readNote(p) {
  const at = p.stat;
  if (at === void 0) return void 0;
  const leaf = p.leaf;
  if (leaf instanceof IntType) return { kind: "int", at, width: leaf.bits, lo: leaf.lo };
  if (leaf instanceof BoolType) return { kind: "bool", at };
  if (leaf instanceof EnumType) return { kind: "enum", at, width: leaf.bits, names: leaf.names };
  return void 0;
}
function readPath(p) {
  const leaf = p.leaf;
  const off = p.offset;
  const fixed = p.fixed;
  if (leaf instanceof IntType) {
    const bits = leaf.bits;
    const lo = leaf.lo;
    if (fixed !== void 0) return (env) => lo + getBits(env.s, fixed, bits);
    return (env) => lo + getBits(env.s, off(env), bits);
  }
  if (leaf instanceof BoolType) {
    if (fixed !== void 0) return (env) => getBits(env.s, fixed, 1) === 1;
    return (env) => getBits(env.s, off(env), 1) === 1;
  }
  if (leaf instanceof EnumType) {
    const names = leaf.names;
    const bits = leaf.bits;
    if (fixed !== void 0) return (env) => names[getBits(env.s, fixed, bits)];
    return (env) => names[getBits(env.s, off(env), bits)];
  }
  return (env) => leaf.read(env.s, off(env));
}
function sizeOfPath(p) {
  const leaf = p.leaf;
  const off = p.offset;
  if (leaf instanceof SeqType) {
    const lenBits = leaf.lenBits;
    const fixed = p.fixed;
    if (fixed !== void 0) return (env) => getBits(env.s, fixed, lenBits);
    return (env) => getBits(env.s, off(env), lenBits);
  }
  if (leaf instanceof SetType) {
    const n = leaf.bits;
    return (env) => {
      const at = off(env);
      const s = env.s;
      let count = 0;
      for (let b = 0; b < n; b += 32) {
        let x = getBits(s, at + b, Math.min(32, n - b));
        while (x !== 0) {
          x &= x - 1;
          count++;
        }
      }
      return count;
    };
  }
  return void 0;
}
function memberOfPath(p, x) {
  const leaf = p.leaf;
  if (!(leaf instanceof SetType)) return void 0;
  const elem = leaf.elem;
  const index = keyIndexer(elem);
  const off = p.offset;
  const xf = x.fn;
  if (x.known !== void 0) {
    const i = index(x.known.value);
    const fixed = p.fixed;
    if (i < 0) return (env) => (off(env), false);
    if (fixed !== void 0) return (env) => getBits(env.s, fixed + i, 1) === 1;
    return (env) => getBits(env.s, off(env) + i, 1) === 1;
  }
  return (env) => {
    const v = xf(env);
    const at = off(env);
    const i = index(v);
    return i >= 0 && getBits(env.s, at + i, 1) === 1;
  };
}
function pathCall(name, target, args, ctx, scope) {
  if (name === "size") {
    const s = target ?? (args.length === 1 ? args[0] : void 0);
    if (s === void 0 || target !== void 0 && args.length !== 0) return void 0;
    const p = accessPath(s, scope, ctx, 1);
    if (p === void 0) return void 0;
    const fn = sizeOfPath(p);
    if (fn === void 0) return void 0;
    ctx.noteRead(p.varIndex);
    if (p.stat !== void 0 && p.leaf instanceof SeqType) {
      const note = { kind: "size", at: p.stat, width: p.leaf.lenBits };
      return { t: INT, fn, note };
    }
    return { t: INT, fn };
  }
  if (name === "@in" && target === void 0 && args.length === 2) {
    const p = accessPath(args[1], scope, ctx, 1);
    if (p === void 0 || !(p.leaf instanceof SetType)) return void 0;
    const x = ctx.compile(args[0]);
    const ct = celTypeOf(p.leaf);
    if (ct.k === "list" && !compatible(x.t, ct.elem))
      ctx.fail(`\`in\`: a ${typeName(x.t)} can never be an element of ${typeName(ct)}`);
    const fn = memberOfPath(p, x);
    if (fn === void 0) return void 0;
    ctx.noteRead(p.varIndex);
    const i = x.known !== void 0 ? keyIndexer(p.leaf.elem)(x.known.value) : -1;
    if (p.stat !== void 0 && i >= 0) {
      const note = { kind: "member", at: { off: p.stat.off + i, heads: p.stat.heads } };
      return { t: BOOL, fn, note };
    }
    return { t: BOOL, fn };
  }
  if (name === "_[_]" || name === "head" || name === "@select") {
    const p = name === "@select" ? accessPath(args[0], scope, ctx) : pathOfCall(name, target, args, scope, ctx, 0);
    if (p === void 0) return void 0;
    ctx.noteRead(p.varIndex);
    const note = readNote(p);
    return { t: celTypeOf(p.leaf), fn: readPath(p), ...note !== void 0 ? { note } : {} };
  }
  return void 0;
}

// action/gates/modelcheck/update-writers.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_COPIED_LENGTH = 1 << 12;
var BAIL = new DomainError("the update writer hands over to the general path");
function sameEncoding(a, b) {
  if (a === b) return true;
  if (a.kind !== b.kind || a.bits !== b.bits) return false;
  if (a instanceof BoolType) return true;
  if (a instanceof IntType && b instanceof IntType) return a.lo === b.lo && a.hi === b.hi;
  if (a instanceof EnumType && b instanceof EnumType)
    return a.names.length === b.names.length && a.names.every((n, i) => n === b.names[i]);
  if (a instanceof RecordType && b instanceof RecordType)
    return a.names.length === b.names.length && a.names.every((n, i) => n === b.names[i] && sameEncoding(a.fields.get(n), b.fields.get(n)));
  if (a instanceof SetType && b instanceof SetType) return sameEncoding(a.elem, b.elem);
  if (a instanceof FunctionType && b instanceof FunctionType)
    return sameEncoding(a.dom, b.dom) && sameEncoding(a.range, b.range);
  if (a instanceof SeqType && b instanceof SeqType)
    return a.maxLength === b.maxLength && sameEncoding(a.elem, b.elem);
  if (a instanceof UnionType && b instanceof UnionType)
    return a.alternatives.length === b.alternatives.length && a.alternatives.every((x, i) => sameEncoding(x, b.alternatives[i]));
  return false;
}
function copyBits(from, src, to, dst, n) {
  for (let b = 0; b < n; b += 32) {
    const w = Math.min(32, n - b);
    setBits(to, dst + b, w, getBits(from, src + b, w));
  }
}
function zeroBits(to, dst, n) {
  for (let b = 0; b < n; b += 32) setBits(to, dst + b, Math.min(32, n - b), 0);
}
function hasMacro(e) {
  if (e === void 0) return false;
  const k = e.exprKind;
  switch (k.case) {
    case "comprehensionExpr":
      return true;
    case "callExpr":
      return hasMacro(k.value.target) || k.value.args.some(hasMacro);
    case "selectExpr":
      return hasMacro(k.value.operand);
    case "listExpr":
      return k.value.elements.some(hasMacro);
    case "structExpr":
      return k.value.entries.some(
        (x) => hasMacro(x.value) || x.keyKind.case === "mapKey" && hasMacro(x.keyKind.value)
      );
    case "constExpr":
    case "identExpr":
    case void 0:
      return false;
  }
}
function writerOf(e, t, cx) {
  if (hasMacro(e)) return void 0;
  return special(e, t, cx);
}
function general(e, t, cx) {
  const fn = cx.compile(e).fn;
  return (env, succ, off) => t.write(fn(env), succ, off);
}
function pathOf(e, cx) {
  return accessPath(e, cx.scope, cx.hook);
}
function special(e, t, cx) {
  const k = e.exprKind;
  if (k.case === "callExpr") {
    const { function: name, target, args } = k.value;
    if (name === "_?_:_" && target === void 0 && args.length === 3) {
      const a = special(args[1], t, cx);
      const b = special(args[2], t, cx);
      if (a === void 0 && b === void 0) return void 0;
      const wa = a ?? general(args[1], t, cx);
      const wb = b ?? general(args[2], t, cx);
      const cf = cx.compile(args[0]).fn;
      return (env, succ, off) => {
        const c = cf(env);
        if (c === true) wa(env, succ, off);
        else if (c === false) wb(env, succ, off);
        else throw BAIL;
      };
    }
    const recv = target ?? args[0];
    const rest = target !== void 0 ? args : args.slice(1);
    if (name === "tail" && rest.length === 0 && t instanceof SeqType)
      return tailWriter(recv, t, cx);
    if (name === "append" && rest.length === 1 && t instanceof SeqType)
      return appendWriter(recv, rest[0], t, cx);
    if (name === "_+_" && target === void 0 && args.length === 2 && t instanceof SetType)
      return setAddWriter(args[0], args[1], t, cx);
  }
  if (k.case === "structExpr" && t instanceof RecordType) return recordWriter(e, t, cx);
  const p = pathOf(e, cx);
  if (p !== void 0 && sameEncoding(p.leaf, t)) {
    const n = t.bits;
    const po = p.offset;
    return (env, succ, off) => copyBits(env.s, po(env), succ, off, n);
  }
  return void 0;
}
function seqPath(e, t, cx) {
  if (t.maxLength > MAX_COPIED_LENGTH) return void 0;
  const p = pathOf(e, cx);
  return p !== void 0 && sameEncoding(p.leaf, t) ? p : void 0;
}
function tailWriter(e, t, cx) {
  const p = seqPath(e, t, cx);
  if (p === void 0) return void 0;
  const { lenBits, maxLength } = t;
  const eb = t.elem.bits;
  const po = p.offset;
  return (env, succ, off) => {
    const s = env.s;
    const at = po(env);
    const len = getBits(s, at, lenBits);
    if (len === 0) throw BAIL;
    setBits(succ, off, lenBits, len - 1);
    copyBits(s, at + lenBits + eb, succ, off + lenBits, (len - 1) * eb);
    zeroBits(succ, off + lenBits + (len - 1) * eb, (maxLength - len + 1) * eb);
  };
}
function appendWriter(e, x, t, cx) {
  const p = seqPath(e, t, cx);
  if (p === void 0) return void 0;
  const { lenBits, maxLength } = t;
  const elem = t.elem;
  const eb = elem.bits;
  const wx = special(x, elem, cx) ?? general(x, elem, cx);
  const po = p.offset;
  return (env, succ, off) => {
    const s = env.s;
    const at = po(env);
    const len = getBits(s, at, lenBits);
    if (len >= maxLength) throw BAIL;
    copyBits(s, at, succ, off, t.bits);
    setBits(succ, off, lenBits, len + 1);
    wx(env, succ, off + lenBits + len * eb);
  };
}
function setAddWriter(l, r, t, cx) {
  if (r.exprKind.case !== "listExpr" || r.exprKind.value.optionalIndices.length > 0)
    return void 0;
  const p = pathOf(l, cx);
  if (p === void 0 || !sameEncoding(p.leaf, t)) return void 0;
  const elem = t.elem;
  const fns = r.exprKind.value.elements.map((x) => cx.compile(x).fn);
  const po = p.offset;
  const n = t.bits;
  return (env, succ, off) => {
    copyBits(env.s, po(env), succ, off, n);
    for (let i = 0; i < fns.length; i++) {
      const at = elem.indexOf(fns[i](env));
      if (at < 0) throw BAIL;
      setBits(succ, off + at, 1, 1);
    }
  };
}
function recordWriter(e, t, cx) {
  const k = e.exprKind;
  if (k.case !== "structExpr" || k.value.messageName !== "") return void 0;
  const byName = /* @__PURE__ */ new Map();
  for (const entry of k.value.entries) {
    if (entry.keyKind.case !== "mapKey" || entry.value === void 0 || entry.optionalEntry)
      return void 0;
    const kc = entry.keyKind.value.exprKind;
    if (kc.case !== "constExpr" || kc.value.constantKind.case !== "stringValue") return void 0;
    const name = kc.value.constantKind.value;
    if (byName.has(name) || !t.fields.has(name)) return void 0;
    byName.set(name, entry.value);
  }
  if (byName.size !== t.names.length) return void 0;
  const fields = t.names.map((name, f) => {
    const ft = t.fields.get(name);
    const x = byName.get(name);
    return { w: special(x, ft, cx) ?? general(x, ft, cx), at: t.offsets[f] };
  });
  return (env, succ, off) => {
    for (let f = 0; f < fields.length; f++) fields[f].w(env, succ, off + fields[f].at);
  };
}
function eachWriter(t, index, inner) {
  const keys = t.dom.values();
  const stride = t.range.bits;
  const p = new Array(index + 1);
  return (env, succ, off) => {
    const saved = env.p;
    for (let i = 0; i < index; i++) p[i] = saved[i];
    env.p = p;
    try {
      for (let i = 0; i < keys.length; i++) {
        p[index] = keys[i];
        inner(env, succ, off + i * stride);
      }
    } finally {
      env.p = saved;
    }
  };
}
function targetOffset(base, steps) {
  let fixed = base;
  const keys = [];
  for (const step2 of steps) {
    if (step2.kind === "field") {
      const c = step2.container;
      const add = c.offsets[c.names.indexOf(step2.name)];
      if (keys.length === 0) fixed += add;
      else keys[keys.length - 1].after += add;
    } else {
      const dom = step2.container.dom;
      keys.push({
        fn: step2.fn,
        index: indexer(dom),
        stride: step2.container.range.bits,
        after: 0,
        dom
      });
    }
  }
  const bad = (key, dom) => {
    throw new DomainError(
      `key ${JSON.stringify(toJson(key))} is not in the domain ${dom.describe()}`
    );
  };
  if (keys.length === 0) return () => fixed;
  if (keys.length === 1) {
    const { fn, index, stride, after, dom } = keys[0];
    return (env) => {
      const k = fn(env);
      const i = index(k);
      if (i < 0) bad(k, dom);
      return fixed + i * stride + after;
    };
  }
  if (keys.length === 2) {
    const [a, b] = keys;
    return (env) => {
      const x = a.fn(env);
      const i = a.index(x);
      if (i < 0) bad(x, a.dom);
      const y = b.fn(env);
      const j = b.index(y);
      if (j < 0) bad(y, b.dom);
      return fixed + i * a.stride + a.after + j * b.stride + b.after;
    };
  }
  return (env) => {
    let off = fixed;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[j];
      const k = key.fn(env);
      const i = key.index(k);
      if (i < 0) bad(k, key.dom);
      off += i * key.stride + key.after;
    }
    return off;
  };
}
function indexer(dom) {
  if (dom instanceof IntType) {
    const { lo, size } = dom;
    return (k) => {
      if (typeof k !== "number") return -1;
      const i = k - lo;
      return i >= 0 && i < size && Number.isInteger(i) ? i : -1;
    };
  }
  return (k) => dom.indexOf(k);
}

// action/gates/modelcheck/expr.ts
var ExprError = class extends Error {
  constructor(code, message, offset) {
    super(message);
    this.code = code;
    this.offset = offset;
  }
  code;
  offset;
  name = "ExprError";
};
function celTypeOfValue(v) {
  if (typeof v === "boolean") return BOOL;
  if (typeof v === "number") return INT;
  if (typeof v === "string") return STRING;
  if (Array.isArray(v)) return { k: "list", elem: joinTypes(v.map(celTypeOfValue)) };
  if (v instanceof FnValue) return { k: "map", key: DYN, val: DYN };
  if (isRecordValue(v)) {
    return {
      k: "record",
      fields: new Map(Object.entries(v).map(([n, x]) => [n, celTypeOfValue(x)])),
      partial: false
    };
  }
  return DYN;
}
var INT_OPS = opsFor("int");
function compileExpr(source, scope, setVar, options = {}) {
  const celScope = {
    lookup: (name) => bindingOf(scope.lookup(name)),
    known: () => scope.known()
  };
  let compiled;
  try {
    compiled = compileClosure(source, {
      mode: "int",
      scope: celScope,
      hook: hookFor(scope),
      dialect: "in specs",
      ...options.functions === void 0 ? {} : { functions: options.functions }
    });
  } catch (thrown) {
    if (thrown instanceof CelCompileError) {
      throw thrown.kind === "syntax" ? new ExprError("MC_SPEC_UNPARSEABLE", `CEL syntax error: ${thrown.detail}`, thrown.offset) : thrown.kind === "limit" ? new ExprError("MC_SPEC_UNPARSEABLE", thrown.detail, thrown.offset) : new ExprError("MC_TYPE_ERROR", thrown.detail, thrown.offset);
    }
    throw thrown;
  }
  const result = {
    fn: compiled.fn,
    type: compiled.type,
    reads: compiled.reads,
    slots: compiled.slots,
    ...compiled.known !== void 0 ? { known: compiled.known } : {},
    ...compiled.compiler.foldedLoops ? { foldedLoops: true } : {}
  };
  if (options.source === true && result.known === void 0) {
    const compiler = compiled.compiler;
    result.source = {
      expr: compiled.parsed.expr,
      compile: (x) => compiler.compile(x, /* @__PURE__ */ new Map(), 1, 0),
      scope,
      budget: compiled.hasLoops ? compiled.limits : void 0,
      foldsLoops: (f) => {
        const before = compiler.foldedLoops;
        compiler.foldedLoops = false;
        f();
        const folded = compiler.foldedLoops;
        compiler.foldedLoops = before || folded;
        return folded;
      }
    };
  }
  if (options.target !== void 0) {
    const compiler = compiled.compiler;
    const hook = {
      compile: (x, deeper = 0) => compiler.compile(x, /* @__PURE__ */ new Map(), 2 + deeper, 0),
      // The whole expression compiled within the limits, so its parts do.
      depthLeft: Number.MAX_SAFE_INTEGER,
      isLocal: () => false,
      slotOf: () => void 0,
      noteRead: () => void 0,
      fail: (message) => {
        throw new ExprError("MC_TYPE_ERROR", message, 0);
      }
    };
    const write = writerOf(compiled.parsed.expr, options.target, {
      scope,
      hook,
      compile: (x) => hook.compile(x)
    });
    if (write !== void 0) result.write = write;
  }
  if (setVar !== void 0) {
    const k = compiled.parsed.expr.exprKind;
    if (k.case === "callExpr" && k.value.function === "_+_" && k.value.target === void 0) {
      const [left, right] = k.value.args;
      if (left?.exprKind.case === "identExpr" && left.exprKind.value.name === setVar && right?.exprKind.case === "listExpr") {
        const sb = scope.lookup(setVar);
        if (sb?.kind === "var" && sb.type instanceof SetType) {
          const compile = (x) => compiled.compiler.compile(x, /* @__PURE__ */ new Map(), 1, 0);
          const elem = sb.type.elem;
          result.added = right.exprKind.value.elements.map((x) => {
            const indexer2 = recordIndexer(x, elem, compile);
            if (indexer2 !== void 0) return indexer2;
            const fn = compile(x).fn;
            return (env) => elem.indexOf(fn(env));
          });
        }
      }
    }
  }
  return result;
}
function bindingOf(b) {
  if (b === void 0) return void 0;
  switch (b.kind) {
    case "var": {
      const i = b.index;
      return {
        kind: "closure",
        t: celTypeOf(b.type),
        reads: i,
        fn: (env) => {
          const x = env.v[i];
          return x !== void 0 ? x : env.load(i);
        }
      };
    }
    case "const":
      return { kind: "value", value: b.value, t: b.t };
    case "param": {
      const i = b.index;
      return { kind: "closure", t: b.t, fn: (env) => env.p[i] };
    }
    case "let":
      return { kind: "closure", t: b.t, fn: b.fn };
  }
}
function hookFor(scope) {
  const stateVar = (e, isLocal) => e?.exprKind.case === "identExpr" && !isLocal(e.exprKind.value.name) ? scope.lookup(e.exprKind.value.name) : void 0;
  return (name, target, args, ctx) => {
    if (name === "@in" && target === void 0 && args.length === 2) {
      const sb = stateVar(args[1], ctx.isLocal);
      if (sb?.kind === "var" && sb.type instanceof SetType) {
        const elem = sb.type.elem;
        const vi = sb.index;
        const indexer2 = recordIndexer(args[0], elem, ctx.compile);
        if (indexer2 !== void 0) {
          const x = ctx.compile(args[0]);
          const ct = celTypeOf(sb.type);
          if (ct.k === "list" && !compatible(x.t, ct.elem))
            ctx.fail(`\`in\`: a ${typeName(x.t)} can never be an element of ${typeName(ct)}`);
          ctx.noteRead(vi);
          const known = indexer2.known;
          if (known !== void 0) {
            if (known < 0) return { t: BOOL, fn: () => false };
            const off = sb.offset;
            if (off !== void 0) {
              const note = { kind: "member", at: { off: off + known, heads: [] } };
              return { t: BOOL, fn: (env) => getBits(env.s, off + known, 1) === 1, note };
            }
            return { t: BOOL, fn: (env) => env.has(vi, known) };
          }
          return {
            t: BOOL,
            fn: (env) => {
              const i = indexer2(env);
              return i >= 0 && env.has(vi, i);
            }
          };
        }
      }
    }
    return pathCall(name, target, args, ctx, scope);
  };
}
function recordIndexer(e, elem, compile) {
  const k = e.exprKind;
  if (k.case !== "structExpr" || k.value.messageName !== "") return void 0;
  const names = [];
  for (const entry of k.value.entries) {
    if (entry.keyKind.case !== "mapKey" || entry.value === void 0) return void 0;
    const kc = entry.keyKind.value.exprKind;
    if (kc.case !== "constExpr" || kc.value.constantKind.case !== "stringValue") return void 0;
    names.push(kc.value.constantKind.value);
  }
  let offset = 0;
  let record;
  const alts = elem instanceof UnionType ? elem.alternatives : [elem];
  for (const alt of alts) {
    if (alt instanceof RecordType && alt.names.length === names.length && names.every((n) => alt.fields.has(n))) {
      record = alt;
      break;
    }
    offset += alt.size;
  }
  if (record === void 0) return void 0;
  const fns = /* @__PURE__ */ new Map();
  k.value.entries.forEach((entry, i) => {
    fns.set(names[i], compile(entry.value));
  });
  const fields = record.names.map((n) => ({ type: record.fields.get(n), fn: fns.get(n).fn }));
  if (record.names.every((n) => fns.get(n).known !== void 0)) {
    let idx = 0;
    let inType = true;
    for (const n of record.names) {
      const type = record.fields.get(n);
      const i = type.indexOf(fns.get(n).known.value);
      if (i < 0) inType = false;
      idx = idx * type.size + i;
    }
    const known = inType ? offset + idx : -1;
    return Object.assign(() => known, { known });
  }
  return (env) => {
    let idx = 0;
    for (let f = 0; f < fields.length; f++) {
      const field = fields[f];
      const i = field.type.indexOf(field.fn(env));
      if (i < 0) return -1;
      idx = idx * field.type.size + i;
    }
    return offset + idx;
  };
}

// action/gates/modelcheck/init-choices.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_CACHED_WORDS = 1 << 20;
function hasValues(t) {
  if (t instanceof FunctionType) return hasValues(t.range);
  if (t instanceof RecordType) return [...t.fields.values()].every(hasValues);
  return t.size > 0;
}
function leavesOf(t, off, out) {
  if (t instanceof FunctionType) {
    for (let i = 0; i < t.dom.size; i++)
      if (!leavesOf(t.range, off + i * t.range.bits, out)) return false;
    return true;
  }
  if (t instanceof RecordType) {
    for (let f = 0; f < t.names.length; f++)
      if (!leavesOf(t.fields.get(t.names[f]), off + t.offsets[f], out)) return false;
    return true;
  }
  if (t instanceof SetType && (t.elem instanceof IntType || t.elem instanceof BoolType)) {
    for (let c = Math.ceil(t.bits / 32) - 1; c >= 0; c--) {
      const width = Math.min(32, t.bits - c * 32);
      out.push({ off: off + c * 32, width, size: 2 ** width, codes: void 0 });
    }
    return true;
  }
  if (t.bits > 32) return false;
  if (t instanceof IntType || t instanceof BoolType) {
    out.push({ off, width: t.bits, size: t.size, codes: void 0 });
    return true;
  }
  if (t.size > MAX_ENUMERATED) return false;
  const vals = t.values();
  const codes = new Uint32Array(vals.length);
  const scratch = new Uint32Array(1);
  for (let i = 0; i < vals.length; i++) {
    scratch[0] = 0;
    t.write(vals[i], scratch, 0);
    codes[i] = scratch[0];
  }
  out.push({ off, width: t.bits, size: vals.length, codes });
  return true;
}
function typeChoice(type, off) {
  const leaves = [];
  if (!leavesOf(type, off, leaves)) return void 0;
  const empty = !hasValues(type);
  const n = leaves.length;
  const offs = Int32Array.from(leaves, (l) => l.off);
  const widths = Int32Array.from(leaves, (l) => l.width);
  const sizes = Float64Array.from(leaves, (l) => l.size);
  const codes = leaves.map((l) => l.codes);
  const at = new Float64Array(n);
  let dirty = 0;
  return {
    first() {
      at.fill(0);
      dirty = 0;
      return !empty;
    },
    next() {
      for (let k = n - 1; k >= 0; k--) {
        if (++at[k] < sizes[k]) {
          if (k < dirty) dirty = k;
          return true;
        }
        at[k] = 0;
      }
      dirty = 0;
      return false;
    },
    write(words) {
      for (let k = dirty; k < n; k++) {
        const c = codes[k];
        setBits(words, offs[k], widths[k], c === void 0 ? at[k] : c[at[k]]);
      }
      dirty = n;
    }
  };
}
var PackedReplay = class {
  constructor(chunks, enabled) {
    this.chunks = chunks;
    this.enabled = enabled;
    this.codes = new Uint32Array(enabled ? chunks * 4 : 0);
  }
  chunks;
  enabled;
  codes;
  /** Values recorded so far (all of them once `complete`). */
  count = 0;
  complete = false;
  /** True when the first pass is recorded whole: later passes replay it. */
  get ready() {
    return this.enabled && this.complete;
  }
  /** Records the next value's `chunks` words from `from`, unless the first pass is over. */
  add(from) {
    if (!this.enabled || this.complete) return;
    const chunks = this.chunks;
    if ((this.count + 1) * chunks > MAX_CACHED_WORDS) {
      this.enabled = false;
      this.codes = new Uint32Array(0);
      return;
    }
    if ((this.count + 1) * chunks > this.codes.length) {
      const grown = new Uint32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes.set(from.subarray(0, chunks), this.count * chunks);
    this.count++;
  }
  /** Writes recorded value `i` into `words` at bit offset `off` (`bits` wide). */
  write(words, i, off, bits) {
    copyChunks(words, off, bits, this.codes, i * this.chunks);
  }
};
function copyChunks(words, off, bits, from, base) {
  for (let c = 0; c * 32 < bits; c++)
    setBits(words, off + c * 32, Math.min(32, bits - c * 32), from[base + c]);
}
function withReplay(replay2, live, off, bits) {
  let replaying = false;
  let i = 0;
  return {
    first() {
      if (replay2.ready) {
        replaying = true;
        i = 0;
        return replay2.count > 0;
      }
      replaying = false;
      return live.first();
    },
    next() {
      return replaying ? ++i < replay2.count : live.next();
    },
    write(words) {
      if (replaying) replay2.write(words, i, off, bits);
      else live.write(words);
    }
  };
}
function valueChoice(source, type, off, cache) {
  const bits = type.bits;
  const chunks = Math.max(Math.ceil(bits / 32), 1);
  const scratch = new Uint32Array(chunks);
  const replay2 = new PackedReplay(chunks, cache);
  let it;
  let cur;
  const advance = () => {
    const r = it.next();
    if (r.done === true) {
      replay2.complete = true;
      return false;
    }
    cur = r.value;
    return true;
  };
  const live = {
    first() {
      it = source();
      return advance();
    },
    next: advance,
    write(words) {
      scratch.fill(0);
      type.write(cur, scratch, 0);
      copyChunks(words, off, bits, scratch, 0);
      replay2.add(scratch);
    }
  };
  return withReplay(replay2, live, off, bits);
}
function filteredChoice(inner, off, bits, words, accept, cache) {
  const state = new Uint32Array(words);
  const chunks = Math.max(Math.ceil(bits / 32), 1);
  const own = new Uint32Array(chunks);
  const replay2 = new PackedReplay(chunks, cache);
  const seek = (more) => {
    for (; more; more = inner.next()) {
      inner.write(state);
      if (!accept(state)) continue;
      for (let c = 0; c < chunks; c++)
        own[c] = getBits(state, off + c * 32, Math.min(32, bits - c * 32));
      replay2.add(own);
      return true;
    }
    replay2.complete = true;
    return false;
  };
  const live = {
    first: () => seek(inner.first()),
    next: () => seek(inner.next()),
    write: (target) => copyChunks(target, off, bits, own, 0)
  };
  return withReplay(replay2, live, off, bits);
}

// action/gates/modelcheck/state-env.ts
init_define_MAESTRO_CODE_DIGESTS();
function stateEnv(model, words) {
  const vars = model.vars;
  const env = {
    v: new Array(vars.length).fill(void 0),
    s: words,
    p: [],
    l: new Array(model.slots + 4),
    load: (i) => {
      const x = vars[i].type.read(env.s, vars[i].offset);
      env.v[i] = x;
      return x;
    },
    has: (i, elem) => getBits(env.s, vars[i].offset + elem, 1) === 1
  };
  return env;
}

// action/gates/modelcheck/type-values.ts
init_define_MAESTRO_CODE_DIGESTS();
function* typeValues(t) {
  if (t instanceof FunctionType) {
    const range = [...typeValues(t.range)];
    const n = t.dom.size;
    if (range.length === 0) return;
    const at = new Array(n).fill(0);
    for (; ; ) {
      yield new FnValue(
        t.dom,
        at.map((i) => range[i])
      );
      let k = n - 1;
      while (k >= 0 && ++at[k] >= range.length) at[k--] = 0;
      if (k < 0) return;
    }
  }
  if (t instanceof RecordType) {
    const lists = t.names.map((name) => [...typeValues(t.fields.get(name))]);
    if (lists.some((l) => l.length === 0)) return;
    const at = new Array(lists.length).fill(0);
    for (; ; ) {
      const out = {};
      t.names.forEach((name, i) => out[name] = lists[i][at[i]]);
      yield out;
      let k = lists.length - 1;
      while (k >= 0 && ++at[k] >= lists[k].length) at[k--] = 0;
      if (k < 0) return;
    }
  }
  yield* t.values();
}

// action/gates/modelcheck/initial-states.ts
function* initialStates(model, inModel, reuse = false) {
  const env = {
    v: [],
    s: new Uint32Array(model.words),
    p: [],
    l: new Array(model.slots + 4),
    load: () => void 0,
    has: () => false
  };
  const vars = model.vars;
  const n = vars.length;
  const constraints = model.constraints;
  for (const block of model.init) {
    const fails = vars.map(
      (v, vi) => (thrown) => evalFailure(thrown, block[vi].loc, `initial value of \`${v.name}\``)
    );
    const choices = vars.map((v, vi) => {
      const rule = block[vi];
      const fail = fails[vi];
      let base;
      try {
        if (rule.kind === "eq") {
          const one = [rule.fn(env)];
          base = () => one;
        } else if (rule.kind === "in") {
          const list2 = rule.fn(env);
          if (!Array.isArray(list2))
            throw new CelRuntimeError(`\`in\` must give a list, got a ${typeof list2}`);
          const items = list2;
          base = () => items;
        } else if (rule.kind === "each") {
          const fnType = v.type;
          const vals = fnType.dom.values().map((k) => {
            env.p = [k];
            return rule.fn(env);
          });
          const one = [new FnValue(fnType.dom, vals)];
          base = () => one;
        } else {
          const direct = typeChoice(v.type, v.offset);
          if (direct !== void 0 && rule.where === void 0) return direct;
          const onState = rule.whereOnState;
          if (direct !== void 0 && onState !== void 0) {
            const fenv = stateEnv(model, new Uint32Array(model.words));
            const accept = (state) => {
              fenv.s = state;
              fenv.v[vi] = void 0;
              let ok;
              try {
                ok = onState(fenv);
              } catch (thrown) {
                throw fail(thrown);
              }
              return ok === true;
            };
            return filteredChoice(direct, v.offset, v.type.bits, model.words, accept, vi > 0);
          }
          base = () => typeValues(v.type);
        }
      } catch (thrown) {
        throw fail(thrown);
      }
      const where = rule.kind === "in" || rule.kind === "all" ? rule.where : void 0;
      const cache = vi > 0;
      if (where === void 0)
        return valueChoice(() => base()[Symbol.iterator](), v.type, v.offset, cache);
      return valueChoice(
        function* filtered() {
          for (const x of base()) {
            env.p = [x];
            let ok;
            try {
              ok = where(env);
            } catch (thrown) {
              throw fail(thrown);
            }
            if (ok === true) yield x;
          }
        },
        v.type,
        v.offset,
        cache
      );
    });
    let empty = false;
    for (let k = 0; k < n; k++) if (!choices[k].first()) empty = true;
    if (empty) continue;
    const words = new Uint32Array(model.words);
    const writeFrom = (k) => {
      for (let vi = k; vi < n; vi++) {
        try {
          choices[vi].write(words);
        } catch (thrown) {
          throw fails[vi](thrown);
        }
      }
    };
    writeFrom(0);
    for (; ; ) {
      if (constraints.length === 0 || inModel(words)) yield reuse ? words : words.slice();
      let k = n - 1;
      for (; k >= 0; k--) {
        if (choices[k].next()) break;
        if (k > 0) choices[k].first();
      }
      if (k < 0) break;
      writeFrom(k);
    }
  }
}
function initialCountHint(model) {
  let total = 0;
  for (const block of model.init) {
    let n = 1;
    for (let vi = 0; vi < model.vars.length; vi++) {
      const rule = block[vi];
      if (rule.kind === "all" && rule.where === void 0) n *= model.vars[vi].type.size;
      else if (rule.kind !== "eq" && rule.kind !== "each") return 0;
    }
    total += n;
  }
  return total;
}

// action/gates/modelcheck/transitions.ts
var Transitions = class {
  constructor(model) {
    this.model = model;
    this.words = model.words;
    this.env = stateEnv(model, new Uint32Array(this.words));
    this.succ = new Uint32Array(this.words);
    this.cenv = stateEnv(model, this.env.s);
    this.constraintBits = constraintBits(model);
  }
  model;
  /** The environment of the current state (variables decoded on first use). */
  env;
  succ;
  words;
  // A second environment for state constraints on successors, so checking one does not
  // discard the decoded variables of the state being expanded.
  cenv;
  /** The initial states (packed), in a deterministic order, generated one at a time. */
  initialStates() {
    return initialStates(this.model, (words) => this.inModel(words));
  }
  /** Makes `words` the current state; variables are decoded on first use. */
  decode(words) {
    this.env.s = words;
    this.env.v.fill(void 0);
  }
  /** The decoded state as plain JSON, for traces. */
  stateJson(words) {
    const out = {};
    for (const v of this.model.vars) out[v.name] = toJson(v.type.read(words, v.offset));
    return out;
  }
  /**
   * Bit ranges (offset, width) of the variables the state constraints read, or undefined when
   * some constraint's reads are unknown.
   */
  constraintBits;
  /**
   * True when `words` satisfies every state constraint (TLC's CONSTRAINT). `parent`, when
   * given, is a state known to satisfy them (the state being expanded): a successor with the
   * same bits in every variable the constraints read gives the same answer without evaluating.
   */
  inModel(words, parent) {
    const ranges = this.constraintBits;
    if (parent !== void 0 && ranges !== void 0 && sameBits(words, parent, ranges))
      return true;
    this.cenv.s = words;
    this.cenv.v.fill(void 0);
    for (const c of this.model.constraints) {
      let ok;
      try {
        ok = c.fn(this.cenv);
      } catch (thrown) {
        throw evalFailure(thrown, c.loc, `state constraint \`${c.source}\``);
      }
      if (ok !== true) {
        if (ok !== false)
          throw new StepFailure("eval", `state constraint \`${c.source}\` is not a bool`, c.loc);
        return false;
      }
    }
    return true;
  }
  /** The `n`-th initial state (0-based), regenerated. */
  initialState(n) {
    let i = 0;
    for (const s of this.initialStates()) if (i++ === n) return s;
    throw new MaestroError("MC_INTERNAL_ERROR", "internal: initial state replay diverged");
  }
  /**
   * Enumerates the successors of `state` in a fixed order (actions in spec order, parameter
   * tuples in declaration order). Returns the number of enabled transitions. `onSucc` may return
   * true to stop early.
   */
  successors(state, onSucc, decoded = false) {
    if (!decoded) this.decode(state);
    this.interrupted = false;
    this.enabled = 0;
    for (const action of this.model.actions) {
      const tuples = action.tuples;
      if (tuples !== void 0) {
        const guardAt = action.guardAt;
        const guards = action.tupleGuards;
        if (guardAt !== void 0) {
          for (let t = 0; t < tuples.length; t++)
            if (this.fireAt(action, guardAt, t, tuples[t], state, onSucc)) return this.enabled;
        } else if (guards !== void 0) {
          for (let t = 0; t < tuples.length; t++)
            if (this.fire(action, guards[t], tuples[t], state, onSucc)) return this.enabled;
        } else
          for (let t = 0; t < tuples.length; t++)
            if (this.fire(action, action.guard, tuples[t], state, onSucc)) return this.enabled;
      } else if (this.lazyTuples(action, state, onSucc)) return this.enabled;
    }
    return this.enabled;
  }
  /** Number of transitions enabled so far in the current `successors` call. */
  enabled = 0;
  /** Set when `interrupt` stopped the current `successors` call. */
  interrupted = false;
  /** Asked every few thousand lazily enumerated tuples; true stops the expansion (a bound). */
  interrupt;
  /** {@link fire} with the guard of tuple `t` from the action's generated guard function. */
  fireAt(action, guardAt, t, tuple, state, onSucc) {
    const env = this.env;
    env.p = tuple;
    let g;
    try {
      g = guardAt(env, t);
    } catch (thrown) {
      throw evalFailure(thrown, action.loc, `guard of \`${action.name}\``);
    }
    if (!holds(g, action)) return false;
    return this.take(action, tuple, state, onSucc);
  }
  /** Takes one transition if its guard holds; true when `onSucc` asked to stop. */
  fire(action, guard, tuple, state, onSucc) {
    const env = this.env;
    env.p = tuple;
    if (guard !== void 0) {
      let g;
      try {
        g = guard(env);
      } catch (thrown) {
        throw evalFailure(thrown, action.loc, `guard of \`${action.name}\``);
      }
      if (!holds(g, action)) return false;
    }
    return this.take(action, tuple, state, onSucc);
  }
  /** Takes one enabled transition; true when `onSucc` asked to stop. */
  take(action, tuple, state, onSucc) {
    this.enabled++;
    const succ = this.succ;
    for (let w = 0; w < succ.length; w++) succ[w] = state[w];
    const updates = action.updates;
    try {
      for (let u = 0; u < updates.length; u++) this.apply(updates[u], action);
    } catch (thrown) {
      if (thrown instanceof StepFailure) thrown.step = { action, tuple };
      throw thrown;
    }
    return onSucc(succ, action, tuple) === true;
  }
  /**
   * Enumerates an action's parameter tuples one at a time (each parameter's list evaluated with
   * the earlier parameters bound), so a large product is never listed. True when stopped.
   */
  lazyTuples(action, state, onSucc) {
    const params = action.params;
    const n = params.length;
    const lists = new Array(n);
    const at = new Array(n).fill(0);
    const tuple = new Array(n);
    const list2 = (k) => {
      const p = params[k];
      if (p.constant !== void 0) return p.constant;
      this.env.p = tuple.slice(0, k);
      let value;
      try {
        value = p.fn(this.env);
      } catch (thrown) {
        throw evalFailure(thrown, p.loc, `parameter \`${p.name}\` of \`${action.name}\``);
      }
      const items = Array.isArray(value) ? value : value instanceof FnValue ? value.keys() : void 0;
      if (items === void 0) {
        throw new StepFailure(
          "eval",
          `parameter \`${p.name}\` of \`${action.name}\` did not evaluate to a list`,
          p.loc
        );
      }
      return items;
    };
    if (n === 0) return this.fire(action, action.guard, [], state, onSucc);
    const descend = (from) => {
      for (let k = from; k < n; k++) {
        const items = list2(k);
        if (items.length === 0) return k;
        lists[k] = items;
        at[k] = 0;
        tuple[k] = items[0];
      }
      return n;
    };
    let filled = descend(0);
    let count = 0;
    for (; ; ) {
      if (filled === n) {
        if (this.fire(action, action.guard, tuple.slice(), state, onSucc)) return true;
        if ((++count & 4095) === 0 && this.interrupt?.() === true) {
          this.interrupted = true;
          return true;
        }
      }
      let k = filled === n ? n - 1 : filled - 1;
      while (k >= 0 && at[k] + 1 >= lists[k].length) k--;
      if (k < 0) return false;
      at[k]++;
      tuple[k] = lists[k][at[k]];
      filled = descend(k + 1);
    }
  }
  apply(u, action) {
    const env = this.env;
    let off = this.model.vars[u.varIndex].offset;
    try {
      if (u.offset !== void 0) off = u.offset(env);
      else
        for (const step2 of u.steps) {
          if (step2.kind === "key") {
            const key = step2.fn(env);
            const rel = step2.container.entryOffset(key);
            if (rel < 0)
              throw new DomainError(
                `key ${JSON.stringify(toJson(key))} is not in the domain ${step2.container.dom.describe()}`
              );
            off += rel;
          } else {
            const c = step2.container;
            off += c.offsets[c.names.indexOf(step2.name)];
          }
        }
      const leaf = u.leaf;
      if (u.added !== void 0 && leaf instanceof SetType) {
        const added = u.added;
        for (let i = 0; i < added.length; i++) {
          const at = added[i](env);
          if (at < 0) {
            const bad = u.fn(env).find((x) => leaf.elem.indexOf(x) < 0);
            throw new DomainError(`${show(bad)} is not a possible element of ${leaf.describe()}`);
          }
          setBits(this.succ, off + at, 1, 1);
        }
        return;
      }
      const write = u.write;
      if (write === void 0) {
        leaf.write(u.fn(env), this.succ, off);
        return;
      }
      try {
        write(env, this.succ, off);
        return;
      } catch {
        leaf.write(u.fn(env), this.succ, off);
      }
    } catch (thrown) {
      throw evalFailure(thrown, u.loc, `action \`${action.name}\` updating \`${u.target}\``);
    }
    throw new MaestroError(
      "MC_INTERNAL_ERROR",
      `internal: the fast update of \`${u.target}\` failed where the general one did not`
    );
  }
};
function constraintBits(model) {
  const out = [];
  for (const c of model.constraints) {
    if (c.reads === void 0) return void 0;
    for (const i of c.reads) out.push(model.vars[i].offset, model.vars[i].type.bits);
  }
  return out;
}
function sameBits(a, b, ranges) {
  for (let r = 0; r < ranges.length; r += 2) {
    const off = ranges[r];
    const n = ranges[r + 1];
    for (let k = 0; k < n; k += 32) {
      const w = Math.min(32, n - k);
      if (getBits(a, off + k, w) !== getBits(b, off + k, w)) return false;
    }
  }
  return true;
}
function holds(g, action) {
  if (g === true) return true;
  if (g === false) return false;
  throw new StepFailure(
    "eval",
    `the guard of \`${action.name}\` evaluated to a non-bool value`,
    action.loc
  );
}

// action/gates/modelcheck/parallel-expand.ts
function seenIn(seen, lo, hi) {
  if (lo === 0 || hi === 0) return false;
  const { table, mask } = seen;
  let i = (lo ^ hi >>> 7) & mask;
  for (let n = 0; n <= mask; n++) {
    const at = i * 3;
    if (Atomics.load(table, at + 2) === 0) return false;
    if (table[at] === lo && table[at + 1] === hi) return true;
    i = i + 1 & mask;
  }
  return false;
}
var SliceSeen = class {
  lo = new Int32Array(1 << 12);
  hi = new Int32Array(1 << 12);
  stamp = new Int32Array(1 << 12);
  mask = (1 << 12) - 1;
  cur = 1;
  n = 0;
  /** Starts a new slice. */
  reset() {
    this.n = 0;
    if (++this.cur === 2147483647) {
      this.stamp.fill(0);
      this.cur = 1;
    }
  }
  /** Adds fingerprint `lo, hi`; false when the slice already holds it. */
  add(lo, hi) {
    const mask = this.mask;
    const cur = this.cur;
    let i = (lo ^ hi >>> 7) & mask;
    for (; ; ) {
      if (this.stamp[i] !== cur) break;
      if (this.lo[i] === lo && this.hi[i] === hi) return false;
      i = i + 1 & mask;
    }
    this.stamp[i] = cur;
    this.lo[i] = lo;
    this.hi[i] = hi;
    if (++this.n * 2 > mask + 1) this.grow();
    return true;
  }
  grow() {
    const { lo, hi, stamp, cur } = this;
    const size = (this.mask + 1) * 2;
    const mask = size - 1;
    this.lo = new Int32Array(size);
    this.hi = new Int32Array(size);
    this.stamp = new Int32Array(size);
    this.mask = mask;
    for (let j = 0; j < stamp.length; j++) {
      if (stamp[j] !== cur) continue;
      let i = (lo[j] ^ hi[j] >>> 7) & mask;
      while (this.stamp[i] === cur) i = i + 1 & mask;
      this.stamp[i] = cur;
      this.lo[i] = lo[j];
      this.hi[i] = hi[j];
    }
  }
};
function serialFailure(f, actionIndex) {
  return {
    kind: f.kind,
    message: f.message,
    location: f.location,
    ...f.step !== void 0 ? {
      step: {
        action: actionIndex.get(f.step.action) ?? -1,
        params: paramsOf(f.step.action, f.step.tuple)
      }
    } : {}
  };
}
var ChunkExpander = class extends Transitions {
  data = new Int32Array(1 << 12);
  length = 0;
  ordinal = 0;
  generated = 0;
  kept = 0;
  /** The state being expanded: a successor that keeps its constrained bits needs no check. */
  expanding = new Uint32Array(0);
  actionIndex = new Map(this.model.actions.map((a, i) => [a, i]));
  inSlice = new SliceSeen();
  onSucc = (succ) => {
    this.generated++;
    const ord = this.ordinal++;
    if (this.model.constraints.length > 0 && !this.inModel(succ, this.expanding)) return false;
    const W = this.words;
    fingerprint(succ, W);
    if (!this.inSlice.add(h1, h2)) return false;
    if (this.seen !== void 0 && seenIn(this.seen, h1, h2)) return false;
    this.reserve(3 + W);
    const d = this.data;
    let p = this.length;
    d[p++] = ord;
    d[p++] = h1;
    d[p++] = h2;
    for (let w = 0; w < W; w++) d[p++] = succ[w] | 0;
    this.length = p;
    this.kept++;
    return false;
  };
  /**
   * The main thread's fingerprint slots (shared, possibly an older copy): a successor found
   * there is counted but not recorded, as the main thread would drop it anyway.
   */
  seen;
  /** Called between states (the workers' heartbeat). */
  between;
  reserve(n) {
    if (this.length + n <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + n) size *= 2;
    const d = new Int32Array(size);
    d.set(this.data.subarray(0, this.length));
    this.data = d;
  }
  /**
   * Expands `count` packed states from `words` (`expand` false at the depth bound: invariants
   * only). The returned buffer is handed over: the next call starts a new one.
   */
  expandSlice(words, count, expand) {
    const W = this.words;
    const model = this.model;
    this.length = 0;
    this.inSlice.reset();
    const cur = new Uint32Array(W);
    let stop;
    let s = 0;
    for (; s < count; s++) {
      for (let w = 0, base = s * W; w < W; w++) cur[w] = words[base + w];
      this.reserve(2);
      const header = this.length;
      this.length += 2;
      this.kept = 0;
      this.generated = 0;
      stop = this.expandOne(cur, s, expand, model);
      this.data[header] = this.kept;
      this.data[header + 1] = this.generated;
      if (stop !== void 0) break;
      this.between?.();
    }
    const out = {
      data: this.data,
      length: this.length,
      states: stop !== void 0 ? s + 1 : count,
      ...stop !== void 0 ? { stop } : {}
    };
    this.data = this.spare ?? new Int32Array(Math.max(1 << 12, this.data.length));
    this.spare = void 0;
    this.length = 0;
    return out;
  }
  /** A buffer handed back by the main thread, used for the next slice (no allocation). */
  spare;
  /** Takes back a result buffer the main thread has consumed. */
  recycle(buffer) {
    if (buffer.length >= 1 << 12) this.spare = buffer;
  }
  expandOne(cur, index, expand, model) {
    this.decode(cur);
    for (let i = 0; i < model.invariants.length; i++) {
      const inv = model.invariants[i];
      for (let c = 0; c < inv.checks.length; c++) {
        let ok;
        try {
          ok = inv.checks[c].fn(this.env);
        } catch (thrown) {
          const f = evalFailure(thrown, inv.loc, `invariant ${inv.name}`);
          return { index, kind: "failure", failure: serialFailure(f, this.actionIndex) };
        }
        if (ok === true) continue;
        if (ok !== false) {
          const f = new StepFailure(
            "eval",
            `invariant ${inv.name} evaluated to a non-bool value`,
            inv.loc
          );
          return { index, kind: "failure", failure: serialFailure(f, this.actionIndex) };
        }
        return { index, kind: "invariant", invariant: i, check: c };
      }
    }
    if (!expand) return void 0;
    this.ordinal = 0;
    this.expanding = cur;
    let enabled;
    try {
      enabled = this.successors(cur, this.onSucc, true);
    } catch (thrown) {
      if (thrown instanceof StepFailure)
        return { index, kind: "failure", failure: serialFailure(thrown, this.actionIndex) };
      throw thrown;
    }
    if (this.interrupted) return { index, kind: "interrupted" };
    if (enabled === 0 && model.deadlock) return { index, kind: "deadlock" };
    return void 0;
  }
};

// action/gates/modelcheck/parallel-protocol.ts
init_define_MAESTRO_CODE_DIGESTS();
var CLAIM_SLOTS = 1 << 16;
var CLAIM_QUEUED = 0;
var CLAIM_WORKER = 1;
var CLAIM_MAIN = 2;

// action/gates/modelcheck/spec.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/schemas/precompiled/spec.js
init_define_MAESTRO_CODE_DIGESTS();
var __ns0 = __toESM(require_ucs2length(), 1);
function __cjs(ns) {
  const d = ns.default;
  return d !== null && typeof d === "object" && d.__esModule === true ? d : ns;
}
var __dep0 = __cjs(__ns0);
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://maestro-gate.dev/schemas/spec.schema.json", "title": "Maestro Gate model-check spec (specs/*.yaml)", "description": "A finite-state model checked exhaustively by breadth-first search: typed variables with finite domains, initial states, actions with CEL guards and updates, invariants, bounded response properties and bounds. See docs/model-checking.md.", "type": "object", "required": ["spec", "variables", "init", "actions"], "properties": { "spec": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.-]*$", "description": "Name of the spec, used in reports and cache keys." }, "title": { "type": "string" }, "description": { "type": "string" }, "critical": { "type": "boolean", "description": "A critical spec whose search hits a bound before exhausting the state space pauses for a human (gates.modelcheck.critical_bound_action) instead of passing with a warning." }, "constants": { "type": "object", "description": "Named constant values (ints, strings, bools, lists and maps of them). Referenced by name in types and expressions.", "additionalProperties": { "$ref": "#/$defs/constant" } }, "definitions": { "type": "object", "description": "Named definitions, TLA+'s `Op(a, b) == e`: keys `Name` or `Name(a, b)`, values CEL expressions, expanded where they are used (a definition may use earlier ones). `Name: lo..hi` over constants is the list of those ints. `mod(a, b)` (floored, as TLA+'s %) is built in; CEL's `%` truncates and is refused.", "propertyNames": { "pattern": "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$" }, "additionalProperties": { "$ref": "#/$defs/cel" } }, "variables": { "type": "object", "minProperties": 1, "description": "The state variables and their finite types.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/type" } }, "init": { "description": "The initial states: one assignment block, or a list of alternative blocks. Every variable must be assigned in every block.", "oneOf": [{ "$ref": "#/$defs/initBlock" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/initBlock" } }] }, "constraint": { "description": "State constraints (TLC's CONSTRAINT): a state where one is false is neither stored nor explored, but a state whose only successors fall outside them is not deadlocked. One CEL expression or a list (all must hold).", "oneOf": [{ "$ref": "#/$defs/cel" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/cel" } }] }, "actions": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/action" } }, "invariants": { "type": "array", "items": { "oneOf": [{ "$ref": "#/$defs/sharedInvariant" }, { "$ref": "#/$defs/inlineInvariant" }] } }, "deadlock": { "type": "boolean", "description": "Report a reachable state in which no action is enabled (default true, as in TLC)." }, "responses": { "type": "array", "description": "Bounded response properties: on every path, a state satisfying `when` is followed by a state satisfying `then` within `within` steps.", "items": { "$ref": "#/$defs/response" } }, "fairness": { "type": "array", "description": "Fairness of named actions (TLA+'s WF_vars / SF_vars), assumed when the temporal `properties` are checked. `weak`: an action continuously enabled is eventually taken; `strong`: an action enabled infinitely often is taken infinitely often. A list of names is one condition on their disjunction; `per` makes one condition per value of that parameter (each named action must have it).", "items": { "$ref": "#/$defs/fairness" } }, "properties": { "type": "array", "description": "Temporal properties checked over the whole state graph under `fairness`: `eventually: q` (<>q from every initial state) or `when: p` with `leads_to: q` (p ~> q). A violation is a lasso: a prefix and a loop, or stuttering.", "items": { "$ref": "#/$defs/temporal" } }, "bounds": { "type": "object", "properties": { "max_depth": { "type": "integer", "minimum": 1 }, "max_states": { "type": "integer", "minimum": 1 }, "time_seconds": { "type": "number", "exclusiveMinimum": 0 }, "workers": { "type": "integer", "minimum": 1, "maximum": 16, "description": "Threads expanding the breadth-first search, the main thread included (as TLC's -workers; default 1, or gates.modelcheck.workers). Counts and counterexamples are the same with any number; specs with responses or temporal properties run with one." } }, "additionalProperties": false } }, "additionalProperties": false, "$defs": { "name": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "cel": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A CEL expression." }, "constant": { "oneOf": [{ "type": "integer" }, { "type": "string" }, { "type": "boolean" }, { "type": "array", "items": { "$ref": "#/$defs/constant" } }, { "type": "object", "additionalProperties": { "$ref": "#/$defs/constant" } }] }, "bound": { "description": "An integer, the name of an integer constant, or an int expression over constants (`N - 1`).", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }] }, "type": { "description": "A finite type.", "oneOf": [{ "const": "bool" }, { "type": "object", "required": ["int"], "properties": { "int": { "type": "array", "prefixItems": [{ "$ref": "#/$defs/bound" }, { "$ref": "#/$defs/bound" }], "minItems": 2, "maxItems": 2 } }, "additionalProperties": false }, { "type": "object", "required": ["enum"], "properties": { "enum": { "description": "A list of strings, or the name of a constant that is one.", "oneOf": [{ "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, { "$ref": "#/$defs/name" }] } }, "additionalProperties": false }, { "type": "object", "required": ["record"], "properties": { "record": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }, { "type": "object", "required": ["set"], "properties": { "set": { "$ref": "#/$defs/type" } }, "additionalProperties": false }, { "type": "object", "required": ["function"], "properties": { "function": { "type": "object", "required": ["from", "to"], "properties": { "from": { "$ref": "#/$defs/type" }, "to": { "$ref": "#/$defs/type" } }, "additionalProperties": false } }, "additionalProperties": false }, { "type": "object", "required": ["seq", "max_length"], "properties": { "seq": { "$ref": "#/$defs/type" }, "max_length": { "$ref": "#/$defs/bound" } }, "additionalProperties": false }, { "type": "object", "required": ["union"], "properties": { "union": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }] }, "initBlock": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "description": "`<cel>`: the value; `{in: <cel> | lo..hi, where?}`: any element of a list or range; `{any: true, where?}` or `{where}`: any value of the variable's type (TLA+'s `x \\in [S -> T]`, `{c \\in Can : P(c)}`), the variable's name bound to the candidate in `where`; `{each: <cel>}`: a function mapping every key (bound as `key`) to the value.", "oneOf": [{ "$ref": "#/$defs/cel" }, { "type": "object", "required": ["in"], "properties": { "in": { "$ref": "#/$defs/cel" }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["any"], "properties": { "any": { "const": true }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["where"], "properties": { "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "$ref": "#/$defs/each" }] } }, "action": { "type": "object", "required": ["name"], "properties": { "name": { "$ref": "#/$defs/name" }, "description": { "type": "string" }, "params": { "type": "object", "description": "Parameters, each ranging over the list a CEL expression yields (constants or state; earlier parameters may be used), or an integer range `lo..hi` whose bounds are int expressions.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } }, "guard": { "$ref": "#/$defs/cel" }, "updates": { "type": "object", "description": "Targets (`var`, `var[key]`, `var.field`, `var[k1].f`, keys computed from state and parameters) and their new values; variables not updated keep their value.", "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } } }, "additionalProperties": false }, "sharedInvariant": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "minLength": 1 }, "bind": { "type": "object", "description": "Names the invariant's expressions use, bound to CEL over the spec's state.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } } }, "additionalProperties": false }, "inlineInvariant": { "type": "object", "required": ["name", "expr"], "properties": { "name": { "type": "string", "minLength": 1 }, "expr": { "$ref": "#/$defs/cel" }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "message": { "type": "string" } }, "additionalProperties": false }, "response": { "type": "object", "required": ["name", "when", "then", "within"], "properties": { "name": { "type": "string", "minLength": 1 }, "when": { "$ref": "#/$defs/cel" }, "then": { "$ref": "#/$defs/cel" }, "within": { "type": "integer", "minimum": 0, "maximum": 1e4 }, "severity": { "enum": ["critical", "high", "medium", "low"] } }, "additionalProperties": false }, "each": { "description": "`{each: <cel>}`: a function value, every key of the domain (bound as `key`) mapping to the expression; the expression may itself be `{each: ...}` for a function of functions.", "type": "object", "required": ["each"], "properties": { "each": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } }, "additionalProperties": false }, "fairness": { "type": "object", "minProperties": 1, "properties": { "weak": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "strong": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "per": { "$ref": "#/$defs/name" } }, "additionalProperties": false }, "temporal": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "eventually": { "$ref": "#/$defs/cel" }, "when": { "$ref": "#/$defs/cel" }, "leads_to": { "$ref": "#/$defs/cel" }, "params": { "type": "object", "description": "One property per combination of these constant lists or ranges (`p: 1..N`), as TLA+'s \\A p \\in S : ...", "additionalProperties": { "type": "string", "minLength": 1 } } }, "additionalProperties": false } } };
var schema33 = { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A CEL expression." };
var schema34 = { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" };
var func1 = Object.prototype.hasOwnProperty;
var func2 = __dep0.default;
var pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9_.-]*$", "u");
var pattern5 = new RegExp("^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$", "u");
var pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var schema32 = { "oneOf": [{ "type": "integer" }, { "type": "string" }, { "type": "boolean" }, { "type": "array", "items": { "$ref": "#/$defs/constant" } }, { "type": "object", "additionalProperties": { "$ref": "#/$defs/constant" } }] };
var wrapper0 = { validate: validate21 };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.oneOf[0].type, parentSchema: schema32.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs3 = errors;
  if (typeof data !== "string") {
    const err1 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.oneOf[1].type, parentSchema: schema32.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
    }
    const _errs5 = errors;
    if (typeof data !== "boolean") {
      const err2 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema32.oneOf[2].type, parentSchema: schema32.oneOf[2], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    var _valid0 = _errs5 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
      }
      const _errs7 = errors;
      if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!wrapper0.validate(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err3 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.oneOf[3].type, parentSchema: schema32.oneOf[3], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          var items1 = true;
        }
        const _errs10 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          for (const key0 in data) {
            if (!wrapper0.validate(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err4 = { instancePath, schemaPath: "#/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.oneOf[4].type, parentSchema: schema32.oneOf[4], data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        var _valid0 = _errs10 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            var props2 = true;
          }
        }
      }
    }
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema32.oneOf, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate21.errors = vErrors;
  evaluated0.props = props2;
  evaluated0.items = items1;
  return errors === 0;
}
validate21.evaluated = { "dynamicProps": true, "dynamicItems": true };
var schema35 = { "description": "A finite type.", "oneOf": [{ "const": "bool" }, { "type": "object", "required": ["int"], "properties": { "int": { "type": "array", "prefixItems": [{ "$ref": "#/$defs/bound" }, { "$ref": "#/$defs/bound" }], "minItems": 2, "maxItems": 2 } }, "additionalProperties": false }, { "type": "object", "required": ["enum"], "properties": { "enum": { "description": "A list of strings, or the name of a constant that is one.", "oneOf": [{ "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string" } }, { "$ref": "#/$defs/name" }] } }, "additionalProperties": false }, { "type": "object", "required": ["record"], "properties": { "record": { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }, { "type": "object", "required": ["set"], "properties": { "set": { "$ref": "#/$defs/type" } }, "additionalProperties": false }, { "type": "object", "required": ["function"], "properties": { "function": { "type": "object", "required": ["from", "to"], "properties": { "from": { "$ref": "#/$defs/type" }, "to": { "$ref": "#/$defs/type" } }, "additionalProperties": false } }, "additionalProperties": false }, { "type": "object", "required": ["seq", "max_length"], "properties": { "seq": { "$ref": "#/$defs/type" }, "max_length": { "$ref": "#/$defs/bound" } }, "additionalProperties": false }, { "type": "object", "required": ["union"], "properties": { "union": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/type" } } }, "additionalProperties": false }] };
var schema36 = { "description": "An integer, the name of an integer constant, or an int expression over constants (`N - 1`).", "oneOf": [{ "type": "integer" }, { "type": "string", "minLength": 1 }] };
var wrapper2 = { validate: validate23 };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs1 = errors;
  if ("bool" !== data) {
    const err0 = { instancePath, schemaPath: "#/oneOf/0/const", keyword: "const", params: { allowedValue: "bool" }, message: "must be equal to constant", schema: "bool", parentSchema: schema35.oneOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
  }
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.int === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "int" }, message: "must have required property 'int'", schema: schema35.oneOf[1].required, parentSchema: schema35.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "int")) {
        const err2 = { instancePath, schemaPath: "#/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.int !== void 0) {
      let data0 = data.int;
      if (Array.isArray(data0)) {
        if (data0.length > 2) {
          const err3 = { instancePath: instancePath + "/int", schemaPath: "#/oneOf/1/properties/int/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema35.oneOf[1].properties.int, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0.length < 2) {
          const err4 = { instancePath: instancePath + "/int", schemaPath: "#/oneOf/1/properties/int/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema35.oneOf[1].properties.int, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        if (len0 > 0) {
          let data1 = data0[0];
          const _errs9 = errors;
          let valid4 = false;
          let passing1 = null;
          const _errs10 = errors;
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err5 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[0].type, parentSchema: schema36.oneOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var _valid1 = _errs10 === errors;
          if (_valid1) {
            valid4 = true;
            passing1 = 0;
          }
          const _errs12 = errors;
          if (typeof data1 === "string") {
            if (func2(data1) < 1) {
              const err6 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.oneOf[1], data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.oneOf[1].type, parentSchema: schema36.oneOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid1 = _errs12 === errors;
          if (_valid1 && valid4) {
            valid4 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid4 = true;
              passing1 = 1;
            }
          }
          if (!valid4) {
            const err8 = { instancePath: instancePath + "/int/0", schemaPath: "#/$defs/bound/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema36.oneOf, parentSchema: schema36, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (len0 > 1) {
          let data2 = data0[1];
          const _errs16 = errors;
          let valid6 = false;
          let passing2 = null;
          const _errs17 = errors;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err9 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[0].type, parentSchema: schema36.oneOf[0], data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid2 = _errs17 === errors;
          if (_valid2) {
            valid6 = true;
            passing2 = 0;
          }
          const _errs19 = errors;
          if (typeof data2 === "string") {
            if (func2(data2) < 1) {
              const err10 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.oneOf[1], data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.oneOf[1].type, parentSchema: schema36.oneOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var _valid2 = _errs19 === errors;
          if (_valid2 && valid6) {
            valid6 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid6 = true;
              passing2 = 1;
            }
          }
          if (!valid6) {
            const err12 = { instancePath: instancePath + "/int/1", schemaPath: "#/$defs/bound/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema36.oneOf, parentSchema: schema36, data: data2 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            errors = _errs16;
            if (vErrors !== null) {
              if (_errs16) {
                vErrors.length = _errs16;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/int", schemaPath: "#/oneOf/1/properties/int/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.oneOf[1].properties.int.type, parentSchema: schema35.oneOf[1].properties.int, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[1].type, parentSchema: schema35.oneOf[1], data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      var props0 = true;
    }
    const _errs21 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.enum === void 0) {
        const err15 = { instancePath, schemaPath: "#/oneOf/2/required", keyword: "required", params: { missingProperty: "enum" }, message: "must have required property 'enum'", schema: schema35.oneOf[2].required, parentSchema: schema35.oneOf[2], data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      for (const key1 in data) {
        if (!(key1 === "enum")) {
          const err16 = { instancePath, schemaPath: "#/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[2], data };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.enum !== void 0) {
        let data3 = data.enum;
        const _errs25 = errors;
        let valid8 = false;
        let passing3 = null;
        const _errs26 = errors;
        if (Array.isArray(data3)) {
          if (data3.length < 1) {
            const err17 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf/0/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0], data: data3 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          const len1 = data3.length;
          for (let i0 = 0; i0 < len1; i0++) {
            let data4 = data3[i0];
            if (typeof data4 !== "string") {
              const err18 = { instancePath: instancePath + "/enum/" + i0, schemaPath: "#/oneOf/2/properties/enum/oneOf/0/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.oneOf[2].properties.enum.oneOf[0].items.type, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0].items, data: data4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          let i1 = data3.length;
          let j0;
          if (i1 > 1) {
            const indices0 = {};
            for (; i1--; ) {
              let item0 = data3[i1];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j0 = indices0[item0];
                const err19 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf/0/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0], data: data3 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
                break;
              }
              indices0[item0] = i1;
            }
          }
        } else {
          const err20 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.oneOf[2].properties.enum.oneOf[0].type, parentSchema: schema35.oneOf[2].properties.enum.oneOf[0], data: data3 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        var _valid3 = _errs26 === errors;
        if (_valid3) {
          valid8 = true;
          passing3 = 0;
        }
        const _errs30 = errors;
        if (typeof data3 === "string") {
          if (!pattern6.test(data3)) {
            const err21 = { instancePath: instancePath + "/enum", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data3 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        } else {
          const err22 = { instancePath: instancePath + "/enum", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        var _valid3 = _errs30 === errors;
        if (_valid3 && valid8) {
          valid8 = false;
          passing3 = [passing3, 1];
        } else {
          if (_valid3) {
            valid8 = true;
            passing3 = 1;
          }
        }
        if (!valid8) {
          const err23 = { instancePath: instancePath + "/enum", schemaPath: "#/oneOf/2/properties/enum/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema35.oneOf[2].properties.enum.oneOf, parentSchema: schema35.oneOf[2].properties.enum, data: data3 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        } else {
          errors = _errs25;
          if (vErrors !== null) {
            if (_errs25) {
              vErrors.length = _errs25;
            } else {
              vErrors = null;
            }
          }
        }
      }
    } else {
      const err24 = { instancePath, schemaPath: "#/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[2].type, parentSchema: schema35.oneOf[2], data };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    var _valid0 = _errs21 === errors;
    if (_valid0 && valid0) {
      valid0 = false;
      passing0 = [passing0, 2];
    } else {
      if (_valid0) {
        valid0 = true;
        passing0 = 2;
        if (props0 !== true) {
          props0 = true;
        }
      }
      const _errs33 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.record === void 0) {
          const err25 = { instancePath, schemaPath: "#/oneOf/3/required", keyword: "required", params: { missingProperty: "record" }, message: "must have required property 'record'", schema: schema35.oneOf[3].required, parentSchema: schema35.oneOf[3], data };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key2 in data) {
          if (!(key2 === "record")) {
            const err26 = { instancePath, schemaPath: "#/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[3], data };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data.record !== void 0) {
          let data5 = data.record;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (Object.keys(data5).length < 1) {
              const err27 = { instancePath: instancePath + "/record", schemaPath: "#/oneOf/3/properties/record/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema35.oneOf[3].properties.record, data: data5 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            for (const key3 in data5) {
              const _errs38 = errors;
              if (typeof key3 === "string") {
                if (!pattern6.test(key3)) {
                  const err28 = { instancePath: instancePath + "/record", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key3, propertyName: key3 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/record", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key3, propertyName: key3 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              var valid14 = _errs38 === errors;
              if (!valid14) {
                const err30 = { instancePath: instancePath + "/record", schemaPath: "#/oneOf/3/properties/record/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema35.oneOf[3].properties.record.propertyNames, parentSchema: schema35.oneOf[3].properties.record, data: data5 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            for (const key4 in data5) {
              if (!wrapper2.validate(data5[key4], { instancePath: instancePath + "/record/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key4, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err31 = { instancePath: instancePath + "/record", schemaPath: "#/oneOf/3/properties/record/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[3].properties.record.type, parentSchema: schema35.oneOf[3].properties.record, data: data5 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath, schemaPath: "#/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[3].type, parentSchema: schema35.oneOf[3], data };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid0 = _errs33 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 3];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 3;
          if (props0 !== true) {
            props0 = true;
          }
        }
        const _errs43 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          if (data.set === void 0) {
            const err33 = { instancePath, schemaPath: "#/oneOf/4/required", keyword: "required", params: { missingProperty: "set" }, message: "must have required property 'set'", schema: schema35.oneOf[4].required, parentSchema: schema35.oneOf[4], data };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          for (const key5 in data) {
            if (!(key5 === "set")) {
              const err34 = { instancePath, schemaPath: "#/oneOf/4/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[4], data };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          if (data.set !== void 0) {
            if (!wrapper2.validate(data.set, { instancePath: instancePath + "/set", parentData: data, parentDataProperty: "set", rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err35 = { instancePath, schemaPath: "#/oneOf/4/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[4].type, parentSchema: schema35.oneOf[4], data };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        var _valid0 = _errs43 === errors;
        if (_valid0 && valid0) {
          valid0 = false;
          passing0 = [passing0, 4];
        } else {
          if (_valid0) {
            valid0 = true;
            passing0 = 4;
            if (props0 !== true) {
              props0 = true;
            }
          }
          const _errs47 = errors;
          if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.function === void 0) {
              const err36 = { instancePath, schemaPath: "#/oneOf/5/required", keyword: "required", params: { missingProperty: "function" }, message: "must have required property 'function'", schema: schema35.oneOf[5].required, parentSchema: schema35.oneOf[5], data };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            for (const key6 in data) {
              if (!(key6 === "function")) {
                const err37 = { instancePath, schemaPath: "#/oneOf/5/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[5], data };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data.function !== void 0) {
              let data8 = data.function;
              if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                if (data8.from === void 0) {
                  const err38 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'", schema: schema35.oneOf[5].properties.function.required, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
                if (data8.to === void 0) {
                  const err39 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'", schema: schema35.oneOf[5].properties.function.required, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                for (const key7 in data8) {
                  if (!(key7 === "from" || key7 === "to")) {
                    const err40 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
                if (data8.from !== void 0) {
                  if (!wrapper2.validate(data8.from, { instancePath: instancePath + "/function/from", parentData: data8, parentDataProperty: "from", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                    errors = vErrors.length;
                  }
                }
                if (data8.to !== void 0) {
                  if (!wrapper2.validate(data8.to, { instancePath: instancePath + "/function/to", parentData: data8, parentDataProperty: "to", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/function", schemaPath: "#/oneOf/5/properties/function/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[5].properties.function.type, parentSchema: schema35.oneOf[5].properties.function, data: data8 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          } else {
            const err42 = { instancePath, schemaPath: "#/oneOf/5/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[5].type, parentSchema: schema35.oneOf[5], data };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          var _valid0 = _errs47 === errors;
          if (_valid0 && valid0) {
            valid0 = false;
            passing0 = [passing0, 5];
          } else {
            if (_valid0) {
              valid0 = true;
              passing0 = 5;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs55 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
              if (data.seq === void 0) {
                const err43 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: "seq" }, message: "must have required property 'seq'", schema: schema35.oneOf[6].required, parentSchema: schema35.oneOf[6], data };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
              if (data.max_length === void 0) {
                const err44 = { instancePath, schemaPath: "#/oneOf/6/required", keyword: "required", params: { missingProperty: "max_length" }, message: "must have required property 'max_length'", schema: schema35.oneOf[6].required, parentSchema: schema35.oneOf[6], data };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              for (const key8 in data) {
                if (!(key8 === "seq" || key8 === "max_length")) {
                  const err45 = { instancePath, schemaPath: "#/oneOf/6/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[6], data };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
              if (data.seq !== void 0) {
                if (!wrapper2.validate(data.seq, { instancePath: instancePath + "/seq", parentData: data, parentDataProperty: "seq", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                  errors = vErrors.length;
                }
              }
              if (data.max_length !== void 0) {
                let data12 = data.max_length;
                const _errs61 = errors;
                let valid22 = false;
                let passing4 = null;
                const _errs62 = errors;
                if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                  const err46 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema36.oneOf[0].type, parentSchema: schema36.oneOf[0], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                var _valid4 = _errs62 === errors;
                if (_valid4) {
                  valid22 = true;
                  passing4 = 0;
                }
                const _errs64 = errors;
                if (typeof data12 === "string") {
                  if (func2(data12) < 1) {
                    const err47 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf/1/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema36.oneOf[1], data: data12 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                } else {
                  const err48 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.oneOf[1].type, parentSchema: schema36.oneOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
                var _valid4 = _errs64 === errors;
                if (_valid4 && valid22) {
                  valid22 = false;
                  passing4 = [passing4, 1];
                } else {
                  if (_valid4) {
                    valid22 = true;
                    passing4 = 1;
                  }
                }
                if (!valid22) {
                  const err49 = { instancePath: instancePath + "/max_length", schemaPath: "#/$defs/bound/oneOf", keyword: "oneOf", params: { passingSchemas: passing4 }, message: "must match exactly one schema in oneOf", schema: schema36.oneOf, parentSchema: schema36, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                } else {
                  errors = _errs61;
                  if (vErrors !== null) {
                    if (_errs61) {
                      vErrors.length = _errs61;
                    } else {
                      vErrors = null;
                    }
                  }
                }
              }
            } else {
              const err50 = { instancePath, schemaPath: "#/oneOf/6/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[6].type, parentSchema: schema35.oneOf[6], data };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            var _valid0 = _errs55 === errors;
            if (_valid0 && valid0) {
              valid0 = false;
              passing0 = [passing0, 6];
            } else {
              if (_valid0) {
                valid0 = true;
                passing0 = 6;
                if (props0 !== true) {
                  props0 = true;
                }
              }
              const _errs66 = errors;
              if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.union === void 0) {
                  const err51 = { instancePath, schemaPath: "#/oneOf/7/required", keyword: "required", params: { missingProperty: "union" }, message: "must have required property 'union'", schema: schema35.oneOf[7].required, parentSchema: schema35.oneOf[7], data };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                for (const key9 in data) {
                  if (!(key9 === "union")) {
                    const err52 = { instancePath, schemaPath: "#/oneOf/7/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.oneOf[7], data };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data.union !== void 0) {
                  let data13 = data.union;
                  if (Array.isArray(data13)) {
                    if (data13.length < 1) {
                      const err53 = { instancePath: instancePath + "/union", schemaPath: "#/oneOf/7/properties/union/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema35.oneOf[7].properties.union, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                    const len2 = data13.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (!wrapper2.validate(data13[i2], { instancePath: instancePath + "/union/" + i2, parentData: data13, parentDataProperty: i2, rootData, dynamicAnchors })) {
                        vErrors = vErrors === null ? wrapper2.validate.errors : vErrors.concat(wrapper2.validate.errors);
                        errors = vErrors.length;
                      }
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/union", schemaPath: "#/oneOf/7/properties/union/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.oneOf[7].properties.union.type, parentSchema: schema35.oneOf[7].properties.union, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath, schemaPath: "#/oneOf/7/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.oneOf[7].type, parentSchema: schema35.oneOf[7], data };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var _valid0 = _errs66 === errors;
              if (_valid0 && valid0) {
                valid0 = false;
                passing0 = [passing0, 7];
              } else {
                if (_valid0) {
                  valid0 = true;
                  passing0 = 7;
                  if (props0 !== true) {
                    props0 = true;
                  }
                }
              }
            }
          }
        }
      }
    }
  }
  if (!valid0) {
    const err56 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema35.oneOf, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate23.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate23.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema41 = { "type": "object", "minProperties": 1, "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "description": "`<cel>`: the value; `{in: <cel> | lo..hi, where?}`: any element of a list or range; `{any: true, where?}` or `{where}`: any value of the variable's type (TLA+'s `x \\in [S -> T]`, `{c \\in Can : P(c)}`), the variable's name bound to the candidate in `where`; `{each: <cel>}`: a function mapping every key (bound as `key`) to the value.", "oneOf": [{ "$ref": "#/$defs/cel" }, { "type": "object", "required": ["in"], "properties": { "in": { "$ref": "#/$defs/cel" }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["any"], "properties": { "any": { "const": true }, "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "type": "object", "required": ["where"], "properties": { "where": { "$ref": "#/$defs/cel" } }, "additionalProperties": false }, { "$ref": "#/$defs/each" }] } };
var schema48 = { "description": "`{each: <cel>}`: a function value, every key of the domain (bound as `key`) mapping to the expression; the expression may itself be `{each: ...}` for a function of functions.", "type": "object", "required": ["each"], "properties": { "each": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } }, "additionalProperties": false };
var wrapper8 = { validate: validate26 };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.each === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "each" }, message: "must have required property 'each'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "each")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.each !== void 0) {
      let data0 = data.each;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) > 4096) {
          const err2 = { instancePath: instancePath + "/each", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/each", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/each", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (!wrapper8.validate(data0, { instancePath: instancePath + "/each", parentData: data, parentDataProperty: "each", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? wrapper8.validate.errors : vErrors.concat(wrapper8.validate.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err5 = { instancePath: instancePath + "/each", schemaPath: "#/properties/each/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema48.properties.each.oneOf, parentSchema: schema48.properties.each, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (!pattern6.test(key0)) {
          const err1 = { instancePath, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema41.propertyNames, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      const _errs6 = errors;
      let valid3 = false;
      let passing0 = null;
      const _errs7 = errors;
      if (typeof data0 === "string") {
        if (func2(data0) > 4096) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0) {
        valid3 = true;
        passing0 = 0;
      }
      const _errs10 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.in === void 0) {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/required", keyword: "required", params: { missingProperty: "in" }, message: "must have required property 'in'", schema: schema41.additionalProperties.oneOf[1].required, parentSchema: schema41.additionalProperties.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key2 in data0) {
          if (!(key2 === "in" || key2 === "where")) {
            const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.additionalProperties.oneOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.in !== void 0) {
          let data1 = data0.in;
          if (typeof data1 === "string") {
            if (func2(data1) > 4096) {
              const err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func2(data1) < 1) {
              const err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/in", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.where !== void 0) {
          let data2 = data0.where;
          if (typeof data2 === "string") {
            if (func2(data2) > 4096) {
              const err12 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err13 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.additionalProperties.oneOf[1].type, parentSchema: schema41.additionalProperties.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      if (_valid0 && valid3) {
        valid3 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid3 = true;
          passing0 = 1;
          var props0 = true;
        }
        const _errs19 = errors;
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
          if (data0.any === void 0) {
            const err16 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/2/required", keyword: "required", params: { missingProperty: "any" }, message: "must have required property 'any'", schema: schema41.additionalProperties.oneOf[2].required, parentSchema: schema41.additionalProperties.oneOf[2], data: data0 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          for (const key3 in data0) {
            if (!(key3 === "any" || key3 === "where")) {
              const err17 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/2/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.additionalProperties.oneOf[2], data: data0 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          if (data0.any !== void 0) {
            let data3 = data0.any;
            if (true !== data3) {
              const err18 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/any", schemaPath: "#/additionalProperties/oneOf/2/properties/any/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant", schema: true, parentSchema: schema41.additionalProperties.oneOf[2].properties.any, data: data3 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          if (data0.where !== void 0) {
            let data4 = data0.where;
            if (typeof data4 === "string") {
              if (func2(data4) > 4096) {
                const err19 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data4 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
              if (func2(data4) < 1) {
                const err20 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            } else {
              const err21 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        } else {
          const err22 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.additionalProperties.oneOf[2].type, parentSchema: schema41.additionalProperties.oneOf[2], data: data0 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        var _valid0 = _errs19 === errors;
        if (_valid0 && valid3) {
          valid3 = false;
          passing0 = [passing0, 2];
        } else {
          if (_valid0) {
            valid3 = true;
            passing0 = 2;
            if (props0 !== true) {
              props0 = true;
            }
          }
          const _errs26 = errors;
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.where === void 0) {
              const err23 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/3/required", keyword: "required", params: { missingProperty: "where" }, message: "must have required property 'where'", schema: schema41.additionalProperties.oneOf[3].required, parentSchema: schema41.additionalProperties.oneOf[3], data: data0 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key4 in data0) {
              if (!(key4 === "where")) {
                const err24 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/3/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41.additionalProperties.oneOf[3], data: data0 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data0.where !== void 0) {
              let data5 = data0.where;
              if (typeof data5 === "string") {
                if (func2(data5) > 4096) {
                  const err25 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (func2(data5) < 1) {
                  const err26 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/where", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data5 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf/3/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.additionalProperties.oneOf[3].type, parentSchema: schema41.additionalProperties.oneOf[3], data: data0 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var _valid0 = _errs26 === errors;
          if (_valid0 && valid3) {
            valid3 = false;
            passing0 = [passing0, 3];
          } else {
            if (_valid0) {
              valid3 = true;
              passing0 = 3;
              if (props0 !== true) {
                props0 = true;
              }
            }
            const _errs32 = errors;
            if (!validate26(data0, { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
              vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
              errors = vErrors.length;
            }
            var _valid0 = _errs32 === errors;
            if (_valid0 && valid3) {
              valid3 = false;
              passing0 = [passing0, 4];
            } else {
              if (_valid0) {
                valid3 = true;
                passing0 = 4;
                if (props0 !== true) {
                  props0 = true;
                }
              }
            }
          }
        }
      }
      if (!valid3) {
        const err29 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema41.additionalProperties.oneOf, parentSchema: schema41.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema52 = { "type": "object", "required": ["name"], "properties": { "name": { "$ref": "#/$defs/name" }, "description": { "type": "string" }, "params": { "type": "object", "description": "Parameters, each ranging over the list a CEL expression yields (constants or state; earlier parameters may be used), or an integer range `lo..hi` whose bounds are int expressions.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } }, "guard": { "$ref": "#/$defs/cel" }, "updates": { "type": "object", "description": "Targets (`var`, `var[key]`, `var.field`, `var[k1].f`, keys computed from state and parameters) and their new values; variables not updated keep their value.", "additionalProperties": { "oneOf": [{ "$ref": "#/$defs/cel" }, { "$ref": "#/$defs/each" }] } } }, "additionalProperties": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "description" || key0 === "params" || key0 === "guard" || key0 === "updates")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.description.type, parentSchema: schema52.properties.description, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data2 = data.params;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err5 = { instancePath: instancePath + "/params", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/params", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          var valid2 = _errs9 === errors;
          if (!valid2) {
            const err7 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema52.properties.params.propertyNames, parentSchema: schema52.properties.params, data: data2 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (typeof data3 === "string") {
            if (func2(data3) > 4096) {
              const err8 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err9 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.params.type, parentSchema: schema52.properties.params, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.guard !== void 0) {
      let data4 = data.guard;
      if (typeof data4 === "string") {
        if (func2(data4) > 4096) {
          const err12 = { instancePath: instancePath + "/guard", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err13 = { instancePath: instancePath + "/guard", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/guard", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.updates !== void 0) {
      let data5 = data.updates;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key3 in data5) {
          let data6 = data5[key3];
          const _errs23 = errors;
          let valid8 = false;
          let passing0 = null;
          const _errs24 = errors;
          if (typeof data6 === "string") {
            if (func2(data6) > 4096) {
              const err15 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data6 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func2(data6) < 1) {
              const err16 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data6 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var _valid0 = _errs24 === errors;
          if (_valid0) {
            valid8 = true;
            passing0 = 0;
          }
          const _errs27 = errors;
          if (!validate26(data6, { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
          var _valid0 = _errs27 === errors;
          if (_valid0 && valid8) {
            valid8 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid8 = true;
              passing0 = 1;
            }
          }
          if (!valid8) {
            const err18 = { instancePath: instancePath + "/updates/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/updates/additionalProperties/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema52.properties.updates.additionalProperties.oneOf, parentSchema: schema52.properties.updates.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          } else {
            errors = _errs23;
            if (vErrors !== null) {
              if (_errs23) {
                vErrors.length = _errs23;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/updates", schemaPath: "#/properties/updates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.updates.type, parentSchema: schema52.properties.updates, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema58 = { "type": "object", "required": ["id"], "properties": { "id": { "type": "string", "minLength": 1 }, "bind": { "type": "object", "description": "Names the invariant's expressions use, bound to CEL over the spec's state.", "propertyNames": { "$ref": "#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/cel" } } }, "additionalProperties": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "bind")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema58.properties.id, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.id.type, parentSchema: schema58.properties.id, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.bind !== void 0) {
      let data1 = data.bind;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          const _errs6 = errors;
          if (typeof key1 === "string") {
            if (!pattern6.test(key1)) {
              const err4 = { instancePath: instancePath + "/bind", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/bind", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var valid1 = _errs6 === errors;
          if (!valid1) {
            const err6 = { instancePath: instancePath + "/bind", schemaPath: "#/properties/bind/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema58.properties.bind.propertyNames, parentSchema: schema58.properties.bind, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2];
          if (typeof data2 === "string") {
            if (func2(data2) > 4096) {
              const err7 = { instancePath: instancePath + "/bind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err8 = { instancePath: instancePath + "/bind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/bind/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/bind", schemaPath: "#/properties/bind/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.properties.bind.type, parentSchema: schema58.properties.bind, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema61 = { "type": "object", "required": ["name", "expr"], "properties": { "name": { "type": "string", "minLength": 1 }, "expr": { "$ref": "#/$defs/cel" }, "severity": { "enum": ["critical", "high", "medium", "low"] }, "message": { "type": "string" } }, "additionalProperties": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.expr === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expr" }, message: "must have required property 'expr'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "expr" || key0 === "severity" || key0 === "message")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema61.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.name.type, parentSchema: schema61.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.expr !== void 0) {
      let data1 = data.expr;
      if (typeof data1 === "string") {
        if (func2(data1) > 4096) {
          const err5 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/expr", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data2 = data.severity;
      if (!(data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low")) {
        const err8 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema61.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.severity.enum, parentSchema: schema61.properties.severity, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data3 = data.message;
      if (typeof data3 !== "string") {
        const err9 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.message.type, parentSchema: schema61.properties.message, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema63 = { "type": "object", "required": ["name", "when", "then", "within"], "properties": { "name": { "type": "string", "minLength": 1 }, "when": { "$ref": "#/$defs/cel" }, "then": { "$ref": "#/$defs/cel" }, "within": { "type": "integer", "minimum": 0, "maximum": 1e4 }, "severity": { "enum": ["critical", "high", "medium", "low"] } }, "additionalProperties": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.when === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.then === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "then" }, message: "must have required property 'then'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.within === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "within" }, message: "must have required property 'within'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "when" || key0 === "then" || key0 === "within" || key0 === "severity")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema63.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema63.properties.name.type, parentSchema: schema63.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data1 = data.when;
      if (typeof data1 === "string") {
        if (func2(data1) > 4096) {
          const err7 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.then !== void 0) {
      let data2 = data.then;
      if (typeof data2 === "string") {
        if (func2(data2) > 4096) {
          const err10 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err11 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/then", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.within !== void 0) {
      let data3 = data.within;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err13 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema63.properties.within.type, parentSchema: schema63.properties.within, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 1e4 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema63.properties.within, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err15 = { instancePath: instancePath + "/within", schemaPath: "#/properties/within/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema63.properties.within, data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
    if (data.severity !== void 0) {
      let data4 = data.severity;
      if (!(data4 === "critical" || data4 === "high" || data4 === "medium" || data4 === "low")) {
        const err16 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema63.properties.severity.enum }, message: "must be equal to one of the allowed values", schema: schema63.properties.severity.enum, parentSchema: schema63.properties.severity, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema66 = { "type": "object", "minProperties": 1, "properties": { "weak": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "strong": { "oneOf": [{ "$ref": "#/$defs/name" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/name" } }] }, "per": { "$ref": "#/$defs/name" } }, "additionalProperties": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "weak" || key0 === "strong" || key0 === "per")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.weak !== void 0) {
      let data0 = data.weak;
      const _errs3 = errors;
      let valid1 = false;
      let passing0 = null;
      const _errs4 = errors;
      if (typeof data0 === "string") {
        if (!pattern6.test(data0)) {
          const err2 = { instancePath: instancePath + "/weak", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/weak", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      if (_valid0) {
        valid1 = true;
        passing0 = 0;
      }
      const _errs7 = errors;
      if (Array.isArray(data0)) {
        if (data0.length < 1) {
          const err4 = { instancePath: instancePath + "/weak", schemaPath: "#/properties/weak/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema66.properties.weak.oneOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern6.test(data1)) {
              const err5 = { instancePath: instancePath + "/weak/" + i0, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data1 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/weak/" + i0, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/weak", schemaPath: "#/properties/weak/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.weak.oneOf[1].type, parentSchema: schema66.properties.weak.oneOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      if (_valid0 && valid1) {
        valid1 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid1 = true;
          passing0 = 1;
        }
      }
      if (!valid1) {
        const err8 = { instancePath: instancePath + "/weak", schemaPath: "#/properties/weak/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.weak.oneOf, parentSchema: schema66.properties.weak, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.strong !== void 0) {
      let data2 = data.strong;
      const _errs13 = errors;
      let valid6 = false;
      let passing1 = null;
      const _errs14 = errors;
      if (typeof data2 === "string") {
        if (!pattern6.test(data2)) {
          const err9 = { instancePath: instancePath + "/strong", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/strong", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs14 === errors;
      if (_valid1) {
        valid6 = true;
        passing1 = 0;
      }
      const _errs17 = errors;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err11 = { instancePath: instancePath + "/strong", schemaPath: "#/properties/strong/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema66.properties.strong.oneOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (!pattern6.test(data3)) {
              const err12 = { instancePath: instancePath + "/strong/" + i1, schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data3 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/strong/" + i1, schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data3 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/strong", schemaPath: "#/properties/strong/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.strong.oneOf[1].type, parentSchema: schema66.properties.strong.oneOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs17 === errors;
      if (_valid1 && valid6) {
        valid6 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid6 = true;
          passing1 = 1;
        }
      }
      if (!valid6) {
        const err15 = { instancePath: instancePath + "/strong", schemaPath: "#/properties/strong/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema66.properties.strong.oneOf, parentSchema: schema66.properties.strong, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs13;
        if (vErrors !== null) {
          if (_errs13) {
            vErrors.length = _errs13;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.per !== void 0) {
      let data4 = data.per;
      if (typeof data4 === "string") {
        if (!pattern6.test(data4)) {
          const err16 = { instancePath: instancePath + "/per", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/per", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema72 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "eventually": { "$ref": "#/$defs/cel" }, "when": { "$ref": "#/$defs/cel" }, "leads_to": { "$ref": "#/$defs/cel" }, "params": { "type": "object", "description": "One property per combination of these constant lists or ranges (`p: 1..N`), as TLA+'s \\A p \\in S : ...", "additionalProperties": { "type": "string", "minLength": 1 } } }, "additionalProperties": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema72.required, parentSchema: schema72, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "eventually" || key0 === "when" || key0 === "leads_to" || key0 === "params")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema72, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema72.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.name.type, parentSchema: schema72.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.eventually !== void 0) {
      let data1 = data.eventually;
      if (typeof data1 === "string") {
        if (func2(data1) > 4096) {
          const err4 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/eventually", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data2 = data.when;
      if (typeof data2 === "string") {
        if (func2(data2) > 4096) {
          const err7 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/when", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.leads_to !== void 0) {
      let data3 = data.leads_to;
      if (typeof data3 === "string") {
        if (func2(data3) > 4096) {
          const err10 = { instancePath: instancePath + "/leads_to", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err11 = { instancePath: instancePath + "/leads_to", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/leads_to", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.params !== void 0) {
      let data4 = data.params;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 === "string") {
            if (func2(data5) < 1) {
              const err13 = { instancePath: instancePath + "/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema72.properties.params.additionalProperties, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/params/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema72.properties.params.additionalProperties.type, parentSchema: schema72.properties.params.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/params", schemaPath: "#/properties/params/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.properties.params.type, parentSchema: schema72.properties.params, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema72.type, parentSchema: schema72, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.spec === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.variables === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "variables" }, message: "must have required property 'variables'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.init === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "init" }, message: "must have required property 'init'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.actions === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actions" }, message: "must have required property 'actions'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data0 = data.spec;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err5 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z][A-Za-z0-9_.-]*$", parentSchema: schema31.properties.spec, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.spec.type, parentSchema: schema31.properties.spec, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 !== "string") {
        const err7 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.critical !== void 0) {
      let data3 = data.critical;
      if (typeof data3 !== "boolean") {
        const err9 = { instancePath: instancePath + "/critical", schemaPath: "#/properties/critical/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.critical.type, parentSchema: schema31.properties.critical, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.constants !== void 0) {
      let data4 = data.constants;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!validate21(data4[key1], { instancePath: instancePath + "/constants/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data4, parentDataProperty: key1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/constants", schemaPath: "#/properties/constants/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.constants.type, parentSchema: schema31.properties.constants, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.definitions !== void 0) {
      let data6 = data.definitions;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          const _errs16 = errors;
          if (typeof key2 === "string") {
            if (!pattern5.test(key2)) {
              const err11 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/propertyNames/pattern", keyword: "pattern", params: { pattern: "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$" }, message: 'must match pattern "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$"', schema: "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$", parentSchema: schema31.properties.definitions.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var valid2 = _errs16 === errors;
          if (!valid2) {
            const err12 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema31.properties.definitions.propertyNames, parentSchema: schema31.properties.definitions, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key3 in data6) {
          let data7 = data6[key3];
          if (typeof data7 === "string") {
            if (func2(data7) > 4096) {
              const err13 = { instancePath: instancePath + "/definitions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (func2(data7) < 1) {
              const err14 = { instancePath: instancePath + "/definitions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data7 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/definitions/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/definitions", schemaPath: "#/properties/definitions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.definitions.type, parentSchema: schema31.properties.definitions, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.variables !== void 0) {
      let data8 = data.variables;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (Object.keys(data8).length < 1) {
          const err17 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.variables, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key4 in data8) {
          const _errs23 = errors;
          if (typeof key4 === "string") {
            if (!pattern6.test(key4)) {
              const err18 = { instancePath: instancePath + "/variables", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema34, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/variables", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: key4, propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var valid5 = _errs23 === errors;
          if (!valid5) {
            const err20 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema31.properties.variables.propertyNames, parentSchema: schema31.properties.variables, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        for (const key5 in data8) {
          if (!validate23(data8[key5], { instancePath: instancePath + "/variables/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data8, parentDataProperty: key5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/variables", schemaPath: "#/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.variables.type, parentSchema: schema31.properties.variables, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.init !== void 0) {
      let data10 = data.init;
      const _errs29 = errors;
      let valid8 = false;
      let passing0 = null;
      const _errs30 = errors;
      if (!validate25(data10, { instancePath: instancePath + "/init", parentData: data, parentDataProperty: "init", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs30 === errors;
      if (_valid0) {
        valid8 = true;
        passing0 = 0;
      }
      const _errs31 = errors;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err22 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.init.oneOf[1], data: data10 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        const len0 = data10.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate25(data10[i0], { instancePath: instancePath + "/init/" + i0, parentData: data10, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.init.oneOf[1].type, parentSchema: schema31.properties.init.oneOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid0 = _errs31 === errors;
      if (_valid0 && valid8) {
        valid8 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid8 = true;
          passing0 = 1;
        }
      }
      if (!valid8) {
        const err24 = { instancePath: instancePath + "/init", schemaPath: "#/properties/init/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.init.oneOf, parentSchema: schema31.properties.init, data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.constraint !== void 0) {
      let data12 = data.constraint;
      const _errs35 = errors;
      let valid11 = false;
      let passing1 = null;
      const _errs36 = errors;
      if (typeof data12 === "string") {
        if (func2(data12) > 4096) {
          const err25 = { instancePath: instancePath + "/constraint", schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data12 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (func2(data12) < 1) {
          const err26 = { instancePath: instancePath + "/constraint", schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data12 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/constraint", schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data12 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid1 = _errs36 === errors;
      if (_valid1) {
        valid11 = true;
        passing1 = 0;
      }
      const _errs39 = errors;
      if (Array.isArray(data12)) {
        if (data12.length < 1) {
          const err28 = { instancePath: instancePath + "/constraint", schemaPath: "#/properties/constraint/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.constraint.oneOf[1], data: data12 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len1 = data12.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data13 = data12[i1];
          if (typeof data13 === "string") {
            if (func2(data13) > 4096) {
              const err29 = { instancePath: instancePath + "/constraint/" + i1, schemaPath: "#/$defs/cel/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema33, data: data13 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (func2(data13) < 1) {
              const err30 = { instancePath: instancePath + "/constraint/" + i1, schemaPath: "#/$defs/cel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/constraint/" + i1, schemaPath: "#/$defs/cel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data13 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/constraint", schemaPath: "#/properties/constraint/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.constraint.oneOf[1].type, parentSchema: schema31.properties.constraint.oneOf[1], data: data12 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      var _valid1 = _errs39 === errors;
      if (_valid1 && valid11) {
        valid11 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid11 = true;
          passing1 = 1;
        }
      }
      if (!valid11) {
        const err33 = { instancePath: instancePath + "/constraint", schemaPath: "#/properties/constraint/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.constraint.oneOf, parentSchema: schema31.properties.constraint, data: data12 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      } else {
        errors = _errs35;
        if (vErrors !== null) {
          if (_errs35) {
            vErrors.length = _errs35;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.actions !== void 0) {
      let data14 = data.actions;
      if (Array.isArray(data14)) {
        if (data14.length < 1) {
          const err34 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.actions, data: data14 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        const len2 = data14.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate30(data14[i2], { instancePath: instancePath + "/actions/" + i2, parentData: data14, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.actions.type, parentSchema: schema31.properties.actions, data: data14 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.invariants !== void 0) {
      let data16 = data.invariants;
      if (Array.isArray(data16)) {
        const len3 = data16.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data17 = data16[i3];
          const _errs50 = errors;
          let valid20 = false;
          let passing2 = null;
          const _errs51 = errors;
          if (!validate33(data17, { instancePath: instancePath + "/invariants/" + i3, parentData: data16, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs51 === errors;
          if (_valid2) {
            valid20 = true;
            passing2 = 0;
            var props3 = true;
          }
          const _errs52 = errors;
          if (!validate35(data17, { instancePath: instancePath + "/invariants/" + i3, parentData: data16, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
          var _valid2 = _errs52 === errors;
          if (_valid2 && valid20) {
            valid20 = false;
            passing2 = [passing2, 1];
          } else {
            if (_valid2) {
              valid20 = true;
              passing2 = 1;
              if (props3 !== true) {
                props3 = true;
              }
            }
          }
          if (!valid20) {
            const err36 = { instancePath: instancePath + "/invariants/" + i3, schemaPath: "#/properties/invariants/items/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema31.properties.invariants.items.oneOf, parentSchema: schema31.properties.invariants.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          } else {
            errors = _errs50;
            if (vErrors !== null) {
              if (_errs50) {
                vErrors.length = _errs50;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/invariants", schemaPath: "#/properties/invariants/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.invariants.type, parentSchema: schema31.properties.invariants, data: data16 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.deadlock !== void 0) {
      let data18 = data.deadlock;
      if (typeof data18 !== "boolean") {
        const err38 = { instancePath: instancePath + "/deadlock", schemaPath: "#/properties/deadlock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.deadlock.type, parentSchema: schema31.properties.deadlock, data: data18 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.responses !== void 0) {
      let data19 = data.responses;
      if (Array.isArray(data19)) {
        const len4 = data19.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate37(data19[i4], { instancePath: instancePath + "/responses/" + i4, parentData: data19, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/responses", schemaPath: "#/properties/responses/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.responses.type, parentSchema: schema31.properties.responses, data: data19 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.fairness !== void 0) {
      let data21 = data.fairness;
      if (Array.isArray(data21)) {
        const len5 = data21.length;
        for (let i5 = 0; i5 < len5; i5++) {
          if (!validate39(data21[i5], { instancePath: instancePath + "/fairness/" + i5, parentData: data21, parentDataProperty: i5, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/fairness", schemaPath: "#/properties/fairness/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.fairness.type, parentSchema: schema31.properties.fairness, data: data21 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.properties !== void 0) {
      let data23 = data.properties;
      if (Array.isArray(data23)) {
        const len6 = data23.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate41(data23[i6], { instancePath: instancePath + "/properties/" + i6, parentData: data23, parentDataProperty: i6, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/properties", schemaPath: "#/properties/properties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.properties.type, parentSchema: schema31.properties.properties, data: data23 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.bounds !== void 0) {
      let data25 = data.bounds;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key6 in data25) {
          if (!(key6 === "max_depth" || key6 === "max_states" || key6 === "time_seconds" || key6 === "workers")) {
            const err42 = { instancePath: instancePath + "/bounds", schemaPath: "#/properties/bounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.bounds, data: data25 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data25.max_depth !== void 0) {
          let data26 = data25.max_depth;
          if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
            const err43 = { instancePath: instancePath + "/bounds/max_depth", schemaPath: "#/properties/bounds/properties/max_depth/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bounds.properties.max_depth.type, parentSchema: schema31.properties.bounds.properties.max_depth, data: data26 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 < 1 || isNaN(data26)) {
              const err44 = { instancePath: instancePath + "/bounds/max_depth", schemaPath: "#/properties/bounds/properties/max_depth/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bounds.properties.max_depth, data: data26 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
        if (data25.max_states !== void 0) {
          let data27 = data25.max_states;
          if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
            const err45 = { instancePath: instancePath + "/bounds/max_states", schemaPath: "#/properties/bounds/properties/max_states/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bounds.properties.max_states.type, parentSchema: schema31.properties.bounds.properties.max_states, data: data27 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data27 == "number" && isFinite(data27)) {
            if (data27 < 1 || isNaN(data27)) {
              const err46 = { instancePath: instancePath + "/bounds/max_states", schemaPath: "#/properties/bounds/properties/max_states/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bounds.properties.max_states, data: data27 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
        }
        if (data25.time_seconds !== void 0) {
          let data28 = data25.time_seconds;
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 <= 0 || isNaN(data28)) {
              const err47 = { instancePath: instancePath + "/bounds/time_seconds", schemaPath: "#/properties/bounds/properties/time_seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.bounds.properties.time_seconds, data: data28 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          } else {
            const err48 = { instancePath: instancePath + "/bounds/time_seconds", schemaPath: "#/properties/bounds/properties/time_seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.bounds.properties.time_seconds.type, parentSchema: schema31.properties.bounds.properties.time_seconds, data: data28 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data25.workers !== void 0) {
          let data29 = data25.workers;
          if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)) && isFinite(data29))) {
            const err49 = { instancePath: instancePath + "/bounds/workers", schemaPath: "#/properties/bounds/properties/workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.bounds.properties.workers.type, parentSchema: schema31.properties.bounds.properties.workers, data: data29 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (typeof data29 == "number" && isFinite(data29)) {
            if (data29 > 16 || isNaN(data29)) {
              const err50 = { instancePath: instancePath + "/bounds/workers", schemaPath: "#/properties/bounds/properties/workers/maximum", keyword: "maximum", params: { comparison: "<=", limit: 16 }, message: "must be <= 16", schema: 16, parentSchema: schema31.properties.bounds.properties.workers, data: data29 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data29 < 1 || isNaN(data29)) {
              const err51 = { instancePath: instancePath + "/bounds/workers", schemaPath: "#/properties/bounds/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.bounds.properties.workers, data: data29 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/bounds", schemaPath: "#/properties/bounds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.bounds.type, parentSchema: schema31.properties.bounds, data: data25 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// action/gates/modelcheck/spec-actions.ts
init_define_MAESTRO_CODE_DIGESTS();

// action/gates/modelcheck/spec-macros.ts
init_define_MAESTRO_CODE_DIGESTS();
var MacroError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
var MAX_EXPANSION_DEPTH = 16;
var MAX_EXPANDED_LENGTH = 1 << 16;
var BUILTIN_DEFINITIONS = [];
function parseDefinitionKey(key) {
  const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(\s*([^)]*)\))?\s*$/.exec(key);
  if (!m) return void 0;
  const params = m[2] === void 0 || m[2].trim() === "" ? [] : m[2].split(",").map((p) => p.trim());
  if (!params.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) return void 0;
  if (new Set(params).size !== params.length) return void 0;
  return { name: m[1], params };
}
function skipString(s, i) {
  const raw = i > 0 && (s[i - 1] === "r" || s[i - 1] === "R");
  const q = s[i];
  const triple = s.startsWith(q.repeat(3), i);
  const close = triple ? q.repeat(3) : q;
  let j = i + close.length;
  while (j < s.length) {
    if (!raw && s[j] === "\\") {
      j += 2;
      continue;
    }
    if (s.startsWith(close, j)) return j + close.length;
    j++;
  }
  return s.length;
}
function findPercent(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === "%") return i;
  }
  return -1;
}
function splitRange(s) {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && c === "." && s[i + 1] === ".") {
      const lo = s.slice(0, i);
      const hi = s.slice(i + 2);
      if (lo.trim() === "" || hi.trim() === "") return void 0;
      return { lo, hi, hiOffset: i + 2 };
    }
  }
  return void 0;
}
function readArgs(s, open) {
  const args = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'") i = skipString(s, i) - 1;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) {
        const last = s.slice(start, i);
        if (last.trim() !== "" || args.length > 0) args.push(last);
        return { args, end: i + 1 };
      }
    } else if (c === "," && depth === 1) {
      args.push(s.slice(start, i));
      start = i + 1;
    }
  }
  return void 0;
}
function expandDefinitions(src, defs) {
  const segments = [];
  let out = "";
  const emit = (text, from, to, verbatim) => {
    segments.push([out.length, from, to, verbatim]);
    out += text;
  };
  const expandOnce = (s, depth, top) => {
    let result = "";
    let i = 0;
    let copyFrom = 0;
    const flush = (to) => {
      if (to > copyFrom) {
        if (top) emit(s.slice(copyFrom, to), copyFrom, to, true);
        else result += s.slice(copyFrom, to);
      }
    };
    while (i < s.length) {
      const c = s[i];
      if (c === '"' || c === "'") {
        i = skipString(s, i);
        continue;
      }
      IDENT.lastIndex = i;
      const m = /[A-Za-z_]/.test(c) && (i === 0 || !/[A-Za-z0-9_]/.test(s[i - 1]));
      const word = m ? IDENT.exec(s) : null;
      if (!word) {
        i++;
        continue;
      }
      const name = word[0];
      const start = i;
      i += name.length;
      const def = defs.get(name);
      let before = start - 1;
      while (before >= 0 && s[before] === " ") before--;
      if (def === void 0 || before >= 0 && s[before] === ".") continue;
      let j = i;
      while (j < s.length && s[j] === " ") j++;
      let args = [];
      let end = i;
      if (def.params.length > 0) {
        if (s[j] !== "(") {
          throw new MacroError(
            `\`${name}\` takes ${def.params.length} argument(s): write ${name}(${def.params.join(", ")})`,
            start
          );
        }
        const read = readArgs(s, j);
        if (read === void 0) throw new MacroError(`unclosed call of \`${name}\``, start);
        if (read.args.length !== def.params.length) {
          throw new MacroError(
            `\`${name}\` takes ${def.params.length} argument(s) (${def.params.join(", ")}), given ${read.args.length}`,
            start
          );
        }
        args = read.args.map((a) => expandOnce(a, depth + 1, false));
        end = read.end;
      }
      if (depth >= MAX_EXPANSION_DEPTH) {
        throw new MacroError(
          `definitions nest deeper than ${MAX_EXPANSION_DEPTH} levels at \`${name}\` (a definition that uses itself?)`,
          start
        );
      }
      let body = "";
      let k = 0;
      const b = def.body;
      while (k < b.length) {
        const ch = b[k];
        if (ch === '"' || ch === "'") {
          const e = skipString(b, k);
          body += b.slice(k, e);
          k = e;
          continue;
        }
        IDENT.lastIndex = k;
        const w = /[A-Za-z_]/.test(ch) && (k === 0 || !/[A-Za-z0-9_]/.test(b[k - 1]));
        const bw = w ? IDENT.exec(b) : null;
        if (bw) {
          const pi = def.params.indexOf(bw[0]);
          let pb = k - 1;
          while (pb >= 0 && b[pb] === " ") pb--;
          body += pi >= 0 && !(pb >= 0 && b[pb] === ".") ? `(${args[pi]})` : bw[0];
          k += bw[0].length;
        } else {
          body += ch;
          k++;
        }
      }
      const expanded = `(${expandOnce(body, depth + 1, false)})`;
      if (expanded.length > MAX_EXPANDED_LENGTH)
        throw new MacroError(`the expansion of \`${name}\` is too long`, start);
      flush(start);
      if (top) emit(expanded, start, end, false);
      else result += expanded;
      i = end;
      copyFrom = end;
    }
    flush(s.length);
    return result;
  };
  expandOnce(src, 0, true);
  return {
    text: out,
    origin(offset) {
      for (let n = segments.length - 1; n >= 0; n--) {
        const [outStart, from, , verbatim] = segments[n];
        if (offset >= outStart) return verbatim ? from + (offset - outStart) : from;
      }
      return 0;
    }
  };
}

// action/gates/modelcheck/spec-init.ts
init_define_MAESTRO_CODE_DIGESTS();
function compileInit(ctx, raw) {
  const constScope = ctx.scope(false, /* @__PURE__ */ new Map());
  const blocks = Array.isArray(raw) ? raw : [raw];
  return blocks.map((block, bi) => {
    const base = Array.isArray(raw) ? ["init", bi] : ["init"];
    const rules = [];
    for (const name of Object.keys(block)) {
      if (!ctx.vars.some((v) => v.name === name)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          [...base, name],
          `\`${name}\` in init is not a declared variable; variables: ${ctx.vars.map((v) => v.name).join(", ")}`,
          true
        );
      }
    }
    ctx.vars.forEach((v, vi) => {
      if (!Object.hasOwn(block, v.name)) {
        ctx.fail(
          "MC_SPEC_INVALID",
          base,
          `init does not assign variable \`${v.name}\`; every variable needs an initial value`
        );
      }
      const rule = block[v.name];
      const path = [...base, v.name];
      const target = celTypeOf(v.type);
      if (typeof rule === "string") {
        const c = ctx.compile(rule, path, constScope);
        ctx.expectType(c.type, target, path, `the initial value of \`${v.name}\``);
        rules[vi] = { kind: "eq", fn: c.fn, loc: ctx.at(path) };
      } else if (isRecordValue(rule) && (typeof rule["in"] === "string" || rule["any"] === true || typeof rule["where"] === "string")) {
        let where;
        if (typeof rule["where"] === "string") {
          const candidate = ctx.scope(
            false,
            /* @__PURE__ */ new Map([[v.name, { kind: "param", index: 0, t: target }]])
          );
          const w = ctx.compile(rule["where"], [...path, "where"], candidate);
          ctx.expectType(w.type, { k: "bool" }, [...path, "where"], `\`where\` of \`${v.name}\``);
          where = w.fn;
        }
        if (typeof rule["in"] === "string") {
          const src = rule["in"];
          let fn;
          if (splitRange(src) !== void 0) {
            if (!(v.type instanceof IntType))
              ctx.fail(
                "MC_TYPE_ERROR",
                [...path, "in"],
                `a range initialises an int, but \`${v.name}\` is ${v.type.describe()}`
              );
            fn = ctx.rangeOf(src, [...path, "in"], constScope).fn;
          } else {
            const c = ctx.compile(src, [...path, "in"], constScope);
            ctx.expectType(
              c.type,
              { k: "list", elem: target },
              [...path, "in"],
              `the initial choices of \`${v.name}\``
            );
            fn = c.fn;
          }
          rules[vi] = {
            kind: "in",
            fn,
            ...where !== void 0 ? { where } : {},
            loc: ctx.at([...path, "in"])
          };
        } else {
          const whereOnState = typeof rule["where"] === "string" ? ctx.compile(
            rule["where"],
            [...path, "where"],
            ctx.scope(
              false,
              /* @__PURE__ */ new Map([[v.name, { kind: "var", index: vi, type: v.type, offset: v.offset }]])
            )
          ).fn : void 0;
          rules[vi] = {
            kind: "all",
            ...where !== void 0 ? { where } : {},
            ...whereOnState !== void 0 ? { whereOnState } : {},
            loc: ctx.at([...path, rule["any"] === true ? "any" : "where"])
          };
        }
      } else if (isRecordValue(rule) && rule["each"] !== void 0) {
        const fn = eachFn(
          ctx,
          v.type,
          rule["each"],
          [...path, "each"],
          /* @__PURE__ */ new Map(),
          0,
          false,
          v.name
        );
        rules[vi] = { kind: "eq", fn, loc: ctx.at([...path, "each"]) };
      }
    });
    return rules;
  });
}
function eachFn(ctx, type, src, path, extra, index, withVars, what) {
  if (!(type instanceof FunctionType))
    ctx.fail(
      "MC_TYPE_ERROR",
      path,
      `\`each\` builds a function, but \`${what}\` is ${type.describe()}`
    );
  const scope = new Map([
    ...extra,
    ["key", { kind: "param", index, t: celTypeOf(type.dom) }]
  ]);
  let inner;
  if (typeof src === "string") {
    const c = ctx.compile(src, path, ctx.scope(withVars, scope));
    ctx.expectType(c.type, celTypeOf(type.range), path, `every entry of \`${what}\``);
    inner = c.fn;
  } else if (isRecordValue(src) && src["each"] !== void 0) {
    inner = eachFn(
      ctx,
      type.range,
      src["each"],
      [...path, "each"],
      extra,
      index,
      withVars,
      `${what}[key]`
    );
  } else {
    return ctx.fail("MC_SPEC_INVALID", path, "`each` takes an expression or a nested {each: ...}");
  }
  const dom = type.dom;
  const keys = dom.values();
  return (env) => {
    const saved = env.p;
    const vals = new Array(keys.length);
    try {
      for (let i = 0; i < keys.length; i++) {
        const p = saved.slice(0, index);
        p[index] = keys[i];
        env.p = p;
        vals[i] = inner(env);
      }
    } finally {
      env.p = saved;
    }
    return new FnValue(dom, vals);
  };
}
function eachWriterOf(ctx, type, src, path, extra, index) {
  const scope = new Map([
    ...extra,
    ["key", { kind: "param", index, t: celTypeOf(type.dom) }]
  ]);
  const range = type.range;
  let inner;
  if (typeof src === "string") {
    const c = ctx.compile(src, path, ctx.scope(true, scope), false, void 0, range);
    const fn = c.fn;
    inner = c.write ?? ((env, succ, off) => range.write(fn(env), succ, off));
  } else if (isRecordValue(src) && range instanceof FunctionType) {
    const nested = eachWriterOf(ctx, range, src["each"], [...path, "each"], extra, index);
    if (nested === void 0) return void 0;
    inner = nested;
  } else {
    return void 0;
  }
  return eachWriter(type, index, inner);
}

// action/gates/modelcheck/guard-source.ts
init_define_MAESTRO_CODE_DIGESTS();
var MAX_OFFSET = 2 ** 40;
var worst = (...t) => Math.max(0, ...t);
var MAX_UNROLLED = 64;
var INT_OPS2 = opsFor("int");
function safe(n) {
  if (!Number.isSafeInteger(n) || Math.abs(n) > MAX_OFFSET || Object.is(n, -0))
    throw notWritable("not a safe integer for generated source");
  return n < 0 ? `(${String(n)})` : String(n);
}
function bitsAt(off, width) {
  if (width === 0) return "0";
  if (width > 32 || width < 0) throw notWritable("bit width out of range");
  const w = off >>> 5;
  const b = off & 31;
  if (b + width <= 32) {
    if (width === 32) return `s[${safe(w)}]`;
    const mask = safe(2 ** width - 1);
    return b === 0 ? `(s[${safe(w)}] & ${mask})` : `((s[${safe(w)}] >>> ${safe(b)}) & ${mask})`;
  }
  const joined = `((s[${safe(w)}] >>> ${safe(b)}) | (s[${safe(w + 1)}] << ${safe(32 - b)}))`;
  return width === 32 ? `(${joined} >>> 0)` : `(${joined} & ${safe(2 ** width - 1)})`;
}
function guardSwitch(parts) {
  const closures = [];
  const arg = (value) => {
    closures.push(value);
    return `a${closures.length - 1}`;
  };
  let anyGenerated = false;
  const inner = [];
  let switchTemps = 0;
  const cases = parts.map((part, t) => {
    let src;
    if (part.kind === "always") src = "true";
    else if (part.kind === "never") {
      src = "false";
      anyGenerated = true;
    } else {
      if (part.kind === "source") {
        const mark = closures.length;
        const out = expressionSource(part.input, arg);
        if (out === void 0) closures.length = mark;
        else {
          anyGenerated = true;
          const budget = part.input.budget;
          if (budget === void 0) {
            src = out.src;
            switchTemps = Math.max(switchTemps, out.temps);
          } else {
            const g = `g${safe(t)}`;
            inner.push(
              `const ${g} = function (env) { const s = env.s; ${temps(out.temps)} return ${out.src}; };`
            );
            src = `${arg(withBudget)}(${arg(budget)}, ${g}, env)`;
          }
        }
      }
      src ??= `${arg(part.closure)}(env)`;
    }
    return `case ${safe(t)}: return ${src};`;
  });
  if (!anyGenerated) return void 0;
  const unknownTuple = arg(noSuchTuple);
  const params = closures.map((_, i) => `a${i}`);
  try {
    const make = new Function(
      ...params,
      `"use strict"; ${inner.join(" ")} return function guards(env, t) { const s = env.s; ${temps(switchTemps)} switch (t) { ${cases.join(" ")} default: return ${unknownTuple}(); } };`
    );
    return make(...closures);
  } catch {
    return void 0;
  }
}
function expressionFunction(input, closure) {
  const f = guardSwitch([{ kind: "source", input, closure }]);
  return f === void 0 ? void 0 : (env) => f(env, 0);
}
function temps(n) {
  if (n === 0) return "";
  return `let ${Array.from({ length: n }, (_, i) => `r${i}`).join(", ")};`;
}
function expressionSource(input, arg) {
  let tempCount = 0;
  const withHeads = (at, value) => {
    if (at.heads.length === 0) return value;
    const eh = arg(emptyHead);
    const tests = at.heads.map((h) => `${bitsAt(h.off, h.width)} === 0 ? ${eh}() : `).join("");
    return `(${tests}${value})`;
  };
  const leaf = (c) => ({
    src: `${arg(c.fn)}(env)`,
    kind: "any",
    throws: 2,
    t: c.t,
    leaf: true
  });
  const constant = (value, t) => {
    if (typeof value === "boolean") return { src: String(value), kind: "bool", throws: 0, t };
    if (typeof value === "number" && Number.isSafeInteger(value) && !Object.is(value, -0))
      return { src: safe(value), kind: "num", throws: 0, t };
    const code = { src: arg(value), kind: "any", throws: 0, t };
    if (typeof value === "string") code.str = value;
    return code;
  };
  const read = (r, t) => {
    if (!(r.at.off >= 0) || r.at.off > MAX_OFFSET) throw notWritable("offset out of range");
    const throws = r.at.heads.length === 0 ? 0 : 2;
    switch (r.kind) {
      case "int": {
        const bits = bitsAt(r.at.off, r.width);
        const value = r.lo === 0 ? bits : `(${safe(r.lo)} + ${bits})`;
        return { src: withHeads(r.at, value), kind: "num", throws, t };
      }
      case "size":
        return { src: withHeads(r.at, bitsAt(r.at.off, r.width)), kind: "num", throws, t };
      case "bool":
      case "member":
        return {
          src: withHeads(r.at, `(${bitsAt(r.at.off, 1)} === 1)`),
          kind: "bool",
          throws,
          t
        };
      case "enum": {
        const index = withHeads(r.at, bitsAt(r.at.off, r.width));
        return {
          src: `${arg(r.names)}[${index}]`,
          kind: "any",
          throws,
          t,
          enumRead: { index, names: r.names }
        };
      }
    }
  };
  const varRead = (e, c) => {
    if (e.exprKind.case !== "identExpr") return void 0;
    const b = input.scope.lookup(e.exprKind.value.name);
    if (b?.kind !== "var" || b.offset === void 0) return void 0;
    const at = { off: b.offset, heads: [] };
    const type = b.type;
    if (type instanceof IntType)
      return read({ kind: "int", at, width: type.bits, lo: type.lo }, c.t);
    if (type instanceof BoolType) return read({ kind: "bool", at }, c.t);
    if (type instanceof EnumType)
      return read({ kind: "enum", at, width: type.bits, names: type.names }, c.t);
    return void 0;
  };
  const gen = (e) => {
    const c = input.compile(e);
    if (c.known !== void 0) return constant(c.known.value, c.t);
    if (c.note !== void 0) return read(c.note, c.t);
    const v = varRead(e, c);
    if (v !== void 0) return v;
    const k = e.exprKind;
    if (k.case === "comprehensionExpr") return unrolled(k.value, c) ?? leaf(c);
    if (k.case !== "callExpr" || k.value.target !== void 0) return leaf(c);
    const args = k.value.args;
    const fn = k.value.function;
    if ((fn === "_&&_" || fn === "_||_") && args.length === 2) {
      const l = gen(args[0]);
      if (l.kind !== "bool" || l.throws === 2) return leaf(c);
      const r = gen(args[1]);
      const right = r.kind === "bool" ? r.src : `${arg(logical)}(${r.src})`;
      return {
        src: `(${l.src} ${fn === "_&&_" ? "&&" : "||"} ${right})`,
        kind: "bool",
        throws: worst(l.throws, r.kind === "bool" ? r.throws : 2),
        t: c.t
      };
    }
    if (fn === "!_" && args.length === 1) {
      const x = gen(args[0]);
      const src = x.kind === "bool" ? x.src : `${arg(notOperand)}(${x.src})`;
      return { src: `(!${src})`, kind: "bool", throws: x.kind === "bool" ? x.throws : 2, t: c.t };
    }
    if (fn === "_?_:_" && args.length === 3) {
      const cond = gen(args[0]);
      const a = gen(args[1]);
      const b = gen(args[2]);
      const test = cond.kind === "bool" ? cond.src : `${arg(condition)}(${cond.src})`;
      return {
        src: `(${test} ? ${a.src} : ${b.src})`,
        kind: a.kind === b.kind ? a.kind : "any",
        throws: worst(cond.kind === "bool" ? cond.throws : 2, a.throws, b.throws),
        t: c.t
      };
    }
    if ((fn === "_==_" || fn === "_!=_") && args.length === 2) {
      const a = gen(args[0]);
      const b = gen(args[1]);
      const neg = fn === "_!=_";
      const scalar = a.t.k === b.t.k && (a.t.k === "string" || a.t.k === "bool" || a.t.k === "int");
      if (!scalar) {
        const src = `${arg(INT_OPS2.eq)}(${a.src}, ${b.src})`;
        return { src: neg ? `(!${src})` : src, kind: "bool", throws: 2, t: c.t };
      }
      const [e1, s1] = a.enumRead !== void 0 && b.str !== void 0 ? [a, b.str] : [b, a.str];
      if (e1.enumRead !== void 0 && s1 !== void 0) {
        const i = e1.enumRead.names.indexOf(s1);
        if (i >= 0)
          return {
            src: `(${e1.enumRead.index} ${neg ? "!==" : "==="} ${safe(i)})`,
            kind: "bool",
            throws: e1.throws,
            t: c.t
          };
      }
      return {
        src: `(${a.src} ${neg ? "!==" : "==="} ${b.src})`,
        kind: "bool",
        throws: worst(a.throws, b.throws),
        t: c.t
      };
    }
    const order = ORDER[fn];
    if (order !== void 0 && args.length === 2) {
      const a = gen(args[0]);
      const b = gen(args[1]);
      if (a.kind === "num" && b.kind === "num")
        return {
          src: `(${a.src} ${order.op} ${b.src})`,
          kind: "bool",
          throws: worst(a.throws, b.throws),
          t: c.t
        };
      return {
        src: `${arg(order.general)}(${a.src}, ${b.src})`,
        kind: "bool",
        throws: 2,
        t: c.t
      };
    }
    return leaf(c);
  };
  const unrolled = (q, c) => {
    const quantifier = quantifierOf(q);
    if (quantifier === void 0 || q.iterRange === void 0 || input.budget === void 0)
      return void 0;
    const range = input.compile(q.iterRange);
    const items = range.known?.value;
    if (!Array.isArray(items) || items.length > MAX_UNROLLED) return void 0;
    const elemT = range.t.k === "list" ? range.t.elem.k : void 0;
    const preds = [];
    for (const item of items) {
      const lit = literalOf(item, elemT, q.iterVar);
      if (lit === void 0) return void 0;
      const body = substituted(quantifier.pred, q.iterVar, q.accuVar, lit);
      if (body === void 0) return void 0;
      let code;
      const folded = input.foldsLoops(() => {
        code = gen(body);
      });
      if (folded || code === void 0) return void 0;
      preds.push(code);
    }
    const stop = quantifier.stopOn;
    const st = arg(step);
    const lb = arg(logical);
    let src = String(!stop);
    for (let i = preds.length - 1; i >= 0; i--) {
      const p = preds[i];
      const r = `r${tempCount++}`;
      const decided = i + 1 < preds.length ? `(${st}(), ${String(stop)})` : String(stop);
      const checked = p.kind === "bool" ? src : `(${lb}(${r}), ${src})`;
      src = `(${st}(), (${r} = ${p.src}) === ${String(stop)} ? ${decided} : ${checked})`;
    }
    return {
      src,
      kind: "bool",
      throws: worst(1, ...preds.map((p) => p.kind === "bool" ? p.throws : 2)),
      t: c.t
    };
  };
  let root;
  try {
    root = gen(input.expr);
  } catch {
    return void 0;
  }
  return root.leaf === true ? void 0 : { src: root.src, temps: tempCount };
}
function notWritable(what) {
  return new MaestroError("MC_INTERNAL_ERROR", `internal: guard source: ${what}`);
}
function noSuchTuple() {
  throw new MaestroError("MC_INTERNAL_ERROR", "internal: a guard was asked for an unknown tuple");
}
function emptyHead() {
  throw new CelRuntimeError("head of an empty sequence");
}
function boolOf(v, what) {
  if (typeof v !== "boolean")
    throw new CelRuntimeError(`${what} must be a bool, got ${showValue(v)}`);
  return v;
}
function logical(v) {
  return boolOf(v, "a logical operand");
}
function notOperand(v) {
  return boolOf(v, "the operand of `!`");
}
function condition(v) {
  return boolOf(v, "the condition of `? :`");
}
var ORDER = {
  "_<_": {
    op: "<",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x < y : INT_OPS2.cmp(x, y) < 0
  },
  "_<=_": {
    op: "<=",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x <= y : INT_OPS2.cmp(x, y) <= 0
  },
  "_>_": {
    op: ">",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x > y : INT_OPS2.cmp(x, y) > 0
  },
  "_>=_": {
    op: ">=",
    general: (x, y) => typeof x === "number" && typeof y === "number" ? x >= y : INT_OPS2.cmp(x, y) >= 0
  }
};
function literalOf(value, elemK, name) {
  let constantKind;
  if (typeof value === "number" && elemK === "int" && Number.isSafeInteger(value) && !Object.is(value, -0))
    constantKind = { case: "int64Value", value: BigInt(value) };
  else if (typeof value === "string" && elemK === "string")
    constantKind = { case: "stringValue", value };
  else if (typeof value === "boolean" && elemK === "bool")
    constantKind = { case: "boolValue", value };
  else return void 0;
  void name;
  return {
    $typeName: "cel.expr.Expr",
    id: 0n,
    exprKind: { case: "constExpr", value: { $typeName: "cel.expr.Constant", constantKind } }
  };
}
function substituted(e, name, accu, lit) {
  const k = e.exprKind;
  const sub = (x) => x === void 0 ? null : substituted(x, name, accu, lit);
  switch (k.case) {
    case "constExpr":
      return e;
    case "identExpr":
      if (k.value.name === accu) return void 0;
      return k.value.name === name ? { ...lit, id: e.id } : e;
    case "selectExpr": {
      const operand = sub(k.value.operand);
      if (operand === void 0) return void 0;
      return {
        ...e,
        exprKind: { case: "selectExpr", value: { ...k.value, operand: operand ?? void 0 } }
      };
    }
    case "callExpr": {
      const target = sub(k.value.target);
      if (target === void 0) return void 0;
      const args = [];
      for (const a of k.value.args) {
        const x = substituted(a, name, accu, lit);
        if (x === void 0) return void 0;
        args.push(x);
      }
      return {
        ...e,
        exprKind: { case: "callExpr", value: { ...k.value, target: target ?? void 0, args } }
      };
    }
    case "listExpr": {
      const elements = [];
      for (const a of k.value.elements) {
        const x = substituted(a, name, accu, lit);
        if (x === void 0) return void 0;
        elements.push(x);
      }
      return { ...e, exprKind: { case: "listExpr", value: { ...k.value, elements } } };
    }
    case "comprehensionExpr": {
      const c = k.value;
      if (c.iterVar === name || c.accuVar === name || c.iterVar2 !== "") return void 0;
      const innerAccu = c.accuVar === accu ? "" : accu;
      const subInner = (x) => x === void 0 ? null : substituted(x, name, innerAccu, lit);
      const parts = [
        sub(c.iterRange),
        sub(c.accuInit),
        subInner(c.loopCondition),
        subInner(c.loopStep),
        subInner(c.result)
      ];
      if (parts.some((x) => x === void 0)) return void 0;
      const [iterRange, accuInit, loopCondition, loopStep, result] = parts.map(
        (x) => x ?? void 0
      );
      return {
        ...e,
        exprKind: {
          case: "comprehensionExpr",
          value: { ...c, iterRange, accuInit, loopCondition, loopStep, result }
        }
      };
    }
    case "structExpr":
    case void 0:
      return void 0;
  }
}

// action/gates/modelcheck/spec-actions.ts
var MAX_LISTED_TUPLES = 4096;
var MAX_SPECIALISED_TUPLES = 256;
function compileActions(ctx, raw) {
  const names = /* @__PURE__ */ new Set();
  return raw.map((a, ai) => {
    const base = ["actions", ai];
    if (names.has(a.name))
      ctx.fail("MC_SPEC_INVALID", [...base, "name"], `duplicate action name \`${a.name}\``);
    names.add(a.name);
    const params = [];
    const paramScope = /* @__PURE__ */ new Map();
    for (const [pname, src] of Object.entries(a.params ?? {})) {
      const path = [...base, "params", pname];
      if (ctx.constants.has(pname) || ctx.vars.some((v) => v.name === pname)) {
        ctx.fail(
          "MC_SPEC_INVALID",
          path,
          `parameter \`${pname}\` shadows a constant or variable of the same name`,
          true
        );
      }
      let usesParam = false;
      const inner = ctx.scope(true, paramScope);
      const tracking = {
        lookup(name) {
          const found = inner.lookup(name);
          if (found?.kind === "param") usesParam = true;
          return found;
        },
        known: () => inner.known()
      };
      const c = splitRange(src) !== void 0 ? { ...ctx.rangeOf(src, path, tracking), type: { k: "list", elem: { k: "int" } } } : ctx.compile(src, path, tracking);
      if (c.type.k !== "list" && c.type.k !== "dyn" && c.type.k !== "map") {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `parameter \`${pname}\` must range over a list (or a map's keys), but its expression is ${typeName(c.type)}; a parameter needs a finite domain such as a constant list`
        );
      }
      const elemT = c.type.k === "list" ? c.type.elem : c.type.k === "map" ? c.type.key : { k: "dyn" };
      const param = { name: pname, fn: c.fn, loc: ctx.at(path) };
      if (c.reads.size === 0 && !usesParam) {
        const v = ctx.evalConst(c.fn, path);
        const items = Array.isArray(v) ? v : null;
        if (items === null)
          ctx.fail("MC_TYPE_ERROR", path, `parameter \`${pname}\` must range over a list`);
        param.constant = items;
      }
      params.push(param);
      paramScope.set(pname, { kind: "param", index: params.length - 1, t: elemT });
    }
    const scope = ctx.scope(true, paramScope);
    let guard;
    let guardFolded = false;
    if (a.guard !== void 0) {
      const c = ctx.compile(a.guard, [...base, "guard"], scope);
      guardFolded = c.foldedLoops === true;
      if (c.type.k !== "bool" && c.type.k !== "dyn") {
        ctx.fail(
          "MC_TYPE_ERROR",
          [...base, "guard"],
          `the guard of action \`${a.name}\` must be a bool, but it is ${typeName(c.type)}. Write a condition such as \`x < 3\`.`
        );
      }
      guard = c.fn;
    }
    const updates = [];
    const whole = /* @__PURE__ */ new Set();
    const partial = /* @__PURE__ */ new Set();
    for (const [target, src] of Object.entries(a.updates ?? {})) {
      const path = [...base, "updates", target];
      const { varIndex, steps, type } = updateTarget(ctx, target, path, scope);
      if (steps.length === 0) {
        if (whole.has(varIndex) || partial.has(varIndex))
          ctx.fail(
            "MC_SPEC_INVALID",
            path,
            `\`${target}\` is updated twice in action \`${a.name}\``,
            true
          );
        whole.add(varIndex);
      } else {
        if (whole.has(varIndex))
          ctx.fail(
            "MC_SPEC_INVALID",
            path,
            `\`${target}\` overlaps a whole update of \`${ctx.vars[varIndex].name}\``,
            true
          );
        partial.add(varIndex);
      }
      let c;
      if (typeof src !== "string") {
        if (paramScope.has("key"))
          ctx.fail(
            "MC_SPEC_INVALID",
            path,
            "`each` binds `key`, which is also a parameter name",
            true
          );
        c = {
          fn: eachFn(
            ctx,
            type,
            src.each,
            [...path, "each"],
            paramScope,
            params.length,
            true,
            target
          )
        };
        const write = type instanceof FunctionType ? eachWriterOf(ctx, type, src.each, [...path, "each"], paramScope, params.length) : void 0;
        if (write !== void 0) c.write = write;
      } else {
        const setVar = steps.length === 0 && type instanceof SetType ? ctx.vars[varIndex].name : void 0;
        const compiled = ctx.compile(src, path, scope, false, setVar, type);
        ctx.expectType(compiled.type, celTypeOf(type), path, `the new value of \`${target}\``);
        c = compiled;
      }
      updates.push({
        target,
        varIndex,
        steps,
        leaf: type,
        fn: c.fn,
        ...c.added !== void 0 ? { added: c.added } : {},
        ...c.write !== void 0 && c.added === void 0 ? { write: c.write } : {},
        offset: targetOffset(ctx.vars[varIndex].offset, steps),
        loc: ctx.at(path)
      });
    }
    const action = { name: a.name, params, guard, updates, loc: ctx.at(base) };
    const product = params.reduce((n, p) => n * (p.constant?.length ?? Infinity), 1);
    if (product <= MAX_LISTED_TUPLES) {
      let tuples = [[]];
      for (const p of params) tuples = tuples.flatMap((t) => p.constant.map((v) => [...t, v]));
      action.tuples = tuples;
      if (a.guard !== void 0 && guard !== void 0 && !guardFolded && params.length > 0 && tuples.length <= MAX_SPECIALISED_TUPLES) {
        const guardSrc = a.guard;
        const parts = tuples.map(
          (t) => specialisedGuard(ctx, guardSrc, [...base, "guard"], params, paramScope, t, guard)
        );
        action.tupleGuards = parts.map((p) => p.kind === "always" ? void 0 : p.closure);
        const guardAt = guardSwitch(parts);
        if (guardAt !== void 0) action.guardAt = guardAt;
      }
    }
    return action;
  });
}
function specialisedGuard(ctx, src, path, params, paramScope, tuple, general2) {
  const bound = new Map(paramScope);
  params.forEach((p, i) => {
    const b = paramScope.get(p.name);
    if (b?.kind === "param") bound.set(p.name, { kind: "const", value: tuple[i], t: b.t });
  });
  let c;
  try {
    c = ctx.compile(src, path, ctx.scope(true, bound), false, void 0, void 0, true);
  } catch {
    return { kind: "closure", closure: general2 };
  }
  if (c.foldedLoops === true) return { kind: "closure", closure: general2 };
  if (c.known !== void 0 && c.known.value === true) return { kind: "always" };
  if (c.known !== void 0 && c.known.value === false) return { kind: "never", closure: c.fn };
  if (c.source !== void 0) return { kind: "source", input: c.source, closure: c.fn };
  return { kind: "closure", closure: c.fn };
}
function updateTarget(ctx, target, path, scope) {
  const parts = splitTarget(target);
  if (parts === void 0) {
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `update target \`${target}\` is not of the form var, var[key] or var.field`,
      true
    );
  }
  const [rootName, ...chain] = parts;
  const varIndex = ctx.vars.findIndex((v) => v.name === rootName);
  if (varIndex < 0) {
    ctx.fail(
      "MC_TYPE_ERROR",
      path,
      `update target \`${target}\`: \`${rootName}\` is not a declared variable; variables: ${ctx.vars.map((v) => v.name).join(", ")}`,
      true
    );
  }
  let type = ctx.vars[varIndex].type;
  const steps = [];
  for (const step2 of chain) {
    if (step2.kind === "field") {
      if (!(type instanceof RecordType) || !type.fields.has(step2.text)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `update target \`${target}\`: ${type.describe()} has no field \`${step2.text}\``,
          true
        );
      }
      steps.push({ kind: "field", name: step2.text, container: type });
      type = type.fields.get(step2.text);
    } else {
      if (!(type instanceof FunctionType)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `update target \`${target}\`: only functions can be updated by key, but this is ${type.describe()}`,
          true
        );
      }
      const c = ctx.compile(step2.text, path, scope, true);
      ctx.expectType(c.type, celTypeOf(type.dom), path, `the key in \`${target}\``);
      steps.push({ kind: "key", fn: c.fn, container: type });
      type = type.range;
    }
  }
  return { varIndex, steps, type };
}
function splitTarget(target) {
  const root = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(target);
  if (!root) return void 0;
  const steps = [];
  let i = root[0].length;
  while (i < target.length) {
    const ch = target[i];
    if (ch === " ") {
      i++;
    } else if (ch === ".") {
      const m = /^\.\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(target.slice(i));
      if (!m) return void 0;
      steps.push({ kind: "field", text: m[1] });
      i += m[0].length;
    } else if (ch === "[") {
      let depth = 0;
      let quote;
      let j = i;
      for (; j < target.length; j++) {
        const c = target[j];
        if (quote !== void 0) {
          if (c === "\\") j++;
          else if (c === quote) quote = void 0;
        } else if (c === "'" || c === '"') quote = c;
        else if (c === "[") depth++;
        else if (c === "]" && --depth === 0) break;
      }
      if (j >= target.length) return void 0;
      const text = target.slice(i + 1, j).trim();
      if (text === "") return void 0;
      steps.push({ kind: "key", text });
      i = j + 1;
    } else {
      return void 0;
    }
  }
  return [root[1], ...steps];
}

// action/gates/modelcheck/spec-context.ts
init_define_MAESTRO_CODE_DIGESTS();
var import_yaml = __toESM(require_dist(), 1);

// action/gates/modelcheck/spec-functions.ts
init_define_MAESTRO_CODE_DIGESTS();
var isInt = (t) => t.k === "int" || t.k === "dyn";
var isList = (t) => t.k === "list" || t.k === "dyn";
var elemOf = (t) => t.k === "list" ? t.elem : DYN;
function list(v, fn) {
  if (!Array.isArray(v)) throw new CelRuntimeError(`${fn} needs a list`);
  return v;
}
var SPEC_FUNCTIONS = {
  mod: {
    arity: 2,
    type: (a) => a.every(isInt) ? INT : "mod(a, b) takes two ints",
    impl: ([a, b]) => {
      const x = a;
      const y = b;
      if (y <= 0) throw new CelRuntimeError(`mod(${x}, ${y}): the divisor must be positive`);
      return (x % y + y) % y;
    }
  },
  head: {
    arity: 1,
    receiver: true,
    type: ([s]) => isList(s) ? elemOf(s) : "head(s) takes a list",
    impl: ([s]) => {
      const l = list(s, "head");
      if (l.length === 0) throw new CelRuntimeError("head of an empty sequence");
      return l[0];
    }
  },
  tail: {
    arity: 1,
    receiver: true,
    type: ([s]) => isList(s) ? s : "tail(s) takes a list",
    impl: ([s], ctx) => {
      const l = list(s, "tail");
      if (l.length === 0) throw new CelRuntimeError("tail of an empty sequence");
      ctx.charge(l.length);
      return l.slice(1);
    }
  },
  append: {
    arity: 2,
    receiver: true,
    type: ([s, x]) => isList(s) ? s.k === "list" ? s : listOf(x) : "append(s, x) takes a list",
    impl: ([s, x], ctx) => {
      const l = list(s, "append");
      ctx.charge(l.length + 1);
      return [...l, x];
    }
  },
  subseq: {
    arity: 3,
    receiver: true,
    type: ([s, m, n]) => isList(s) && isInt(m) && isInt(n) ? s : "subseq(s, m, n) takes a list and two ints",
    impl: ([s, m, n], ctx) => {
      const l = list(s, "subseq");
      const from = m;
      const to = n;
      if (to < from) return [];
      if (from < 1 || to > l.length)
        throw new CelRuntimeError(
          `subseq(s, ${from}, ${to}) is outside a sequence of length ${l.length} (bounds are 1-based)`
        );
      ctx.charge(to - from + 1);
      return l.slice(from - 1, to);
    }
  }
};

// action/gates/modelcheck/spec-context.ts
var SpecContext = class {
  constructor(source, options) {
    this.source = source;
    this.options = options;
  }
  source;
  options;
  /** Constants by name (after overrides). */
  constants = /* @__PURE__ */ new Map();
  /** The state variables declared so far, with their bit offsets. */
  vars = [];
  /** Comprehension slots the largest compiled expression needs. */
  slots = 0;
  /** The spec file, as shown in messages. */
  get file() {
    return this.source.file;
  }
  /** Where the node (or its key) at `path` is. */
  at(path, key = false) {
    return { file: this.file, ...positionOf(this.source, path, key) };
  }
  /** Throws a `MaestroError` located at `path`. */
  fail(code, path, message, key = false) {
    const loc = this.at(path, key);
    throw new MaestroError(code, `${this.file}:${loc.line}:${loc.column}: ${message}`, {
      location: loc
    });
  }
  /** Reads `constants`, applying the caller's overrides. */
  readConstants(raw) {
    this.constants = /* @__PURE__ */ new Map();
    if (!isRecordValue(raw)) return;
    for (const [name, value] of Object.entries(raw)) {
      const override = this.options.constants?.[name];
      const v = override !== void 0 ? override : value;
      this.checkConstant(v, ["constants", name]);
      this.constants.set(name, v);
    }
    for (const [name, v] of Object.entries(this.options.constants ?? {})) {
      if (!this.constants.has(name)) this.constants.set(name, v);
    }
  }
  /** Refuses constant values a spec cannot use (non-integers, null). */
  checkConstant(v, path) {
    if (typeof v === "number" && !Number.isSafeInteger(v)) {
      this.fail(
        "MC_SPEC_INVALID",
        path,
        `constant value ${v} is not an integer; specs use ints, strings, bools, lists and maps`
      );
    }
    if (v === null) this.fail("MC_SPEC_INVALID", path, "constant value is null; give it a value");
    if (Array.isArray(v)) v.forEach((x, i) => this.checkConstant(x, [...path, i]));
    else if (isRecordValue(v))
      for (const [k, x] of Object.entries(v)) this.checkConstant(x, [...path, k]);
  }
  /** A type bound: an int, an int constant, or an int expression over constants. */
  bound(v, path) {
    if (typeof v === "number" && Number.isSafeInteger(v)) return v;
    if (typeof v === "string") {
      const c = this.constants.get(v);
      if (typeof c === "number") return c;
      if (c === void 0 && !/^\s*[A-Za-z_][A-Za-z0-9_]*\s*$/.test(v)) {
        const e = this.compile(v, path, this.scope(false, /* @__PURE__ */ new Map()));
        const x = this.evalConst(e.fn, path);
        if (typeof x === "bigint" || typeof x === "number" && Number.isSafeInteger(x))
          return Number(x);
        this.fail("MC_SPEC_INVALID", path, `bound \`${v}\` is not an int`);
      }
      this.fail(
        "MC_SPEC_INVALID",
        path,
        c === void 0 ? `unknown constant \`${v}\` used as a bound` : `constant \`${v}\` is not an int`
      );
    }
    return this.fail(
      "MC_SPEC_INVALID",
      path,
      "a bound must be an integer or the name of an int constant"
    );
  }
  /** Definitions by name, built-ins included. */
  defs = /* @__PURE__ */ new Map();
  /** Reads `definitions`: `Name: expr` or `Name(a, b): expr`, expanded where they are used. */
  readDefinitions(raw) {
    this.defs = new Map(BUILTIN_DEFINITIONS.map((d) => [d.name, d]));
    if (!isRecordValue(raw)) return;
    for (const [key, body] of Object.entries(raw)) {
      const path = ["definitions", key];
      const k = parseDefinitionKey(key);
      if (k === void 0)
        this.fail(
          "MC_SPEC_INVALID",
          path,
          `definition \`${key}\` must be written Name or Name(a, b)`,
          true
        );
      if (typeof body !== "string")
        this.fail("MC_SPEC_INVALID", path, `definition \`${k.name}\` must be a CEL expression`);
      if (this.constants.has(k.name) || this.defs.has(k.name) || Object.hasOwn(SPEC_FUNCTIONS, k.name))
        this.fail(
          "MC_SPEC_INVALID",
          path,
          `definition \`${k.name}\` clashes with a constant, a built-in or an earlier definition`,
          true
        );
      this.refusePercent(body, path, false);
      let text = body;
      const range = k.params.length === 0 ? splitRange(body) : void 0;
      if (range !== void 0) {
        const items = this.evalConst(
          this.rangeOf(body, path, this.scope(false, /* @__PURE__ */ new Map())).fn,
          path
        );
        text = `[${items.join(", ")}]`;
      }
      this.defs.set(k.name, { name: k.name, params: k.params, body: text });
    }
  }
  /** Refuses CEL's truncated `%`, pointing at it. */
  refusePercent(src, path, key) {
    const pct = findPercent(src);
    if (pct < 0) return;
    const loc = this.exprLocation(path, pct, key);
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `${loc.file}:${loc.line}:${loc.column}: \`%\` is CEL's truncated remainder (-1 % 3 is -1) while TLA+'s is floored (-1 % 3 is 2); write mod(a, b) for TLA+'s meaning`,
      { location: loc }
    );
  }
  /** Compiles `lo..hi` (bounds are int expressions) into a closure giving the list of ints. */
  rangeOf(src, path, scope) {
    const r = splitRange(src);
    const lo = this.compile(r.lo, path, scope);
    const hi = this.compile(r.hi, path, scope);
    this.expectType(lo.type, { k: "int" }, path, `the start of the range \`${src}\``);
    this.expectType(hi.type, { k: "int" }, path, `the end of the range \`${src}\``);
    const loFn = lo.fn;
    const hiFn = hi.fn;
    const fn = (env) => {
      const a = Number(loFn(env));
      const b = Number(hiFn(env));
      if (b - a >= MAX_ENUMERATED)
        throw new CelRuntimeError(`the range ${a}..${b} has more than ${MAX_ENUMERATED} members`);
      const out = [];
      for (let x = a; x <= b; x++) out.push(x);
      return out;
    };
    return { fn, reads: /* @__PURE__ */ new Set([...lo.reads, ...hi.reads]) };
  }
  /** Expands definitions and compiles `src` in `scope`; errors point into the expression. */
  compile(src, path, scope, key = false, setVar, target, source = false) {
    this.refusePercent(src, path, key);
    let expanded;
    try {
      expanded = expandDefinitions(src, this.defs);
    } catch (thrown) {
      if (thrown instanceof MacroError) {
        const loc = this.exprLocation(path, thrown.offset, key);
        throw new MaestroError(
          "MC_SPEC_INVALID",
          `${loc.file}:${loc.line}:${loc.column}: ${thrown.message}`,
          { location: loc }
        );
      }
      throw thrown;
    }
    try {
      const c = compileExpr(expanded.text, scope, setVar, {
        functions: SPEC_FUNCTIONS,
        ...target !== void 0 ? { target } : {},
        ...source ? { source } : {}
      });
      this.slots = Math.max(this.slots, c.slots);
      return c;
    } catch (thrown) {
      if (thrown instanceof ExprError) {
        const loc = this.exprLocation(path, expanded.origin(thrown.offset), key);
        throw new MaestroError(
          thrown.code,
          `${loc.file}:${loc.line}:${loc.column}: ${thrown.message}`,
          { location: loc }
        );
      }
      throw thrown;
    }
  }
  /** Maps an offset inside an expression scalar to a file position. */
  exprLocation(path, offset, key) {
    const start = positionOf(this.source, path, key);
    const node = this.nodeAt(path, key);
    if (node && (0, import_yaml.isScalar)(node) && (node.type === "PLAIN" || node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE")) {
      const text = String(node.value);
      if (!text.slice(0, offset).includes("\n")) {
        return {
          file: this.file,
          line: start.line,
          column: start.column + offset + (node.type === "PLAIN" ? 0 : 1)
        };
      }
    }
    return { file: this.file, ...start };
  }
  /** The YAML node (or its key) at `path`. */
  nodeAt(path, key) {
    let node = this.source.doc.contents;
    let keyNode;
    for (const seg of path) {
      const n = node;
      if (n && Array.isArray(n.items)) {
        if (typeof seg === "number") {
          node = n.items[seg];
          keyNode = void 0;
        } else {
          const pair = n.items.find(
            (p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === seg
          );
          if (!pair) return void 0;
          keyNode = pair.key;
          node = pair.value;
        }
      } else return void 0;
    }
    return key ? keyNode : node;
  }
  /** Refuses an expression whose type cannot be assigned to `want`. */
  expectType(got, want, path, what) {
    if (!assignable(got, want)) {
      this.fail(
        "MC_TYPE_ERROR",
        path,
        `${what} must be ${typeName(want)}, but the expression is ${typeName(got)}`
      );
    }
  }
  /** Evaluates an expression over constants only. */
  evalConst(fn, path) {
    try {
      return fn({
        v: [],
        s: new Uint32Array(0),
        p: [],
        l: new Array(this.slots + 8),
        load: noState,
        has: noState
      });
    } catch (thrown) {
      return this.fail(
        "MC_TYPE_ERROR",
        path,
        `cannot evaluate: ${thrown instanceof Error ? thrown.message : String(thrown)}`
      );
    }
  }
  /** The names an expression sees: `extra`, then the variables (if asked), then constants. */
  scope(withVars, extra) {
    const vars = this.vars;
    const constants = this.constants;
    return {
      lookup(name) {
        const x = extra.get(name);
        if (x !== void 0) return x;
        if (withVars) {
          const index = vars.findIndex((v) => v.name === name);
          if (index >= 0)
            return { kind: "var", index, type: vars[index].type, offset: vars[index].offset };
        }
        if (constants.has(name)) {
          const value = constants.get(name);
          return { kind: "const", value, t: celTypeOfValue(value) };
        }
        return void 0;
      },
      known() {
        return [...extra.keys(), ...withVars ? vars.map((v) => v.name) : [], ...constants.keys()];
      }
    };
  }
};
function assignable(got, want) {
  if (got.k === "dyn" || want.k === "dyn") return true;
  const mapLike = (t) => t.k === "map" || t.k === "record";
  if (mapLike(got) && mapLike(want)) return true;
  if (got.k !== want.k) return false;
  if (got.k === "list" && want.k === "list") return assignable(got.elem, want.elem);
  return true;
}
function noState() {
  throw new MaestroError(
    "MC_INTERNAL_ERROR",
    "internal: a constant expression read a state variable"
  );
}

// action/gates/modelcheck/spec-properties.ts
init_define_MAESTRO_CODE_DIGESTS();
function generated(c) {
  return (c.source !== void 0 ? expressionFunction(c.source, c.fn) : void 0) ?? c.fn;
}
function compileProperties(ctx, raw) {
  const stateScope = ctx.scope(true, /* @__PURE__ */ new Map());
  const invariants = [];
  const invariantIds = [];
  (raw.invariants ?? []).forEach((inv, ii) => {
    const base = ["invariants", ii];
    if ("id" in inv) invariants.push(shared(ctx, inv, base, stateScope, invariantIds));
    else {
      const c = ctx.compile(
        inv.expr,
        [...base, "expr"],
        stateScope,
        false,
        void 0,
        void 0,
        true
      );
      ctx.expectType(c.type, { k: "bool" }, [...base, "expr"], `invariant \`${inv.name}\``);
      invariants.push({
        name: inv.name,
        severity: inv.severity ?? "critical",
        ...inv.message !== void 0 ? { message: inv.message } : {},
        checks: [{ fn: generated(c), source: inv.expr }],
        loc: ctx.at(base)
      });
    }
  });
  const responses = (raw.responses ?? []).map((r, ri) => {
    const base = ["responses", ri];
    const w = ctx.compile(r.when, [...base, "when"], stateScope);
    ctx.expectType(w.type, { k: "bool" }, [...base, "when"], `\`when\` of response \`${r.name}\``);
    const t = ctx.compile(r.then, [...base, "then"], stateScope);
    ctx.expectType(t.type, { k: "bool" }, [...base, "then"], `\`then\` of response \`${r.name}\``);
    return {
      name: r.name,
      when: w.fn,
      then: t.fn,
      within: r.within,
      severity: r.severity ?? "critical",
      loc: ctx.at(base)
    };
  });
  const constraintSources = raw.constraint === void 0 ? [] : Array.isArray(raw.constraint) ? raw.constraint : [raw.constraint];
  const constraints = constraintSources.map((src, i) => {
    const path = Array.isArray(raw.constraint) ? ["constraint", i] : ["constraint"];
    const c = ctx.compile(src, path, stateScope, false, void 0, void 0, true);
    ctx.expectType(c.type, { k: "bool" }, path, "a state constraint");
    return { fn: generated(c), source: src, loc: ctx.at(path), reads: [...c.reads] };
  });
  return { invariants, responses, constraints, invariantIds };
}
function shared(ctx, inv, base, stateScope, ids) {
  const found = ctx.options.invariants?.get(inv.id);
  if (found === void 0) {
    const known = [...ctx.options.invariants?.keys() ?? []].sort();
    const near = known.filter((k) => k.toLowerCase().includes(inv.id.toLowerCase().split(".").pop() ?? "")).slice(0, 5);
    ctx.fail(
      "MC_INVARIANT_NOT_FOUND",
      [...base, "id"],
      `invariant id \`${inv.id}\` does not resolve to any invariant in the base branch's invariants directory (${known.length} known${near.length > 0 ? `; similar: ${near.join(", ")}` : ""}). Fix the id, add the invariant in a separate pull request, or write it inline with name/expr.`
    );
  }
  ids.push(inv.id);
  const lets = /* @__PURE__ */ new Map();
  for (const [name, src] of Object.entries(inv.bind ?? {})) {
    const c = ctx.compile(src, [...base, "bind", name], stateScope);
    lets.set(name, { kind: "let", fn: c.fn, t: c.type });
  }
  const scope = ctx.scope(true, lets);
  const checks = found.asserts.map((a) => {
    let c;
    try {
      c = compileExpr(a.expr, scope, void 0, { functions: SPEC_FUNCTIONS });
    } catch (thrown) {
      if (thrown instanceof ExprError) {
        const loc = a.location;
        const here = ctx.at([...base, "id"]);
        throw new MaestroError(
          thrown.code,
          `${here.file}:${here.line}:${here.column}: invariant ${inv.id} (${loc.file}:${loc.line}:${loc.column}) cannot be checked on spec states: ${thrown.message}. Map its names to spec expressions with \`bind\`.`,
          { location: here }
        );
      }
      throw thrown;
    }
    ctx.slots = Math.max(ctx.slots, c.slots);
    if (c.type.k !== "bool" && c.type.k !== "dyn") {
      ctx.fail(
        "MC_TYPE_ERROR",
        [...base, "id"],
        `invariant ${inv.id}: \`${a.expr}\` is ${typeName(c.type)}, not a bool`
      );
    }
    return {
      fn: c.fn,
      source: a.expr,
      ...a.message !== void 0 ? { message: a.message } : {}
    };
  });
  if (checks.length === 0) {
    ctx.fail(
      "MC_INVARIANT_UNSUPPORTED",
      [...base, "id"],
      `invariant ${inv.id} has no \`assert\` expressions (only temporal rules over event traces), so it cannot be checked on states; reference an invariant with asserts, or write one inline`
    );
  }
  return {
    name: inv.id,
    id: inv.id,
    severity: found.severity,
    ...found.title !== void 0 ? { message: found.title } : {},
    checks,
    loc: ctx.at(base),
    definedAt: found.location
  };
}

// action/gates/modelcheck/spec-temporal.ts
init_define_MAESTRO_CODE_DIGESTS();
function compileFairness(ctx, raw, actions) {
  return (raw ?? []).map((f, i) => {
    const base = ["fairness", i];
    if (f.weak === void 0 === (f.strong === void 0)) {
      ctx.fail(
        "MC_SPEC_INVALID",
        base,
        "a fairness rule is either {weak: Action} or {strong: Action} (a name or a list of names)"
      );
    }
    const kind = f.weak !== void 0 ? "weak" : "strong";
    const written = f.weak ?? f.strong;
    const names = Array.isArray(written) ? written : [written];
    const indices = names.map((name, j) => {
      const ai = actions.findIndex((a) => a.name === name);
      if (ai < 0) {
        ctx.fail(
          "MC_SPEC_INVALID",
          Array.isArray(written) ? [...base, kind, j] : [...base, kind],
          `fairness names \`${name}\`, which is not an action; actions: ${actions.map((a) => a.name).join(", ")}`
        );
      }
      return ai;
    });
    if (f.per !== void 0) {
      for (const ai of indices) {
        const a = actions[ai];
        if (!a.params.some((p) => p.name === f.per)) {
          ctx.fail(
            "MC_SPEC_INVALID",
            [...base, "per"],
            `fairness is split per \`${f.per}\`, but action \`${a.name}\` has no parameter \`${f.per}\``
          );
        }
      }
    }
    return {
      kind,
      actions: indices,
      ...f.per !== void 0 ? { per: { name: f.per } } : {},
      loc: ctx.at(base)
    };
  });
}
function parameterTuples(ctx, params, base) {
  let tuples = [/* @__PURE__ */ new Map()];
  for (const [name, src] of Object.entries(params ?? {})) {
    const path = [...base, "params", name];
    if (ctx.constants.has(name) || ctx.vars.some((v) => v.name === name))
      ctx.fail(
        "MC_SPEC_INVALID",
        path,
        `parameter \`${name}\` shadows a constant or variable of the same name`,
        true
      );
    const scope = ctx.scope(false, /* @__PURE__ */ new Map());
    const fn = splitRange(src) !== void 0 ? ctx.rangeOf(src, path, scope).fn : ctx.compile(src, path, scope).fn;
    const items = ctx.evalConst(fn, path);
    if (!Array.isArray(items))
      ctx.fail("MC_TYPE_ERROR", path, `parameter \`${name}\` must range over a constant list`);
    tuples = tuples.flatMap(
      (t) => items.map((value) => {
        const next = new Map(t);
        next.set(name, { kind: "const", value, t: celTypeOfValue(value) });
        return next;
      })
    );
  }
  return tuples;
}
function compileTemporal(ctx, raw) {
  const names = /* @__PURE__ */ new Set();
  return (raw ?? []).flatMap(
    (p, i) => parameterTuples(ctx, p.params, ["properties", i]).map((bound) => {
      const scope = ctx.scope(true, bound);
      const name = bound.size === 0 ? p.name : `${p.name}[${[...bound].map(([k, b]) => `${k}=${JSON.stringify(toJson(b.value))}`).join(", ")}]`;
      const base = ["properties", i];
      if (names.has(name))
        ctx.fail("MC_SPEC_INVALID", [...base, "name"], `duplicate property name \`${p.name}\``);
      names.add(name);
      const bool = (src, key) => {
        const c = ctx.compile(src, [...base, key], scope);
        ctx.expectType(
          c.type,
          { k: "bool" },
          [...base, key],
          `\`${key}\` of property \`${p.name}\``
        );
        return c.fn;
      };
      if (p.eventually !== void 0) {
        if (p.when !== void 0 || p.leads_to !== void 0)
          ctx.fail(
            "MC_SPEC_INVALID",
            base,
            `property \`${p.name}\` is either {eventually: q} or {when: p, leads_to: q}, not both`
          );
        return {
          name,
          kind: "eventually",
          then: bool(p.eventually, "eventually"),
          loc: ctx.at(base)
        };
      }
      if (p.when === void 0 || p.leads_to === void 0)
        ctx.fail(
          "MC_SPEC_INVALID",
          base,
          `property \`${p.name}\` needs {eventually: q} or both \`when\` and \`leads_to\` (p ~> q)`
        );
      return {
        name,
        kind: "leads_to",
        when: bool(p.when, "when"),
        then: bool(p.leads_to, "leads_to"),
        loc: ctx.at(base)
      };
    })
  );
}

// action/gates/modelcheck/spec-types.ts
init_define_MAESTRO_CODE_DIGESTS();
function buildType(ctx, t, path) {
  const unbounded = (what) => ctx.fail(
    "MC_SPEC_INVALID",
    path,
    `unbounded domain: \`${what}\` has infinitely many values, so the state space is not finite. Use a finite type: {int: [lo, hi]}, {enum: [...]}, bool, {set: T}, {function: {from: T, to: U}}, {seq: T, max_length: N}, {record: {...}} or {union: [...]}.`
  );
  if (t === "bool") return new BoolType();
  if (typeof t === "string") {
    if ([
      "int",
      "integer",
      "string",
      "number",
      "double",
      "uint",
      "list",
      "map",
      "bytes",
      "nat",
      "Nat",
      "Int"
    ].includes(t)) {
      return unbounded(t);
    }
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `unknown type \`${t}\`; the only type written as a word is \`bool\``
    );
  }
  if (!isRecordValue(t))
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      "a type must be `bool` or an object such as {int: [0, 3]}"
    );
  const keys = Object.keys(t);
  const kind = keys.find(
    (k) => ["int", "enum", "record", "set", "function", "seq", "union"].includes(k)
  );
  if (kind === void 0) {
    return ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `unknown type form {${keys.join(", ")}}; use one of int, enum, record, set, function, seq, union`
    );
  }
  const sub = [...path, kind];
  let out;
  switch (kind) {
    case "int": {
      const r = t["int"];
      if (!Array.isArray(r) || r.length !== 2) {
        return r === void 0 || r === null || r === true ? unbounded("int") : ctx.fail("MC_SPEC_INVALID", sub, "an int type is {int: [lo, hi]}");
      }
      const lo = ctx.bound(r[0], [...sub, 0]);
      const hi = ctx.bound(r[1], [...sub, 1]);
      if (hi < lo) ctx.fail("MC_SPEC_INVALID", sub, `empty int range [${lo}, ${hi}]`);
      if (hi - lo >= 2 ** 31)
        ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          `int range [${lo}, ${hi}] is too large (at most 2^31 values)`
        );
      out = new IntType(lo, hi);
      break;
    }
    case "enum": {
      let names = t["enum"];
      if (typeof names === "string") {
        const c = ctx.constants.get(names);
        if (c === void 0)
          ctx.fail("MC_SPEC_INVALID", sub, `unknown constant \`${names}\` used as an enum`);
        names = c;
      }
      if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === "string")) {
        return ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          "an enum is a non-empty list of strings (or the name of a constant that is one)"
        );
      }
      if (new Set(names).size !== names.length)
        ctx.fail("MC_SPEC_INVALID", sub, "enum values must be distinct");
      out = new EnumType(names);
      break;
    }
    case "record": {
      const fields = t["record"];
      if (!isRecordValue(fields) || Object.keys(fields).length === 0) {
        return ctx.fail("MC_SPEC_INVALID", sub, "a record type is {record: {field: type, ...}}");
      }
      out = new RecordType(
        new Map(Object.entries(fields).map(([n, ft]) => [n, buildType(ctx, ft, [...sub, n])]))
      );
      break;
    }
    case "set": {
      const elem = buildType(ctx, t["set"], sub);
      if (elem.size > MAX_ENUMERATED) {
        ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          `set elements range over ${elem.size} values; at most ${MAX_ENUMERATED} are supported (one bit each)`
        );
      }
      out = new SetType(elem);
      break;
    }
    case "function": {
      const f = t["function"];
      if (!isRecordValue(f))
        return ctx.fail("MC_SPEC_INVALID", sub, "a function type is {function: {from: T, to: U}}");
      const dom = buildType(ctx, f["from"], [...sub, "from"]);
      const range = buildType(ctx, f["to"], [...sub, "to"]);
      if (dom.size > MAX_ENUMERATED) {
        ctx.fail(
          "MC_SPEC_INVALID",
          [...sub, "from"],
          `function domain has ${dom.size} values; at most ${MAX_ENUMERATED} are supported`
        );
      }
      out = new FunctionType(dom, range);
      break;
    }
    case "seq": {
      const elem = buildType(ctx, t["seq"], sub);
      if (t["max_length"] === void 0) unbounded("seq without max_length");
      const n = ctx.bound(t["max_length"], [...path, "max_length"]);
      if (n < 0 || n > 1024)
        ctx.fail(
          "MC_SPEC_INVALID",
          [...path, "max_length"],
          "max_length must be between 0 and 1024"
        );
      out = new SeqType(elem, n);
      break;
    }
    default: {
      const alts = t["union"];
      if (!Array.isArray(alts) || alts.length === 0)
        return ctx.fail("MC_SPEC_INVALID", sub, "a union is a non-empty list of types");
      const types = alts.map((a, i) => buildType(ctx, a, [...sub, i]));
      out = new UnionType(types);
      if (out.size > MAX_ENUMERATED) {
        ctx.fail(
          "MC_SPEC_INVALID",
          sub,
          `a union has ${out.size} values; at most ${MAX_ENUMERATED} are supported`
        );
      }
      break;
    }
  }
  if (out.bits > 1 << 20)
    ctx.fail(
      "MC_SPEC_INVALID",
      path,
      `type ${out.describe()} needs ${out.bits} bits per state; reduce the domains`
    );
  return out;
}

// action/gates/modelcheck/spec.ts
var MAX_STATE_BITS = 1 << 16;
function loadSpec(file, text, options = {}) {
  const { source, problems } = parseYamlSource(file, text);
  if (problems.length > 0) {
    const p = problems[0];
    throw new MaestroError(
      "MC_SPEC_UNPARSEABLE",
      `${file}:${p.line}:${p.column}: the spec is not valid YAML: ${p.message}`,
      { location: { file, line: p.line, column: p.column } }
    );
  }
  const raw = source.doc.toJS({ maxAliasCount: 100 });
  if (raw === null || raw === void 0) {
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `${file}: the spec is empty. Start from the example in docs/model-checking.md.`,
      {
        location: { file, line: 1, column: 1 }
      }
    );
  }
  const ctx = new SpecContext(source, options);
  if (isRecordValue(raw)) preflight(ctx, raw);
  const schemaProblems = problemsOf(validate, raw);
  if (schemaProblems.length > 0) {
    const best = [...schemaProblems].sort((x, y) => y.path.length - x.path.length)[0];
    const unknown = schemaProblems.find((p2) => p2.unknownKey !== void 0);
    const p = unknown ?? best;
    const pos = positionOf(source, p.path, p.unknownKey !== void 0);
    const allowed = p.allowed ? ` Allowed: ${p.allowed.join(", ")}.` : "";
    throw new MaestroError(
      "MC_SPEC_INVALID",
      `${file}:${pos.line}:${pos.column}: ${p.message} (schemas/spec.schema.json).${allowed}`,
      { location: { file, ...pos } }
    );
  }
  return build(ctx, raw);
}
function preflight(ctx, raw) {
  ctx.readConstants(raw["constants"]);
  ctx.readDefinitions(raw["definitions"]);
  const vars = raw["variables"];
  if (isRecordValue(vars)) {
    for (const [name, t] of Object.entries(vars)) buildType(ctx, t, ["variables", name]);
  }
}
function build(ctx, raw) {
  ctx.readConstants(raw.constants);
  ctx.readDefinitions(raw.definitions);
  let offset = 0;
  for (const [name, t] of Object.entries(raw.variables)) {
    if (ctx.constants.has(name))
      ctx.fail(
        "MC_SPEC_INVALID",
        ["variables", name],
        `\`${name}\` is both a constant and a variable`,
        true
      );
    if (ctx.defs.has(name))
      ctx.fail(
        "MC_SPEC_INVALID",
        ["variables", name],
        `\`${name}\` is both a definition and a variable`,
        true
      );
    const type = buildType(ctx, t, ["variables", name]);
    ctx.vars.push({ name, type, offset });
    offset += type.bits;
  }
  if (offset > MAX_STATE_BITS) {
    ctx.fail(
      "MC_SPEC_INVALID",
      ["variables"],
      `one state needs ${offset} bits; at most ${MAX_STATE_BITS} are supported. Shrink the domains.`
    );
  }
  const words = Math.max(1, Math.ceil(offset / 32));
  const init = compileInit(ctx, raw.init);
  const actions = compileActions(ctx, raw.actions);
  const { invariants, responses, constraints, invariantIds } = compileProperties(ctx, raw);
  const fairness = compileFairness(ctx, raw.fairness, actions);
  const properties = compileTemporal(ctx, raw.properties);
  return {
    name: raw.spec,
    file: ctx.file,
    critical: raw.critical ?? false,
    constraints,
    vars: ctx.vars,
    words,
    init,
    actions,
    invariants,
    responses,
    properties,
    fairness,
    deadlock: raw.deadlock ?? true,
    bounds: raw.bounds ?? {},
    slots: ctx.slots,
    invariantIds
  };
}

export {
  StateTable,
  Frontier,
  h1,
  h2,
  fingerprint,
  toJson,
  StepFailure,
  evalFailure,
  initialStates,
  initialCountHint,
  paramsOf,
  nthSuccessor,
  traceTo,
  wordsOf,
  Transitions,
  ChunkExpander,
  CLAIM_SLOTS,
  CLAIM_QUEUED,
  CLAIM_WORKER,
  CLAIM_MAIN,
  loadSpec
};
