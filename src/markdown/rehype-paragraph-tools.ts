// Add each numbered passage's apparatus (paragraph, list item, table): its number (a link to itself), a "Cite" link
// to the cite page and a "Copy link" button (shown only where scripting is on: src/styles/global.css). Both tools
// are in the HTML, not added by a script, so that the page is laid out once (src/client/passage-tools.ts handles
// their clicks with one listener).
// Both are empty elements whose visible words are CSS generated content from `data-label` (src/styles/global.css):
// the paragraph's text content is the source's words only, so copying, find-in-page and text fragments never meet them.
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
        properties: { className: ['pnum'], href: `#${id}`, dataApparatus: '', dataLabel: n, ariaLabel: `Paragraph ${n}` },
        children: [],
      });
      // the citations of every paragraph are on the text's cite/ page (src/client/passage-tools.ts opens them in place)
      p.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['passage-tools'], dataApparatus: '' },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `cite/#${id}`, dataLabel: 'Cite', ariaLabel: `Cite paragraph ${n}` },
            children: [],
          },
          {
            type: 'element',
            tagName: 'button',
            properties: {
              type: 'button',
              className: ['copy-button', 'copy-link'],
              dataLabel: 'Copy link',
              ariaLabel: `Copy link to paragraph ${n}`,
            },
            children: [],
          },
        ],
      });
    });
  };
}
