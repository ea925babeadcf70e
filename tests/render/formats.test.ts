/**
 * `--format github` and `--format junit` with the hostile corpus: every workflow command is one
 * line that GitHub's runner parses back to the original message and properties; the JUnit XML
 * is well-formed and carries every message as text.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { commandData, commandProperty } from '../../action/render/github.js';
import { RENDERERS } from '../../action/render/registry.js';
import { hostileRun } from './hostile.js';

const run = hostileRun();

/** The runner's parser of `::command k=v,k=v::message` (its unescaping rules). */
function parseCommand(line: string): {
  command: string;
  props: Record<string, string>;
  message: string;
} {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unData = (s: string): string =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unProp = (s: string): string => unData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
    const at = kv.indexOf('=');
    props[kv.slice(0, at)] = unProp(kv.slice(at + 1));
  }
  return { command: m[1]!, props, message: unData(m[3]!) };
}

describe('--format github', () => {
  it('escapes by GitHub rules', () => {
    expect(commandData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(commandProperty('x:1,y%')).toBe('x%3A1%2Cy%25');
  });

  it('one command per finding plus the verdict, each parsing back to its data', () => {
    const lines = RENDERERS.github.render(run).trimEnd().split('\n');
    const findings = run.gates.flatMap((g) => g.findings);
    expect(lines).toHaveLength(findings.length + 1);
    const parsed = lines.map(parseCommand);
    expect(parsed.slice(0, -1).map((p) => p.message)).toEqual(findings.map((f) => f.message));
    for (const p of parsed) expect(['error', 'warning', 'notice']).toContain(p.command);
    expect(parsed.at(-1)).toMatchObject({
      command: 'error',
      message: expect.stringContaining('PAUSE_FOR_HITL') as string,
    });
    // Files are repository paths on one line; the forged `::error` inside a message stays data.
    // (a path is normalised: `//` collapses, as in any repository path)
    expect(parsed[0]!.props['file']).toBe('![tok2](https:/evil.example/pixel.png)/file.ts');
    expect(parsed[0]!.props['line']).toBe('1');
  });
});

describe('--format junit', () => {
  it('is well-formed XML with a suite per gate and every message as text', () => {
    const xml = RENDERERS.junit.render(run);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      testsuites: { testsuite: { name: string; testcase: { failure?: { '#text'?: string } }[] }[] };
    };
    expect(doc.testsuites.testsuite.map((s) => s.name)).toEqual(run.gates.map((g) => g.gate));
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;script&gt;');
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const failures = doc.testsuites.testsuite.flatMap((s) => s.testcase).filter((c) => c.failure);
    expect(failures.length).toBeGreaterThan(0);
  });
});
