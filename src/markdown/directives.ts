// Shared helpers for the plugins that interpret remark-directive nodes: reading attributes, reporting problems.
import type { Node } from 'unist';
import type { TextDirective, LeafDirective, ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { emptyEdition, type EditionData } from '../schemas/edition.ts';

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
  file.message(reason, { place: node.position, ruleId: rule, source: 'archive' });
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
  return Number(raw);
}

/** Report any attribute other than the allowed ones (a typo such as `{corr=…}` vs `{cor=…}`). */
export function rejectUnknownAttributes(file: VFile, node: Directive, allowed: readonly string[]): void {
  for (const key of Object.keys(node.attributes ?? {})) {
    if (!allowed.includes(key)) {
      const expected = allowed.length ? allowed.map((a) => `\`${a}\``).join(', ') : 'none';
      report(file, node, `${syntaxOf(node)} does not take the attribute \`${key}\` (allowed: ${expected})`, 'archive:unknown-attribute');
    }
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
