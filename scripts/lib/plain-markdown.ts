// The edition's annotated Markdown as plain Markdown, for a baseline site (scripts/bench-reader.ts) that knows no
// directives: every text directive is replaced by its label (`:place[Shanghai]{ref=shanghai}` → `Shanghai`,
// nested ones too), and a directive without a label (`:pb{n=88}`, `:noteref{n=5}`) by nothing. Everything
// else (paragraphs, headings, emphasis, GFM footnotes) is left byte for byte as the editor wrote it.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { directive } from 'micromark-extension-directive';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';

interface Span {
  start: number;
  end: number;
  /** Offsets of the label's source text, or null for a directive without a label. */
  label: { start: number; end: number } | null;
}

/**
 * Replaces each text directive of `markdown` by its label's source text (recursively).
 *
 * @param markdown a Markdown body without frontmatter (directives as remark-directive parses them)
 * @returns the same Markdown with no directive left; a leaf or container directive is an error
 * @throws Error naming the line of a leaf (`::x`) or container (`:::x`) directive, which have no plain form
 */
export function plainMarkdown(markdown: string): string {
  const tree = fromMarkdown(markdown, {
    extensions: [directive(), gfm()],
    mdastExtensions: [directiveFromMarkdown(), gfmFromMarkdown()],
  });
  const spans: Span[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'leafDirective' || node.type === 'containerDirective') {
      throw new Error(`line ${node.position?.start.line}: block directive ::${node.name} has no plain Markdown form`);
    }
    if (node.type === 'textDirective') {
      const first = node.children[0]?.position;
      const last = node.children.at(-1)?.position;
      spans.push({
        start: node.position!.start.offset!,
        end: node.position!.end.offset!,
        label: first && last ? { start: first.start.offset!, end: last.end.offset! } : null,
      });
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  spans.sort((a, b) => a.start - b.start);

  const emit = (from: number, to: number): string => {
    let out = '';
    let cursor = from;
    for (const span of spans) {
      // only the outermost directives of this range: nested ones are emitted with their parent's label
      if (span.start < cursor || span.end > to) continue;
      out += markdown.slice(cursor, span.start) + (span.label ? emit(span.label.start, span.label.end) : '');
      cursor = span.end;
    }
    return out + markdown.slice(cursor, to);
  };
  return emit(0, markdown.length);
}
