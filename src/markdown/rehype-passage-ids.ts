// Give every paragraph a stable id and visible number (p1…pN, source order) and every heading a slug id;
// record each paragraph's section, printed page(s) and reading text (edition.passages) for search and citation.
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { visitParents } from 'unist-util-visit-parents';
import { editionData, report } from './directives.ts';

/** Text a reader sees (the reading view), without apparatus such as page labels and source readings. */
function readingText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if ('dataApparatus' in node.properties) return '';
  if (node.properties.className && ([] as unknown[]).concat(node.properties.className).includes('sic')) return '';
  return node.children.map(readingText).join('');
}

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Printed pages that begin inside a node (:pb markers), in order. */
function pagesIn(node: ElementContent): number[] {
  if (node.type !== 'element') return [];
  if (node.properties.dataPage) return [Number(node.properties.dataPage)];
  return node.children.flatMap(pagesIn);
}

/**
 * Paragraph numbers are citations: they count the paragraphs of the text (top level and in
 * block quotations) in source order, never notes. Published numbers must not move (a test pins them).
 */
export default function rehypePassageIds() {
  return (tree: Root, file: VFile) => {
    const edition = editionData(file);
    const slugger = new GithubSlugger();
    let count = 0;
    let section: { id: string; text: string } | null = null;
    let page: number | null = null;

    const number = (p: Element) => {
      count += 1;
      const id = `p${count}`;
      if (p.properties.id) report(file, p, `a paragraph already has the id "${String(p.properties.id)}"`, 'archive:paragraph-id');
      p.properties.id = id;
      p.properties.className = ['passage'];
      if (p.position) edition.lines[id] = p.position.start.line;
      // a page break before the paragraph's first word belongs to this paragraph
      const first = p.children.find((c) => c.type !== 'text' || c.value.trim() !== '');
      const pages = p.children.flatMap(pagesIn);
      const pageStart = first?.type === 'element' && first.properties.dataPage ? Number(first.properties.dataPage) : page;
      if (pages.length) page = pages[pages.length - 1];
      edition.passages.push({
        id,
        n: count,
        section,
        pageStart,
        pageEnd: page !== pageStart ? page : null,
        text: p.children.map(readingText).join('').replace(/\s+/g, ' ').trim(),
      });
      p.children.unshift({
        type: 'element',
        tagName: 'a',
        properties: { className: ['pnum'], href: `#${id}`, dataApparatus: '', ariaLabel: `Paragraph ${count}` },
        children: [{ type: 'text', value: String(count) }],
      });
      // the citations of every paragraph are on the text's cite/ page (scripts add "copy link" here)
      p.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['passage-tools'], dataApparatus: '' },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `cite/#${id}`, ariaLabel: `Cite paragraph ${count}` },
            children: [{ type: 'text', value: 'Cite' }],
          },
        ],
      });
    };

    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'p') number(node);
      if (node.tagName === 'blockquote') {
        for (const child of node.children) if (child.type === 'element' && child.tagName === 'p') number(child);
      }
      if (headingTags.has(node.tagName)) {
        const text = node.children.map(readingText).join('').trim();
        if (!node.properties.id) node.properties.id = slugger.slug(text);
        if (node.position) edition.lines[String(node.properties.id)] = node.position.start.line;
        edition.headings.push({ depth: Number(node.tagName[1]), id: String(node.properties.id), text });
        section = { id: String(node.properties.id), text };
        const pages = node.children.flatMap(pagesIn);
        if (pages.length) page = pages[pages.length - 1];
      }
    }
    edition.paragraphs = count;

    const seen = new Map<string, Element>();
    visitParents(tree, 'element', (node: Element, ancestors) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) {
        // elements a plugin created have no position: point at the nearest ancestor from the source
        const placed = [node, ...ancestors.slice().reverse()].find((n) => n.position) ?? node;
        report(file, placed, `duplicate id "${id}": two elements would answer to #${id} (a heading slug, page or note number used twice?)`, 'archive:duplicate-id');
      } else seen.set(id, node);
    });
  };
}
