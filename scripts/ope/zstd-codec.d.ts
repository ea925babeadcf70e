// The part of zstd-codec's API the test-data writers use (the package ships no types).
declare module 'zstd-codec' {
  interface ZstdSimple {
    compress(input: Uint8Array, level?: number): Uint8Array;
  }
  interface ZstdBinding {
    Simple: new () => ZstdSimple;
  }
  export const ZstdCodec: { run(callback: (zstd: ZstdBinding) => void): void };
}
