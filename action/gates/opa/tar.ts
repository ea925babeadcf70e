/**
 * A minimal reader for the gzip'd ustar bundles `opa build` writes. It only lists regular
 * files; that is all a bundle holds.
 */
import { gunzipSync } from 'node:zlib';
import { MaestroError } from '../../contract/errors.js';

/** One regular file of a tar archive. */
export interface TarEntry {
  /** The member name without a leading `/` or `./`. */
  name: string;
  data: Uint8Array;
}

/** Reads every regular file of a `.tar.gz` archive. Throws on a truncated or corrupt archive. */
export function readTarGz(archive: Uint8Array, maxBytes = 256 * 1024 * 1024): TarEntry[] {
  const tar = gunzipSync(archive, { maxOutputLength: maxBytes });
  const entries: TarEntry[] = [];
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = parseOctal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156] ?? 0);
    const prefix = cString(header.subarray(345, 500));
    let name = cString(header.subarray(0, 100));
    if (prefix !== '' && header.subarray(257, 262).toString() === 'ustar')
      name = `${prefix}/${name}`;
    const start = offset + 512;
    const end = start + size;
    if (end > tar.length)
      throw new MaestroError(
        'OPA_COMPILE_FAILED',
        `truncated tar archive: member ${name} needs ${size} bytes`,
      );
    const data = tar.subarray(start, end);
    if (type === 'L') {
      longName = cString(data);
    } else {
      if (longName !== undefined) name = longName;
      longName = undefined;
      if (type === '0' || type === '\0')
        entries.push({ name: name.replace(/^(\.?\/)+/, ''), data: new Uint8Array(data) });
    }
    offset = start + Math.ceil(size / 512) * 512;
  }
  return entries;
}

function cString(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return Buffer.from(end === -1 ? bytes : bytes.subarray(0, end)).toString('utf8');
}

function parseOctal(bytes: Uint8Array): number {
  const text = cString(bytes).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text))
    throw new MaestroError('OPA_COMPILE_FAILED', `corrupt tar header: size field "${text}"`);
  return parseInt(text, 8);
}
