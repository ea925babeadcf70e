/** The text renderer: a finding's location is printed once, whether or not its message repeats it. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../action/contract/gate-result.js';
import { locatedMessage } from '../../action/render/text.js';

const at = (message: string, extra: Partial<Finding> = {}): string =>
  locatedMessage({ level: 'error', message, file: 'a/b.yml', line: 5, column: 5, ...extra });

describe('locatedMessage', () => {
  it.each([
    ['not valid YAML', 'a/b.yml:5:5: not valid YAML'],
    ['a/b.yml:5:5: not valid YAML', 'a/b.yml:5:5: not valid YAML'],
    ['a/b.yml:7:1: another place', 'a/b.yml:5:5: a/b.yml:7:1: another place'],
    ['a/b.yml is gate material', 'a/b.yml:5:5: a/b.yml is gate material'],
  ])('%s', (message, expected) => {
    expect(at(message)).toBe(expected);
  });

  it('a file-level finding that names its file first is not prefixed again', () => {
    expect(at('a/b.yml is gate material', { line: undefined, column: undefined })).toBe(
      'a/b.yml is gate material',
    );
    expect(at('a/b.yml: bad', { line: undefined, column: undefined })).toBe('a/b.yml: bad');
  });

  it('a finding without a file is its message', () => {
    expect(locatedMessage({ level: 'note', message: 'x' })).toBe('x');
  });
});
