/** How data and code go into the viewer's HTML: JSON that cannot leave its script element, and CSP hashes. */
import { createHash } from 'node:crypto';

/**
 * The characters JSON may carry raw that matter inside an HTML script element: `<` (the start
 * of `</script>` or `<!--`), `>`, `&`, and U+2028/U+2029 (line terminators in older
 * JavaScript). Each becomes its `\uXXXX` escape, which `JSON.parse` reads back as the same
 * character.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON text for a `<script type="application/json">` element: `JSON.stringify` (which already
 * escapes lone surrogates and control characters) with every character that could end the
 * element, open a comment or start an entity written as a `\u` escape. The result contains no
 * `<`, `>` or `&` at all, so no data can close the element or be parsed as markup.
 */
export function scriptJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return 'null';
  return text.replace(UNSAFE_IN_SCRIPT, escapeChar);
}

/** The CSP source expression (`'sha256-…'`) that allows exactly this inline script or style text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
