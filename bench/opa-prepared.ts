/**
 * Measurement harness, not the gate's production path: a compiled policy driven through OPA's
 * WebAssembly ABI with its input parsed into the module's memory once, then evaluated again and
 * again on that parsed value, which is what `opa bench` does in Go (it decodes its input once,
 * before its loop). The gate itself evaluates each module once per run and has nothing to
 * reuse, so this lives in bench/ only.
 *
 * Memory, as OPA's runtime (wasm/src/malloc.c) and its ABI documentation describe it: the
 * module allocates upwards from a heap pointer; `opa_heap_ptr_set` moves the pointer and
 * forgets every free block and the builtin caches (compiled globs and regexes). opa-wasm keeps
 * the data document below its "data heap pointer" and starts every evaluation there. Here the
 * input's JSON text and its parsed value are allocated from that data heap pointer, and the
 * heap pointer after them is the base every evaluation starts from, so what an evaluation
 * allocates sits above the parsed input, and no free block below it is handed out again
 * (setting the base empties the free lists). That the input is neither freed nor mutated is
 * also checked: {@link PreparedPolicy.verify} compares a SHA-256 of the memory from the data
 * heap pointer to the base with the one taken right after parsing.
 */
import { createHash } from 'node:crypto';
import * as opaWasm from '@open-policy-agent/opa-wasm';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';

/** The ABI exports this harness calls (OPA WebAssembly ABI 1.x). */
interface AbiExports {
  opa_malloc(size: number): number;
  opa_json_parse(addr: number, len: number): number;
  opa_json_dump(value: number): number;
  opa_heap_ptr_get(): number;
  opa_heap_ptr_set(addr: number): void;
  opa_eval_ctx_new(): number;
  opa_eval_ctx_set_input(ctx: number, value: number): void;
  opa_eval_ctx_set_data(ctx: number, value: number): void;
  opa_eval_ctx_set_entrypoint(ctx: number, entrypoint: number): void;
  opa_eval_ctx_get_result(ctx: number): number;
  eval(ctx: number): number;
}

/** What this harness reads of opa-wasm's LoadedPolicy (plain properties of its class). */
interface LoadedInternals {
  wasmInstance: { exports: AbiExports };
  mem: { buffer: ArrayBuffer };
  entrypoints: Record<string, number>;
  dataAddr: number;
  dataHeapPtr: number;
}

/** A policy whose input is parsed once, evaluated repeatedly. */
export interface PreparedPolicy {
  /** Bytes from the data heap pointer to the evaluation base: the input's text and value. */
  readonly preparedBytes: number;
  /** Evaluates the entrypoint on the parsed input; returns the result set's address. */
  evaluate(): number;
  /** Evaluates, encodes the result set as JSON inside the module and parses it in JavaScript. */
  evaluateAndRead(): unknown;
  /** Throws when the parsed input's memory changed since it was parsed. */
  verify(): void;
  /** The parsed input's bytes in the module's memory (a live view, for tests of `verify`). */
  region(): Uint8Array;
}

function sdk(): Pick<typeof opaWasm, 'loadPolicySync'> {
  return (
    (opaWasm as unknown as { default?: Pick<typeof opaWasm, 'loadPolicySync'> }).default ?? opaWasm
  );
}

const decoder = new TextDecoder();

function readJson(mem: { buffer: ArrayBuffer }, addr: number): unknown {
  const heap = new Uint8Array(mem.buffer);
  const end = heap.indexOf(0, addr);
  if (end < 0) throw new Error(`unterminated JSON at ${addr}`);
  return JSON.parse(decoder.decode(heap.subarray(addr, end)));
}

/**
 * Instantiates `wasm` (with the gate's memory limits) and parses `input` (JSON text) into its
 * memory once, for evaluating `entrypoint` repeatedly.
 */
export function preparePolicy(
  wasm: Uint8Array,
  input: Uint8Array,
  entrypoint: string,
  maxPages = 1024,
): PreparedPolicy {
  // The gate's memory limits (action/gates/opa/wasm.ts); no host builtin beyond opa-wasm's own.
  const loaded: LoadedPolicy = sdk().loadPolicySync(wasm, { initial: 5, maximum: maxPages }, {});
  const p = loaded as unknown as LoadedInternals;
  const abi = p.wasmInstance.exports;
  const id = p.entrypoints[entrypoint];
  if (id === undefined) throw new Error(`no entrypoint ${entrypoint}`);

  const start = p.dataHeapPtr;
  abi.opa_heap_ptr_set(start);
  const text = abi.opa_malloc(input.length);
  new Uint8Array(p.mem.buffer).set(input, text);
  const parsed = abi.opa_json_parse(text, input.length);
  if (parsed === 0) throw new Error('opa_json_parse failed');
  const base = abi.opa_heap_ptr_get();
  const region = (): Uint8Array => new Uint8Array(p.mem.buffer, start, base - start);
  const digest = (): string => createHash('sha256').update(region()).digest('hex');
  const parsedDigest = digest();

  const evaluate = (): number => {
    abi.opa_heap_ptr_set(base);
    const ctx = abi.opa_eval_ctx_new();
    abi.opa_eval_ctx_set_input(ctx, parsed);
    abi.opa_eval_ctx_set_data(ctx, p.dataAddr);
    abi.opa_eval_ctx_set_entrypoint(ctx, id);
    abi.eval(ctx);
    return abi.opa_eval_ctx_get_result(ctx);
  };
  return {
    preparedBytes: base - start,
    evaluate,
    evaluateAndRead: () => readJson(p.mem, abi.opa_json_dump(evaluate())),
    region,
    verify(): void {
      const now = digest();
      if (now !== parsedDigest)
        throw new Error(
          `the parsed input's memory (${base - start} bytes from ${start}) changed during evaluation`,
        );
    },
  };
}

/** The value of a result set as the gate reads it: `[{result: v}]` is `v`, `[]` undefined. */
export function resultOf(resultSet: unknown): unknown {
  if (!Array.isArray(resultSet) || resultSet.length > 1)
    throw new Error(`not a result set: ${JSON.stringify(resultSet)}`);
  if (resultSet.length === 0) return undefined;
  return (resultSet[0] as { result?: unknown }).result;
}
