/**
 * Finite types of spec variables and their compact bit encoding.
 *
 * Every variable has a finite type; a state is the concatenation of each variable's bits in a
 * small `Uint32Array`. Scalars (bool, int range, enum, union) are stored as their index in the
 * type's domain; records, finite functions, sets (one bit per possible element) and bounded
 * sequences are stored structurally so that a partial update (`f[k]`) rewrites only its bits.
 */
export { MAX_ENUMERATED, getBits, setBits, type FiniteType } from './finite-type.js';
export { DomainError, FnValue, isRecordValue, show, toJson } from './values.js';
export { BoolType, EnumType, IntType, UnionType } from './scalar-types.js';
export { FunctionType, RecordType, SeqType, SetType } from './composite-types.js';
