/** A zstd compressor for writing Parquet test data (zstd-codec, WebAssembly; level 3). */
import { ZstdCodec } from 'zstd-codec';

/** Resolves to a function that zstd-compresses bytes. */
export function zstdCompressor(level = 3): Promise<(input: Uint8Array) => Uint8Array> {
  return new Promise((resolve) => {
    ZstdCodec.run((zstd) => {
      const simple = new zstd.Simple();
      resolve((input) => simple.compress(input, level));
    });
  });
}
