// Number the paragraphs p1…pN (top level and in block quotations, in source order) and record each one's line.
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { editionData, report } from './directives.ts';

/**
 * Paragraph numbers are citations: they count the paragraphs of the text (top level and in block
 * quotations) in source order, never notes. Published numbers must not move (a test pins them).
 */
export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const edition = editionData(file);
    let count = 0;
    const number = (p: Element) => {
      count += 1;
      const id = `p${count}`;
      if (p.properties.id) report(file, p, `a paragraph already has the id "${String(p.properties.id)}"`, 'archive:paragraph-id');
      p.properties.id = id;
      p.properties.className = ['passage'];
      if (p.position) edition.lines[id] = p.position.start.line;
    };
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'p') number(node);
      if (node.tagName === 'blockquote') {
        for (const child of node.children) if (child.type === 'element' && child.tagName === 'p') number(child);
      }
    }
    edition.paragraphs = count;
  };
}
