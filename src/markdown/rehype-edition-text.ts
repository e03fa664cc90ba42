// Record the text as typed blocks and notes (src/schemas/edition.ts), its headings, and its passages:
// each numbered paragraph's section, printed page(s) and reading text. Then drop the markers that only
// the text model reads.
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import type { Block, EditorialNote } from '../schemas/edition.ts';
import { editionData, report } from './directives.ts';
import { visit } from 'unist-util-visit';
import { modelMarkers, pageBreaksIn, readingText, toInlines } from './edition-text.ts';

const headingDepth = (el: Element) => (/^h[1-6]$/.test(el.tagName) ? Number(el.tagName[1]) : 0);

function block(el: Element): Block | undefined {
  const depth = headingDepth(el);
  if (depth) return { type: 'heading', depth, id: String(el.properties.id), children: toInlines(el.children) };
  if (el.tagName === 'p' && typeof el.properties.id === 'string') {
    return { type: 'paragraph', id: el.properties.id, n: Number(el.properties.id.slice(1)), children: toInlines(el.children) };
  }
  if (el.tagName === 'blockquote') {
    const children = el.children.flatMap((c) => (c.type === 'element' ? (block(c) ?? []) : []));
    return { type: 'quote', children };
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

    let section: { id: string; text: string } | null = null;
    let page: number | null = null;
    const record = (b: Block) => {
      if (b.type === 'quote') return b.children.forEach(record);
      if (b.type === 'sectionBreak') return;
      const pages = pageBreaksIn(b.children);
      const text = readingText(b.children);
      if (b.type === 'heading') {
        edition.headings.push({ depth: b.depth, id: b.id, text });
        section = { id: b.id, text };
      } else {
        // a page break before the paragraph's first word belongs to this paragraph
        const first = b.children.find((c) => c.type !== 'text' || c.value.trim() !== '');
        const pageStart = first?.type === 'pageBreak' ? first.n : page;
        const pageEnd = pages.length ? pages[pages.length - 1] : page;
        edition.passages.push({ id: b.id, n: b.n, section, pageStart, pageEnd: pageEnd !== pageStart ? pageEnd : null, text });
        if (text === '') emptyParagraphs.push(b.id);
      }
      if (pages.length) page = pages[pages.length - 1];
    };
    const emptyParagraphs: string[] = [];
    edition.blocks.forEach(record);

    visit(tree, 'element', (el) => {
      for (const marker of modelMarkers) delete el.properties[marker];
      if (el.tagName === 'p' && emptyParagraphs.includes(String(el.properties.id))) {
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
