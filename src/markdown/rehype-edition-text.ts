// Record the text as typed blocks and notes (src/schemas/edition.ts), its headings, and its passages:
// each numbered paragraph's section, printed page(s) and reading text. Then drop the markers that only
// the text model reads.
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import type { Block, EditorialNote, Inline, TextBlock } from '../schemas/edition.ts';
import { editionData, report } from './directives.ts';
import { visit } from 'unist-util-visit';
import { blockContent, modelMarkers, pageBreaksIn, readingText, textBlocks, toInlines } from './edition-text.ts';

const headingDepth = (el: Element) => (/^h[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : 0);

const blockTags = new Set(['p', 'ul', 'ol', 'blockquote', 'table', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** A list item's or cell's content as one run of inline text: its paragraphs and nested lists joined by spaces. */
function flowContent(nodes: readonly ElementContent[]): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (node.type !== 'element' || !blockTags.has(node.tagName)) return toInlines([node]);
    const inner = node.tagName === 'ul' || node.tagName === 'ol' ? node.children.filter((c) => c.type === 'element') : node.children;
    return [...flowContent(inner), { type: 'text', value: ' ' }];
  });
}

const numbered = (el: Element) => (typeof el.properties.id === 'string' && /^p\d+$/.test(el.properties.id) ? el.properties.id : undefined);

function block(el: Element): Block | undefined {
  const depth = headingDepth(el);
  const id = numbered(el);
  if (depth) return { type: 'heading', depth, id: String(el.properties.id), children: toInlines(el.children) };
  if (el.tagName === 'p' && id) return { type: 'paragraph', id, n: Number(id.slice(1)), children: toInlines(el.children) };
  if (el.tagName === 'blockquote') {
    const children = el.children.flatMap((c) => (c.type === 'element' ? (block(c) ?? []) : []));
    return { type: 'quote', children };
  }
  if (el.tagName === 'ul' || el.tagName === 'ol') {
    const children = el.children.flatMap((li) => {
      const itemId = li.type === 'element' ? numbered(li) : undefined;
      return li.type === 'element' && itemId
        ? [{ type: 'item' as const, id: itemId, n: Number(itemId.slice(1)), children: flowContent(li.children) }]
        : [];
    });
    return { type: 'list', ordered: el.tagName === 'ol', children };
  }
  if (el.tagName === 'div' && id) {
    const rows: Inline[][][] = [];
    const collect = (node: Element) => {
      for (const c of node.children) {
        if (c.type !== 'element') continue;
        if (c.tagName === 'tr') rows.push(c.children.flatMap((cell) => (cell.type === 'element' ? [flowContent(cell.children)] : [])));
        else collect(c);
      }
    };
    collect(el);
    return { type: 'table', id, n: Number(id.slice(1)), rows };
  }
  if (el.tagName === 'hr') return { type: 'sectionBreak' };
  return undefined;
}

/** The editorial notes section that remark-rehype writes (GFM footnotes), lettered by rehype-editorial-notes. */
function notesOf(section: Element): EditorialNote[] {
  const items: Element[] = [];
  const collect = (el: Element) => {
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'li') items.push(c);
      else collect(c);
    }
  };
  collect(section);
  return items.map((li) => ({
    id: String(li.properties.dataNote),
    anchor: String(li.properties.id),
    label: String(li.properties.dataNoteLabel),
    children: li.children.flatMap((p) =>
      p.type === 'element' && p.tagName === 'p' ? [...toInlines(p.children), { type: 'text' as const, value: ' ' }] : [],
    ),
  }));
}

export default function rehypeEditionText() {
  return (tree: Root, file: VFile) => {
    const edition = editionData(file);
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'section' && 'dataFootnotes' in node.properties) edition.notes = notesOf(node);
      else {
        const b = block(node);
        if (b) edition.blocks.push(b);
      }
    }

    const emptyParagraphs: string[] = [];
    let section: { id: string; text: string } | null = null;
    let page: number | null = null;
    const record = (b: TextBlock) => {
      const content = blockContent(b);
      const pages = pageBreaksIn(content);
      const text = readingText(content);
      if (b.type === 'heading') {
        edition.headings.push({ depth: b.depth, id: b.id, text });
        section = { id: b.id, text };
      } else {
        // a page break before the passage's first word belongs to this passage
        const first = content.find((c) => c.type !== 'text' || c.value.trim() !== '');
        const pageStart = first?.type === 'pageBreak' ? first.n : page;
        const pageEnd = pages.length ? pages[pages.length - 1] : page;
        edition.passages.push({ id: b.id, n: b.n, section, pageStart, pageEnd: pageEnd !== pageStart ? pageEnd : null, text });
        if (text === '') emptyParagraphs.push(b.id);
      }
      if (pages.length) page = pages[pages.length - 1];
    };
    textBlocks(edition.blocks).forEach(record);

    visit(tree, 'element', (el) => {
      for (const marker of modelMarkers) delete el.properties[marker];
      if (typeof el.properties.id === 'string' && emptyParagraphs.includes(el.properties.id)) {
        report(
          file,
          el,
          'a paragraph of apparatus only (a page break or note callout with no words): attach it to the words it stands before or after',
          'archive:empty-paragraph',
        );
      }
    });
  };
}
