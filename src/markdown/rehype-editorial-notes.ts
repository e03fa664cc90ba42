// Letter the editorial (GFM) footnotes a, b, c… so they never look like the original's numbered callouts.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** a…z, aa, ab… */
export function noteLetter(index: number): string {
  let s = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(97 + ((i - 1) % 26)) + s;
  return s;
}

export default function rehypeEditorialNotes() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'a' && 'dataFootnoteRef' in node.properties) {
        const n = Number((node.children[0] as { value?: string })?.value);
        node.children = [{ type: 'text', value: noteLetter(n - 1) }];
      }
      if (node.tagName === 'sup' && node.children.some((c) => c.type === 'element' && 'dataFootnoteRef' in c.properties)) {
        node.properties.className = ['edref'];
        node.properties.dataApparatus = '';
      }
      if (node.tagName === 'section' && 'dataFootnotes' in node.properties) {
        node.properties.dataApparatus = '';
        node.properties.className = ['footnotes', 'editorial-notes'];
      }
    });
  };
}
