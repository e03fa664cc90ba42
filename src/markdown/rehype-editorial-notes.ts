// Letter the editorial (GFM) footnotes a, b, c… so they never look like the original's numbered callouts,
// and mark each note and note mark for the text model (dataNote, dataNoteLabel, dataNoteMark). The mark's letter is
// CSS generated content from `data-label` ("[a]"), never text of the paragraph.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** a…z, aa, ab… */
export function noteLetter(index: number): string {
  let s = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(97 + ((i - 1) % 26)) + s;
  return s;
}

/** "#user-content-fn-pehle" → "ed-pehle": the note's id in the text model and the TEI. */
const noteId = (href: unknown) => `ed-${String(href).replace(/^#?user-content-fn-/, '')}`;

export default function rehypeEditorialNotes() {
  return (tree: Root) => {
    const letters = new Map<string, string>();
    visit(tree, 'element', (node: Element) => {
      const ref = node.children.find((c): c is Element => c.type === 'element' && 'dataFootnoteRef' in c.properties);
      if (node.tagName === 'sup' && ref) {
        // remark-rehype numbers notes 1, 2… in order of first call
        const text = ref.children[0];
        const letter = noteLetter(Number(text?.type === 'text' ? text.value : 0) - 1);
        ref.children = [];
        Object.assign(ref.properties, { dataLabel: letter, ariaLabel: `Editorial note ${letter}` });
        letters.set(noteId(ref.properties.href), letter);
        node.properties.className = ['edref'];
        Object.assign(node.properties, { dataApparatus: '', dataNoteMark: letter, dataNote: noteId(ref.properties.href) });
      }
      if (node.tagName === 'a' && 'dataFootnoteBackref' in node.properties) node.properties.dataApparatus = '';
      if (node.tagName === 'section' && 'dataFootnotes' in node.properties) {
        node.properties.dataApparatus = '';
        node.properties.className = ['footnotes', 'editorial-notes'];
      }
      if (node.tagName === 'li' && typeof node.properties.id === 'string' && node.properties.id.startsWith('user-content-fn-')) {
        const id = noteId(node.properties.id);
        Object.assign(node.properties, { dataNote: id, dataNoteLabel: letters.get(id) ?? '' });
      }
    });
  };
}
