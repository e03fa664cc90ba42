// Add each numbered passage's apparatus (paragraph, list item, table): its number (a link to itself) and a
// "Cite" link to the cite page.
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { editionData } from './directives.ts';

export default function rehypeParagraphTools() {
  return (tree: Root, file: VFile) => {
    const numbered = new Set(editionData(file).passages.map((p) => p.id));
    visit(tree, 'element', (p) => {
      const id = p.properties.id;
      if (typeof id !== 'string' || !numbered.has(id)) return; // a paragraph, list item or table wrapper
      const n = id.slice(1);
      p.children.unshift({
        type: 'element',
        tagName: 'a',
        properties: { className: ['pnum'], href: `#${id}`, dataApparatus: '', ariaLabel: `Paragraph ${n}` },
        children: [{ type: 'text', value: n }],
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
            properties: { href: `cite/#${id}`, ariaLabel: `Cite paragraph ${n}` },
            children: [{ type: 'text', value: 'Cite' }],
          },
        ],
      });
    });
  };
}
