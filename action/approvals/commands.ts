/**
 * Line-anchored `/approve <reason>` and `/reject <reason>` commands in a comment. A command
 * counts only at the start of a line of ordinary text: not inside a quote, a fenced or
 * indented code block, inline code or an HTML comment. A line that only *looks* like a command
 * (homoglyphs, zero-width or full-width characters) is reported as refused, never obeyed.
 */

/** A command found in a comment. */
export interface Command {
  verb: 'approve' | 'reject';
  /** The reason after the verb (trimmed; empty when none was given). */
  reason: string;
  /** 1-based line of the command. */
  line: number;
}

/** What a comment says. */
export interface ParsedComment {
  commands: Command[];
  /** Lines that imitate a command (homoglyphs and similar), 1-based. */
  lookalikes: number[];
}

const COMMAND = /^\/(approve|reject)(?:[ \t]+(.*))?$/;
/** Invisible or direction-changing characters that can hide inside a command. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** Characters that render like ASCII letters or the slash (a small confusables table). */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ӏ: 'l',
  ɑ: 'a',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ρ: 'p',
  ν: 'v',
  τ: 't',
  ι: 'i',
  κ: 'k',
  '\u2215': '/',
  '\u2044': '/',
  '\u29F8': '/',
  '\u2571': '/',
  '\u30CE': '/',
};

/** ASCII skeleton of a string: compatibility-normalised, marks stripped, confusables mapped. */
function skeleton(text: string): string {
  const base = text.replace(INVISIBLE, '').normalize('NFKD').replace(/\p{M}/gu, '');
  return [...base]
    .map((ch) => CONFUSABLES[ch] ?? ch)
    .join('')
    .toLowerCase();
}

/** Parses the commands of one comment body. */
export function parseCommands(body: string): ParsedComment {
  const commands: Command[] = [];
  const lookalikes: number[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let fence: string | undefined;
  let inHtmlComment = false;
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length)
        fence = undefined;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      return;
    }
    if (inHtmlComment) {
      if (raw.includes('-->')) inHtmlComment = false;
      return;
    }
    if (/^ {0,3}<!--/.test(raw)) {
      if (!raw.includes('-->')) inHtmlComment = true;
      return;
    }
    // Four spaces or a tab: an indented code block.
    if (/^( {4}|\t)/.test(raw)) return;
    const line = raw.replace(/^ {0,3}/, '').replace(/\s+$/, '');
    if (line.startsWith('>')) return;
    const m = COMMAND.exec(line);
    if (m) {
      commands.push({
        verb: m[1] as Command['verb'],
        reason: (m[2] ?? '').trim(),
        line: lineNo,
      });
      return;
    }
    // Not a command; does it imitate one?
    const look = skeleton(line).replace(/^\s+/, '');
    if (/^[/／]\s*(approve|reject)\b/.test(look)) lookalikes.push(lineNo);
  });
  return { commands, lookalikes };
}

/** True when a comment holds anything the app acts on (commands or lookalikes). */
export function mentionsCommand(body: string): boolean {
  const p = parseCommands(body);
  return p.commands.length > 0 || p.lookalikes.length > 0;
}
