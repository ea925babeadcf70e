import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../action/approvals/commands.js';

describe('line-anchored commands', () => {
  const cases: [string, string, { commands: [string, string][]; lookalikes: number[] }][] = [
    [
      'plain approve',
      '/approve ships the fix',
      { commands: [['approve', 'ships the fix']], lookalikes: [] },
    ],
    [
      'plain reject',
      '/reject breaks routing',
      { commands: [['reject', 'breaks routing']], lookalikes: [] },
    ],
    ['no reason', '/approve', { commands: [['approve', '']], lookalikes: [] }],
    [
      'later line',
      'Looks fine.\n/approve checked the trace',
      { commands: [['approve', 'checked the trace']], lookalikes: [] },
    ],
    [
      'up to three spaces',
      '   /approve ok then',
      { commands: [['approve', 'ok then']], lookalikes: [] },
    ],
    ['CRLF', 'hi\r\n/approve fine\r\n', { commands: [['approve', 'fine']], lookalikes: [] }],
    ['mid-line is not a command', 'please /approve this', { commands: [], lookalikes: [] }],
    ['a word that starts like it', '/approved already', { commands: [], lookalikes: [] }],
    ['quote', '> /approve quoted', { commands: [], lookalikes: [] }],
    ['nested quote', '> > /approve quoted', { commands: [], lookalikes: [] }],
    ['fenced code', '```\n/approve code\n```', { commands: [], lookalikes: [] }],
    ['tilde fence', '~~~md\n/approve code\n~~~', { commands: [], lookalikes: [] }],
    [
      'after a fence closes',
      '```\nx\n```\n/approve real',
      { commands: [['approve', 'real']], lookalikes: [] },
    ],
    ['indented code', '    /approve code', { commands: [], lookalikes: [] }],
    ['tab-indented code', '\t/approve code', { commands: [], lookalikes: [] }],
    ['inline code', '`/approve reason`', { commands: [], lookalikes: [] }],
    ['HTML comment', '<!--\n/approve hidden\n-->', { commands: [], lookalikes: [] }],
    ['Cyrillic a', '/\u0430pprove x', { commands: [], lookalikes: [1] }],
    ['Greek omicron', '/appr\u03bfve x', { commands: [], lookalikes: [1] }],
    ['full-width slash', '\uff0fapprove x', { commands: [], lookalikes: [1] }],
    ['division slash', '\u2215approve x', { commands: [], lookalikes: [1] }],
    ['zero-width space inside', '/app\u200brove x', { commands: [], lookalikes: [1] }],
    ['zero-width after the verb', '/approve\u200b x', { commands: [], lookalikes: [1] }],
    ['combining mark', '/a\u0301pprove x', { commands: [], lookalikes: [1] }],
    ['upper case', '/APPROVE x', { commands: [], lookalikes: [1] }],
  ];
  it.each(cases)('%s', (_name, body, expected) => {
    const parsed = parseCommands(body);
    expect(parsed.commands.map((c) => [c.verb, c.reason])).toEqual(expected.commands);
    expect(parsed.lookalikes).toEqual(expected.lookalikes);
  });
});
