/**
 * Files that are one thing: a product source file (`action/`, `app/`) over 400 lines is either
 * split along its seams or, being one cohesive unit, opens with a one-line comment saying what
 * it is (`/** The CEL closure compiler: … *\/` or `// …` on the first line). Files still being
 * split are listed with their owner; the list only shrinks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { glob } from 'tinyglobby';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Lines a file may have before it must be split or say it is one unit. */
const MAX_LINES = 400;

/** Large files without the opening line today, each with the area it belongs to. */
const PENDING: Record<string, string> = {};

/** Lines as `wc -l` counts them. */
function lineCount(text: string): number {
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** True when the first line is a whole comment: `/** … *\/`, `/* … *\/` or `// …`. */
function opensWithOneLineComment(text: string): boolean {
  const first = text.split('\n', 1)[0]!.trim();
  return /^\/\*\*?\s*[^*\s].*\*\/$/.test(first) || /^\/\/\s*\S/.test(first);
}

describe('files that are one thing', () => {
  it('recognises a one-line opening comment and nothing else', () => {
    expect(opensWithOneLineComment('/** The model checker search. */\nexport {};\n')).toBe(true);
    expect(opensWithOneLineComment('// The model checker search.\nexport {};\n')).toBe(true);
    expect(opensWithOneLineComment('/**\n * Several things.\n */\n')).toBe(false);
    expect(opensWithOneLineComment("import { x } from './x.js';\n")).toBe(false);
    expect(opensWithOneLineComment('/** */\n')).toBe(false);
    expect(lineCount('a\nb\n')).toBe(2);
  });

  it(`no product file over ${MAX_LINES} lines lacks its one-line opening comment`, async () => {
    const files = await glob(['action/**/*.ts', 'app/**/*.ts'], {
      cwd: root,
      ignore: ['**/*.d.ts'],
    });
    expect(files.length).toBeGreaterThan(50);
    const lacking: string[] = [];
    for (const f of files.sort()) {
      const text = readFileSync(join(root, f), 'utf8');
      if (lineCount(text) > MAX_LINES && !opensWithOneLineComment(text)) lacking.push(f);
    }
    const unlisted = lacking
      .filter((f) => !Object.hasOwn(PENDING, f))
      .map((f) => `${f}: split it along its seams, or open it with a one-line comment`);
    expect(unlisted).toEqual([]);
    const stale = Object.keys(PENDING).filter((f) => !lacking.includes(f));
    expect(stale, 'remove these from PENDING: they are split or say what they are').toEqual([]);
  });
});
