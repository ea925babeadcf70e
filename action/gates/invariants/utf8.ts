/** Locating invalid UTF-8 so that loaders report `file:line` instead of decoding to U+FFFD. */
import { isUtf8 } from 'node:buffer';

/** The 1-based line of the first invalid UTF-8 sequence in `bytes` (1 when it is valid). */
export function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      if (!isUtf8(bytes.subarray(start, i))) return line;
      line++;
      start = i + 1;
    }
  }
  return 1;
}
