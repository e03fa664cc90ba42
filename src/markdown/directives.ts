// Shared helpers for the plugins that interpret remark-directive nodes: reading attributes, reporting problems.
import type { Node } from 'unist';
import type { TextDirective, LeafDirective, ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { emptyEdition, type EditionData } from '../schemas/edition.ts';
import { invisibleCharacters } from '../schemas/fields.ts';

export type Directive = TextDirective | LeafDirective | ContainerDirective;

const directiveTypes = new Set(['textDirective', 'leafDirective', 'containerDirective']);

export function isDirective(node: Node): node is Directive {
  return directiveTypes.has(node.type);
}

/** The source syntax of a directive, for messages: `:pb`, `::pb`, `:::pb`. */
export function syntaxOf(node: Directive): string {
  const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  return colons + node.name;
}

/**
 * Record a content error at a node. Errors are collected (not thrown) so that an editor sees
 * every problem of a file in one build; the loader turns them into a failed build.
 */
export function report(file: VFile, node: Node, reason: string, rule: string): void {
  // "needs the words in brackets" is misleading when the bracket is there but never closed: say that instead
  const unclosed = missingRules.has(rule) && isDirective(node) ? unclosedBracket(file, node) : undefined;
  file.message(unclosed ?? reason, { place: node.position, ruleId: unclosed ? 'archive:unclosed' : rule, source: 'archive' });
}

/** The rules that report a missing label or attribute, which an unclosed `[` or `{` also causes. */
const missingRules = new Set([
  'archive:mention-empty',
  'archive:mention-ref',
  'archive:date-empty',
  'archive:date-missing',
  'archive:sic-empty',
  'archive:sic-corr',
  'archive:missing-attribute',
]);

/**
 * When the parser ended a directive just before a `[` or `{` (remark-directive leaves a label or attribute
 * block that never closes as plain text), say so, where it opened and the fix; otherwise undefined.
 */
function unclosedBracket(file: VFile, node: Directive): string | undefined {
  const end = node.position?.end.offset;
  if (end == null) return undefined;
  const source = String(file.value);
  const bracket = source[end];
  if (bracket !== '[' && bracket !== '{') return undefined;
  const before = source.slice(0, end);
  const line = before.split('\n').length;
  const column = end - before.lastIndexOf('\n');
  const written = source.slice(node.position!.start.offset, end);
  return bracket === '['
    ? `unclosed \`[\` at ${line}:${column}: ${written}[… has no \`]\` before the paragraph ends; close the words with \`]\` before {…} (or escape the colon as \\: if it is text)`
    : `unclosed \`{\` at ${line}:${column}: ${written}{… has no \`}\` before the paragraph ends; close the attributes with \`}\``;
}

/**
 * Read a whole-number attribute (e.g. `n=88`); report and return undefined when it is
 * missing or not a positive integer.
 */
export function positiveIntAttribute(file: VFile, node: Directive, name: string): number | undefined {
  const raw = node.attributes?.[name];
  if (raw == null || raw === '') {
    report(
      file,
      node,
      `${syntaxOf(node)} needs the attribute \`${name}\`, e.g. ${syntaxOf(node)}{${name}=12}`,
      'archive:missing-attribute',
    );
    return undefined;
  }
  if (!/^[1-9]\d*$/.test(raw)) {
    report(file, node, `${syntaxOf(node)}{${name}=${raw}}: \`${name}\` must be a positive whole number`, 'archive:bad-attribute');
    return undefined;
  }
  if (raw.length > 6) {
    // a page or note number of seven digits is a typo, and past 2^53 it would not even be exact
    report(file, node, `${syntaxOf(node)}{${name}=${raw}}: \`${name}\` is implausibly large (at most 999999)`, 'archive:bad-attribute');
    return undefined;
  }
  return Number(raw);
}

/** The source text of a directive's attribute block (`ref=a corr="b"`), read from the file: the parser keeps only the last of a repeated key. */
function attributeSource(file: VFile, node: Directive): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start == null || end == null) return undefined;
  return /\{([^{}]*)\}$/.exec(String(file.value).slice(start, end))?.[1];
}

/**
 * Report any attribute other than the allowed ones (a typo such as `{corr=…}` vs `{cor=…}`), an attribute
 * given twice (`{ref=a ref=b}`: the parser would silently keep the last), and an invisible character
 * (zero-width, control) in a value or in the words in brackets.
 */
export function rejectUnknownAttributes(file: VFile, node: Directive, allowed: readonly string[]): void {
  const attributes = node.attributes ?? {};
  for (const [key, value] of Object.entries(attributes)) {
    if (!allowed.includes(key)) {
      const expected = allowed.length ? allowed.map((a) => `\`${a}\``).join(', ') : 'none';
      report(file, node, `${syntaxOf(node)} does not take the attribute \`${key}\` (allowed: ${expected})`, 'archive:unknown-attribute');
    }
    if (value && invisibleCharacters.test(value)) {
      report(
        file,
        node,
        `${syntaxOf(node)}{${key}=…}: the value holds an invisible (zero-width or control) character: retype it`,
        'archive:invisible-character',
      );
    }
  }
  const source = attributeSource(file, node);
  if (source) {
    // keys as written, with quoted values blanked out (a value may itself contain "x=")
    const keys = [...source.replace(/"[^"]*"|'[^']*'/g, '""').matchAll(/(?:^|\s)([^\s=#.]+)\s*=/g)].map((m) => m[1]);
    for (const key of new Set(keys.filter((k, i) => keys.indexOf(k) !== i))) {
      report(file, node, `${syntaxOf(node)} gives \`${key}\` twice ({${source}}): keep one`, 'archive:duplicate-attribute');
    }
  }
  if (invisibleCharacters.test(toString(node))) {
    report(
      file,
      node,
      `${syntaxOf(node)}[…]: the words in brackets hold an invisible (zero-width or control) character: retype them`,
      'archive:invisible-character',
    );
  }
}

/** Report a directive used as a block (`::name` or `:::name`) where only the inline form exists. */
export function requireInline(file: VFile, node: Directive): node is TextDirective {
  if (node.type === 'textDirective') return true;
  report(file, node, `${syntaxOf(node)} must be written inline with one colon (:${node.name}{…})`, 'archive:directive-form');
  return false;
}

/** The file's edition record, created empty on first use (`file.data.edition`, typed in src/schemas/edition.ts). */
export function editionData(file: VFile): EditionData {
  file.data.edition ??= emptyEdition();
  return file.data.edition;
}
