// Number the passages p1…pN in source order — paragraphs, list items and tables, at the top level and in block
// quotations — and record the line each begins on. A table is wrapped in a numbered <div class="passage">.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { editionData, report } from './directives.ts';

/**
 * Passage numbers are citations: they count the passages of the text in source order, never notes. Published
 * numbers must not move (a test pins them): the texts published before lists and tables became passages have
 * none, so their paragraphs keep their numbers.
 */
export default function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const edition = editionData(file);
    let count = 0;
    const number = (el: Element) => {
      count += 1;
      const id = `p${count}`;
      if (el.properties.id) report(file, el, `a passage already has the id "${String(el.properties.id)}"`, 'archive:paragraph-id');
      el.properties.id = id;
      el.properties.className = ['passage', ...(el.tagName === 'div' ? ['passage-table'] : [])];
      if (el.position) edition.lines[id] = el.position.start.line;
    };
    const walk = (children: (RootContent | ElementContent)[]): void => {
      children.forEach((node, i) => {
        if (node.type !== 'element') return;
        if (node.tagName === 'p') number(node);
        else if (node.tagName === 'blockquote') walk(node.children);
        else if (node.tagName === 'ul' || node.tagName === 'ol') {
          for (const item of node.children) if (item.type === 'element' && item.tagName === 'li') number(item);
        } else if (node.tagName === 'table') {
          const wrapper: Element = { type: 'element', tagName: 'div', properties: {}, children: [node], position: node.position };
          children[i] = wrapper;
          number(wrapper);
        }
      });
    };
    walk(tree.children);
    edition.paragraphs = count;
  };
}
