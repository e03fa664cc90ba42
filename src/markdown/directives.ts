// Shared helpers for the plugins that interpret remark-directive nodes.
import type { Node } from 'unist';
import type { TextDirective, LeafDirective, ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';

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
export function positiveIntAttribute(
  file: VFile,
  node: Directive,
  name: string,
): number | undefined {
  const raw = node.attributes?.[name];
  if (raw == null || raw === '') {
    report(file, node, `${syntaxOf(node)} needs the attribute \`${name}\`, e.g. ${syntaxOf(node)}{${name}=12}`, 'archive:missing-attribute');
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
export function requireInline(file: VFile, node: Directive): boolean {
  if (node.type === 'textDirective') return true;
  report(file, node, `${syntaxOf(node)} must be written inline with one colon (:${node.name}{…})`, 'archive:directive-form');
  return false;
}

/** A numbered paragraph as search and citation need it. */
export interface Passage {
  /** "p12" */
  id: string;
  /** 12 */
  n: number;
  /** The heading the paragraph stands under, if any. */
  section: { id: string; text: string } | null;
  /** Printed page the paragraph begins on, when a :pb precedes it (else the document's first page applies). */
  pageStart: number | null;
  /** Printed page it ends on, when it crosses a page break. */
  pageEnd: number | null;
  /** The paragraph's reading text (corrections, no apparatus). */
  text: string;
}

/** The per-file record the edition plugins fill in and the pages read (`remarkPluginFrontmatter.edition`). */
export interface EditionData {
  /** Printed page numbers whose start is marked in the text, in order. */
  pages: number[];
  /** The original's note callout numbers, in order. */
  noteCallouts: number[];
  /** Emendations: id, source reading, correction. */
  emendations: { id: string; sic: string; corr: string }[];
  /** Number of numbered paragraphs (p1…pN). */
  paragraphs: number;
  /** Headings with their ids and plain text (apparatus such as page labels removed). */
  headings: { depth: number; id: string; text: string }[];
  /** Every numbered paragraph with its section, printed page(s) and reading text (for search and citation). */
  passages: Passage[];
  /** Source line (in the file) where each paragraph and heading begins: { p12: 63 }. */
  lines: Record<string, number>;
  /** Every entity mention, in text order (rehype-mentions). */
  mentions: import('./rehype-mentions.ts').Mention[];
  /** Every annotated date, in text order (remark-dates, placed by rehype-mentions). */
  dates: import('./remark-dates.ts').AnnotatedDate[];
}

/** The edition record of a file, created on first use (stored in the frontmatter channel Astro returns). */
export function editionData(file: VFile): EditionData {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  const fm = data.astro.frontmatter;
  fm.edition ??= { pages: [], noteCallouts: [], emendations: [], paragraphs: 0, headings: [], passages: [], lines: {}, mentions: [], dates: [] } satisfies EditionData;
  return fm.edition as EditionData;
}
