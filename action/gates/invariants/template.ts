/**
 * Message templates: `{{field}}` and `{{a.b.c}}` are replaced by the record's values. Rendering
 * never throws: a missing field renders as `<missing field>`, values are shown as compact JSON
 * and cut at {@link MAX_VALUE_CHARS} characters, and only own properties are read, so a
 * template cannot reach `__proto__` or `constructor`.
 */

/** Longest rendering of one substituted value. */
export const MAX_VALUE_CHARS = 200;

/** A parsed template: literal text and field paths, alternating. */
export interface MessageTemplate {
  readonly source: string;
  readonly parts: readonly (string | readonly string[])[];
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g;

/** Parses a template once (at load time). Text that is not a valid placeholder stays literal. */
export function parseTemplate(source: string): MessageTemplate {
  const parts: (string | string[])[] = [];
  let last = 0;
  for (const m of source.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(source.slice(last, m.index));
    parts.push(m[1]!.split('.'));
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push(source.slice(last));
  return { source, parts };
}

/** Renders a template against a record. Never throws. */
export function renderTemplate(template: MessageTemplate, record: unknown): string {
  let out = '';
  for (const part of template.parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const found = lookup(record, part);
    out += found.ok ? showValue(found.value) : `<missing ${part.join('.')}>`;
  }
  return out;
}

function lookup(
  record: unknown,
  path: readonly string[],
): { ok: true; value: unknown } | { ok: false } {
  let node: unknown = record;
  for (const seg of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return { ok: false };
    if (!Object.hasOwn(node, seg)) return { ok: false };
    node = (node as Record<string, unknown>)[seg];
  }
  return node === undefined ? { ok: false } : { ok: true, value: node };
}

/** Compact, bounded rendering of a value. Never throws (cycles, bigints, getters). */
export function showValue(value: unknown): string {
  let text: string;
  try {
    if (typeof value === 'string') text = value;
    else if (typeof value === 'bigint') text = value.toString();
    else
      text =
        JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ??
        String(value);
  } catch {
    text = '<unprintable>';
  }
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
}
