/** Signing the statements and writing the evidence directory, the last two steps of `writeEvidence`. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MaestroError, describeThrown } from '../contract/errors.js';
import {
  signKeyless,
  signWithKey,
  type SigningEndpoints,
  type SigningKey,
} from '../signing/sign-door.js';
import { json, type PendingFile } from './collect.js';
import type { PendingStatement } from './seal.js';

/** A signed statement: the bundle's JSON text. */
export interface PendingBundle {
  name: string;
  type: string;
  text: string;
}

/** How to sign: with a loaded key, keyless with a token already read, or not at all. */
export type Signer =
  | { mode: 'key'; key: SigningKey }
  | { mode: 'keyless'; token: string; endpoints: SigningEndpoints }
  | { mode: 'none' };

/** One bundle per statement (none when unsigned). */
export async function signStatements(
  statements: PendingStatement[],
  signer: Signer,
): Promise<PendingBundle[]> {
  const bundles: PendingBundle[] = [];
  if (signer.mode === 'key') {
    for (const s of statements) {
      const b = await signWithKey(Buffer.from(s.text, 'utf8'), signer.key);
      bundles.push({ name: s.name, type: s.type, text: json(b) });
    }
  } else if (signer.mode === 'keyless') {
    const cached = signer.token;
    for (const s of statements) {
      const b = await signKeyless(Buffer.from(s.text, 'utf8'), {
        getToken: () => Promise.resolve(cached),
        endpoints: signer.endpoints,
      });
      bundles.push({ name: s.name, type: s.type, text: json(b) });
    }
  }
  return bundles;
}

/**
 * Writes the files, statements and bundles into `dir`. Returns every path written and the
 * bundle paths by predicate type.
 */
export async function persistEvidence(
  dir: string,
  files: PendingFile[],
  statements: PendingStatement[],
  bundles: PendingBundle[],
): Promise<{ written: string[]; bundlePaths: Record<string, string> }> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new MaestroError(
      'EVIDENCE_WRITE_FAILED',
      `the evidence directory ${dir} could not be created: ${describeThrown(e)}`,
      { cause: e },
    );
  }
  const written: string[] = [];
  const put = async (name: string, content: string | Buffer): Promise<string> => {
    const path = join(dir, name);
    try {
      await writeFile(path, content);
    } catch (e) {
      throw new MaestroError(
        'EVIDENCE_WRITE_FAILED',
        `${path} could not be written: ${describeThrown(e)}`,
        { cause: e },
      );
    }
    written.push(path);
    return path;
  };
  for (const f of files) if (f.write !== false) await put(f.name, f.content);
  for (const s of statements) await put(`${s.name}.intoto.json`, json(s.statement));
  const bundlePaths: Record<string, string> = {};
  for (const b of bundles) bundlePaths[b.type] = await put(`${b.name}.sigstore.json`, b.text);
  return { written, bundlePaths };
}
