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
  registerSchema,
  showValue,
  typeName,
  validate
} from "./chunk-UXWSKPL2.js";
import {
  require_dist
} from "./chunk-Q3RZJNWW.js";
import {
  MaestroError,
  __toESM,
  init_define_MAESTRO_CODE_DIGESTS
} from "./chunk-QATXD5XM.js";

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
  /** Slots − 1 (the number of slots is a power of two). */
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
  push(state, id) {
    if (this.length >= this.ids.length) {
      const words = new Uint32Array(this.words.length * 2);
      words.set(this.words);
      this.words = words;
      const ids = new Int32Array(this.ids.length * 2);
      ids.set(this.ids);
      this.ids = ids;
    }
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
    return { varIndex: b.index, leaf: b.type, fixed: off, offset: () => off };
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
    return {
      varIndex: inner.varIndex,
      leaf: seq.elem,
      fixed: void 0,
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
    return { varIndex: p.varIndex, leaf, fixed: off, offset: () => off };
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
    return (env) => names[getBits(env.s, off(env), bits)];
  }
  return (env) => leaf.read(env.s, off(env));
}
function sizeOfPath(p) {
  const leaf = p.leaf;
  const off = p.offset;
  if (leaf instanceof SeqType) {
    const lenBits = leaf.lenBits;
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
    return { t: BOOL, fn };
  }
  if (name === "_[_]" || name === "head" || name === "@select") {
    const p = name === "@select" ? accessPath(args[0], scope, ctx) : pathOfCall(name, target, args, scope, ctx, 0);
    if (p === void 0) return void 0;
    ctx.noteRead(p.varIndex);
    return { t: celTypeOf(p.leaf), fn: readPath(p) };
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
  for (const step of steps) {
    if (step.kind === "field") {
      const c = step.container;
      const add = c.offsets[c.names.indexOf(step.name)];
      if (keys.length === 0) fixed += add;
      else keys[keys.length - 1].after += add;
    } else {
      const dom = step.container.dom;
      keys.push({
        fn: step.fn,
        index: indexer(dom),
        stride: step.container.range.bits,
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
    slots: compiled.slots
  };
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
    fns.set(names[i], compile(entry.value).fn);
  });
  const fields = record.names.map((n) => ({ type: record.fields.get(n), fn: fns.get(n) }));
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
function* initialStates(model, inModel) {
  const env = {
    v: [],
    s: new Uint32Array(model.words),
    p: [],
    l: new Array(model.slots + 4),
    load: () => void 0,
    has: () => false
  };
  const vars = model.vars;
  const constraints = model.constraints;
  for (const block of model.init) {
    const sources = vars.map((v, vi) => {
      const rule = block[vi];
      const fail = (thrown) => evalFailure(thrown, rule.loc, `initial value of \`${v.name}\``);
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
          base = () => typeValues(v.type);
        }
      } catch (thrown) {
        throw fail(thrown);
      }
      const where = rule.kind === "in" || rule.kind === "all" ? rule.where : void 0;
      if (where === void 0) return () => base()[Symbol.iterator]();
      return function* filtered() {
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
      };
    });
    const n = vars.length;
    const its = sources.map((f) => f());
    const cur = new Array(n);
    let empty = false;
    for (let k = 0; k < n; k++) {
      const r = its[k].next();
      if (r.done === true) empty = true;
      else cur[k] = r.value;
    }
    if (empty) continue;
    for (; ; ) {
      const words = new Uint32Array(model.words);
      for (let vi = 0; vi < n; vi++) {
        const v = vars[vi];
        try {
          v.type.write(cur[vi], words, v.offset);
        } catch (thrown) {
          throw evalFailure(thrown, block[vi].loc, `initial value of \`${v.name}\``);
        }
      }
      if (constraints.length === 0 || inModel(words)) yield words;
      let k = n - 1;
      for (; k >= 0; k--) {
        const r = its[k].next();
        if (r.done !== true) {
          cur[k] = r.value;
          break;
        }
        its[k] = sources[k]();
        cur[k] = its[k].next().value;
      }
      if (k < 0) break;
    }
  }
}

// action/gates/modelcheck/transitions.ts
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
        for (let t = 0; t < tuples.length; t++)
          if (this.fire(action, tuples[t], state, onSucc)) return this.enabled;
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
  /** Takes one transition if its guard holds; true when `onSucc` asked to stop. */
  fire(action, tuple, state, onSucc) {
    const env = this.env;
    env.p = tuple;
    if (action.guard !== void 0) {
      let g;
      try {
        g = action.guard(env);
      } catch (thrown) {
        throw evalFailure(thrown, action.loc, `guard of \`${action.name}\``);
      }
      if (g === false) return false;
      if (g !== true) {
        throw new StepFailure(
          "eval",
          `the guard of \`${action.name}\` evaluated to a non-bool value`,
          action.loc
        );
      }
    }
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
    if (n === 0) return this.fire(action, [], state, onSucc);
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
        if (this.fire(action, tuple.slice(), state, onSucc)) return true;
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
        for (const step of u.steps) {
          if (step.kind === "key") {
            const key = step.fn(env);
            const rel = step.container.entryOffset(key);
            if (rel < 0)
              throw new DomainError(
                `key ${JSON.stringify(toJson(key))} is not in the domain ${step.container.dom.describe()}`
              );
            off += rel;
          } else {
            const c = step.container;
            off += c.offsets[c.names.indexOf(step.name)];
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
  onSucc = (succ) => {
    this.generated++;
    const ord = this.ordinal++;
    if (this.model.constraints.length > 0 && !this.inModel(succ, this.expanding)) return false;
    const W = this.words;
    fingerprint(succ, W);
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

// action/gates/modelcheck/spec.ts
init_define_MAESTRO_CODE_DIGESTS();

// schemas/spec.schema.json
var spec_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://maestro-gate.dev/schemas/spec.schema.json",
  title: "Maestro Gate model-check spec (specs/*.yaml)",
  description: "A finite-state model checked exhaustively by breadth-first search: typed variables with finite domains, initial states, actions with CEL guards and updates, invariants, bounded response properties and bounds. See docs/model-checking.md.",
  type: "object",
  required: ["spec", "variables", "init", "actions"],
  properties: {
    spec: {
      type: "string",
      pattern: "^[A-Za-z][A-Za-z0-9_.-]*$",
      description: "Name of the spec, used in reports and cache keys."
    },
    title: {
      type: "string"
    },
    description: {
      type: "string"
    },
    critical: {
      type: "boolean",
      description: "A critical spec whose search hits a bound before exhausting the state space pauses for a human (gates.modelcheck.critical_bound_action) instead of passing with a warning."
    },
    constants: {
      type: "object",
      description: "Named constant values (ints, strings, bools, lists and maps of them). Referenced by name in types and expressions.",
      additionalProperties: {
        $ref: "#/$defs/constant"
      }
    },
    definitions: {
      type: "object",
      description: "Named definitions, TLA+'s `Op(a, b) == e`: keys `Name` or `Name(a, b)`, values CEL expressions, expanded where they are used (a definition may use earlier ones). `Name: lo..hi` over constants is the list of those ints. `mod(a, b)` (floored, as TLA+'s %) is built in; CEL's `%` truncates and is refused.",
      propertyNames: {
        pattern: "^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*(\\(\\s*[A-Za-z_][A-Za-z0-9_]*(\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*\\s*\\))?\\s*$"
      },
      additionalProperties: {
        $ref: "#/$defs/cel"
      }
    },
    variables: {
      type: "object",
      minProperties: 1,
      description: "The state variables and their finite types.",
      propertyNames: {
        $ref: "#/$defs/name"
      },
      additionalProperties: {
        $ref: "#/$defs/type"
      }
    },
    init: {
      description: "The initial states: one assignment block, or a list of alternative blocks. Every variable must be assigned in every block.",
      oneOf: [
        {
          $ref: "#/$defs/initBlock"
        },
        {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/initBlock"
          }
        }
      ]
    },
    constraint: {
      description: "State constraints (TLC's CONSTRAINT): a state where one is false is neither stored nor explored, but a state whose only successors fall outside them is not deadlocked. One CEL expression or a list (all must hold).",
      oneOf: [
        {
          $ref: "#/$defs/cel"
        },
        {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/cel"
          }
        }
      ]
    },
    actions: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/action"
      }
    },
    invariants: {
      type: "array",
      items: {
        oneOf: [
          {
            $ref: "#/$defs/sharedInvariant"
          },
          {
            $ref: "#/$defs/inlineInvariant"
          }
        ]
      }
    },
    deadlock: {
      type: "boolean",
      description: "Report a reachable state in which no action is enabled (default true, as in TLC)."
    },
    responses: {
      type: "array",
      description: "Bounded response properties: on every path, a state satisfying `when` is followed by a state satisfying `then` within `within` steps.",
      items: {
        $ref: "#/$defs/response"
      }
    },
    fairness: {
      type: "array",
      description: "Fairness of named actions (TLA+'s WF_vars / SF_vars), assumed when the temporal `properties` are checked. `weak`: an action continuously enabled is eventually taken; `strong`: an action enabled infinitely often is taken infinitely often. A list of names is one condition on their disjunction; `per` makes one condition per value of that parameter (each named action must have it).",
      items: {
        $ref: "#/$defs/fairness"
      }
    },
    properties: {
      type: "array",
      description: "Temporal properties checked over the whole state graph under `fairness`: `eventually: q` (<>q from every initial state) or `when: p` with `leads_to: q` (p ~> q). A violation is a lasso: a prefix and a loop, or stuttering.",
      items: {
        $ref: "#/$defs/temporal"
      }
    },
    bounds: {
      type: "object",
      properties: {
        max_depth: {
          type: "integer",
          minimum: 1
        },
        max_states: {
          type: "integer",
          minimum: 1
        },
        time_seconds: {
          type: "number",
          exclusiveMinimum: 0
        },
        workers: {
          type: "integer",
          minimum: 1,
          maximum: 16,
          description: "Threads expanding the breadth-first search, the main thread included (as TLC's -workers; default 1, or gates.modelcheck.workers). Counts and counterexamples are the same with any number; specs with responses or temporal properties run with one."
        }
      },
      additionalProperties: false
    }
  },
  additionalProperties: false,
  $defs: {
    name: {
      type: "string",
      pattern: "^[A-Za-z_][A-Za-z0-9_]*$"
    },
    cel: {
      type: "string",
      minLength: 1,
      maxLength: 4096,
      description: "A CEL expression."
    },
    constant: {
      oneOf: [
        {
          type: "integer"
        },
        {
          type: "string"
        },
        {
          type: "boolean"
        },
        {
          type: "array",
          items: {
            $ref: "#/$defs/constant"
          }
        },
        {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/constant"
          }
        }
      ]
    },
    bound: {
      description: "An integer, the name of an integer constant, or an int expression over constants (`N - 1`).",
      oneOf: [
        {
          type: "integer"
        },
        {
          type: "string",
          minLength: 1
        }
      ]
    },
    type: {
      description: "A finite type.",
      oneOf: [
        {
          const: "bool"
        },
        {
          type: "object",
          required: ["int"],
          properties: {
            int: {
              type: "array",
              prefixItems: [
                {
                  $ref: "#/$defs/bound"
                },
                {
                  $ref: "#/$defs/bound"
                }
              ],
              minItems: 2,
              maxItems: 2
            }
          },
          additionalProperties: false
        },
        {
          type: "object",
          required: ["enum"],
          properties: {
            enum: {
              description: "A list of strings, or the name of a constant that is one.",
              oneOf: [
                {
                  type: "array",
                  minItems: 1,
                  uniqueItems: true,
                  items: {
                    type: "string"
                  }
                },
                {
                  $ref: "#/$defs/name"
                }
              ]
            }
          },
          additionalProperties: false
        },
        {
          type: "object",
          required: ["record"],
          properties: {
            record: {
              type: "object",
              minProperties: 1,
              propertyNames: {
                $ref: "#/$defs/name"
              },
              additionalProperties: {
                $ref: "#/$defs/type"
              }
            }
          },
          additionalProperties: false
        },
        {
          type: "object",
          required: ["set"],
          properties: {
            set: {
              $ref: "#/$defs/type"
            }
          },
          additionalProperties: false
        },
        {
          type: "object",
          required: ["function"],
          properties: {
            function: {
              type: "object",
              required: ["from", "to"],
              properties: {
                from: {
                  $ref: "#/$defs/type"
                },
                to: {
                  $ref: "#/$defs/type"
                }
              },
              additionalProperties: false
            }
          },
          additionalProperties: false
        },
        {
          type: "object",
          required: ["seq", "max_length"],
          properties: {
            seq: {
              $ref: "#/$defs/type"
            },
            max_length: {
              $ref: "#/$defs/bound"
            }
          },
          additionalProperties: false
        },
        {
          type: "object",
          required: ["union"],
          properties: {
            union: {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/$defs/type"
              }
            }
          },
          additionalProperties: false
        }
      ]
    },
    initBlock: {
      type: "object",
      minProperties: 1,
      propertyNames: {
        $ref: "#/$defs/name"
      },
      additionalProperties: {
        description: "`<cel>`: the value; `{in: <cel> | lo..hi, where?}`: any element of a list or range; `{any: true, where?}` or `{where}`: any value of the variable's type (TLA+'s `x \\in [S -> T]`, `{c \\in Can : P(c)}`), the variable's name bound to the candidate in `where`; `{each: <cel>}`: a function mapping every key (bound as `key`) to the value.",
        oneOf: [
          {
            $ref: "#/$defs/cel"
          },
          {
            type: "object",
            required: ["in"],
            properties: {
              in: {
                $ref: "#/$defs/cel"
              },
              where: {
                $ref: "#/$defs/cel"
              }
            },
            additionalProperties: false
          },
          {
            type: "object",
            required: ["any"],
            properties: {
              any: {
                const: true
              },
              where: {
                $ref: "#/$defs/cel"
              }
            },
            additionalProperties: false
          },
          {
            type: "object",
            required: ["where"],
            properties: {
              where: {
                $ref: "#/$defs/cel"
              }
            },
            additionalProperties: false
          },
          {
            $ref: "#/$defs/each"
          }
        ]
      }
    },
    action: {
      type: "object",
      required: ["name"],
      properties: {
        name: {
          $ref: "#/$defs/name"
        },
        description: {
          type: "string"
        },
        params: {
          type: "object",
          description: "Parameters, each ranging over the list a CEL expression yields (constants or state; earlier parameters may be used), or an integer range `lo..hi` whose bounds are int expressions.",
          propertyNames: {
            $ref: "#/$defs/name"
          },
          additionalProperties: {
            $ref: "#/$defs/cel"
          }
        },
        guard: {
          $ref: "#/$defs/cel"
        },
        updates: {
          type: "object",
          description: "Targets (`var`, `var[key]`, `var.field`, `var[k1].f`, keys computed from state and parameters) and their new values; variables not updated keep their value.",
          additionalProperties: {
            oneOf: [
              {
                $ref: "#/$defs/cel"
              },
              {
                $ref: "#/$defs/each"
              }
            ]
          }
        }
      },
      additionalProperties: false
    },
    sharedInvariant: {
      type: "object",
      required: ["id"],
      properties: {
        id: {
          type: "string",
          minLength: 1
        },
        bind: {
          type: "object",
          description: "Names the invariant's expressions use, bound to CEL over the spec's state.",
          propertyNames: {
            $ref: "#/$defs/name"
          },
          additionalProperties: {
            $ref: "#/$defs/cel"
          }
        }
      },
      additionalProperties: false
    },
    inlineInvariant: {
      type: "object",
      required: ["name", "expr"],
      properties: {
        name: {
          type: "string",
          minLength: 1
        },
        expr: {
          $ref: "#/$defs/cel"
        },
        severity: {
          enum: ["critical", "high", "medium", "low"]
        },
        message: {
          type: "string"
        }
      },
      additionalProperties: false
    },
    response: {
      type: "object",
      required: ["name", "when", "then", "within"],
      properties: {
        name: {
          type: "string",
          minLength: 1
        },
        when: {
          $ref: "#/$defs/cel"
        },
        then: {
          $ref: "#/$defs/cel"
        },
        within: {
          type: "integer",
          minimum: 0,
          maximum: 1e4
        },
        severity: {
          enum: ["critical", "high", "medium", "low"]
        }
      },
      additionalProperties: false
    },
    each: {
      description: "`{each: <cel>}`: a function value, every key of the domain (bound as `key`) mapping to the expression; the expression may itself be `{each: ...}` for a function of functions.",
      type: "object",
      required: ["each"],
      properties: {
        each: {
          oneOf: [
            {
              $ref: "#/$defs/cel"
            },
            {
              $ref: "#/$defs/each"
            }
          ]
        }
      },
      additionalProperties: false
    },
    fairness: {
      type: "object",
      minProperties: 1,
      properties: {
        weak: {
          oneOf: [
            {
              $ref: "#/$defs/name"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/$defs/name"
              }
            }
          ]
        },
        strong: {
          oneOf: [
            {
              $ref: "#/$defs/name"
            },
            {
              type: "array",
              minItems: 1,
              items: {
                $ref: "#/$defs/name"
              }
            }
          ]
        },
        per: {
          $ref: "#/$defs/name"
        }
      },
      additionalProperties: false
    },
    temporal: {
      type: "object",
      required: ["name"],
      properties: {
        name: {
          type: "string",
          minLength: 1
        },
        eventually: {
          $ref: "#/$defs/cel"
        },
        when: {
          $ref: "#/$defs/cel"
        },
        leads_to: {
          $ref: "#/$defs/cel"
        },
        params: {
          type: "object",
          description: "One property per combination of these constant lists or ranges (`p: 1..N`), as TLA+'s \\A p \\in S : ...",
          additionalProperties: {
            type: "string",
            minLength: 1
          }
        }
      },
      additionalProperties: false
    }
  }
};

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
          rules[vi] = {
            kind: "all",
            ...where !== void 0 ? { where } : {},
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

// action/gates/modelcheck/spec-actions.ts
var MAX_LISTED_TUPLES = 4096;
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
    if (a.guard !== void 0) {
      const c = ctx.compile(a.guard, [...base, "guard"], scope);
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
    }
    return action;
  });
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
  for (const step of chain) {
    if (step.kind === "field") {
      if (!(type instanceof RecordType) || !type.fields.has(step.text)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `update target \`${target}\`: ${type.describe()} has no field \`${step.text}\``,
          true
        );
      }
      steps.push({ kind: "field", name: step.text, container: type });
      type = type.fields.get(step.text);
    } else {
      if (!(type instanceof FunctionType)) {
        ctx.fail(
          "MC_TYPE_ERROR",
          path,
          `update target \`${target}\`: only functions can be updated by key, but this is ${type.describe()}`,
          true
        );
      }
      const c = ctx.compile(step.text, path, scope, true);
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
  compile(src, path, scope, key = false, setVar, target) {
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
        ...target !== void 0 ? { target } : {}
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
function compileProperties(ctx, raw) {
  const stateScope = ctx.scope(true, /* @__PURE__ */ new Map());
  const invariants = [];
  const invariantIds = [];
  (raw.invariants ?? []).forEach((inv, ii) => {
    const base = ["invariants", ii];
    if ("id" in inv) invariants.push(shared(ctx, inv, base, stateScope, invariantIds));
    else {
      const c = ctx.compile(inv.expr, [...base, "expr"], stateScope);
      ctx.expectType(c.type, { k: "bool" }, [...base, "expr"], `invariant \`${inv.name}\``);
      invariants.push({
        name: inv.name,
        severity: inv.severity ?? "critical",
        ...inv.message !== void 0 ? { message: inv.message } : {},
        checks: [{ fn: c.fn, source: inv.expr }],
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
    const c = ctx.compile(src, path, stateScope);
    ctx.expectType(c.type, { k: "bool" }, path, "a state constraint");
    return { fn: c.fn, source: src, loc: ctx.at(path), reads: [...c.reads] };
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
var registered = false;
function specSchemaId() {
  if (!registered) {
    registerSchema(spec_schema_default);
    registered = true;
  }
  return spec_schema_default.$id;
}
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
  const schemaProblems = validate(specSchemaId(), raw);
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
  paramsOf,
  nthSuccessor,
  traceTo,
  wordsOf,
  StepFailure,
  evalFailure,
  Transitions,
  ChunkExpander,
  loadSpec
};
