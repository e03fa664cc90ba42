// Interpret `:noteref{n=19}`: the original's own note callout 19 (its note text may be absent from the copy).
// A callout is part of the source but not a word: its number is its link's accessible name (`aria-label="19"`, the
// name it always had), drawn by CSS generated content: shown in both views, left out of copied text, find-in-page
// and text fragments (as from the search records).
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { editionData, isDirective, positiveIntAttribute, rejectUnknownAttributes, report, requireInline } from './directives.ts';

export default function remarkNoteCallouts() {
  return (tree: Root, file: VFile) => {
    const edition = editionData(file);
    let previous = 0;
    visit(tree, (node) => {
      if (!isDirective(node) || node.name !== 'noteref') return;
      if (!requireInline(file, node)) return;
      rejectUnknownAttributes(file, node, ['n']);
      if (node.children.length > 0) {
        report(file, node, ':noteref takes no text in [brackets]: write :noteref{n=19}', 'archive:noteref-text');
      }
      const n = positiveIntAttribute(file, node, 'n');
      if (n === undefined) return;
      if (n !== previous + 1) {
        const why = n <= previous ? `it comes after note ${previous}` : `note ${previous + 1} is missing before it`;
        report(
          file,
          node,
          `:noteref{n=${n}} is out of sequence (${why}): the original's notes run 1, 2, 3… in order`,
          'archive:noteref-order',
        );
      }
      previous = Math.max(previous, n);
      edition.noteCallouts.push(n);
      node.data = {
        hName: 'sup',
        hProperties: { className: ['noteref'], dataNoteCallout: String(n) },
        hChildren: [
          {
            type: 'element',
            tagName: 'a',
            properties: {
              href: `#original-note-${n}`,
              id: `noteref-${n}`,
              ariaLabel: String(n),
              ariaDescribedBy: ['original-notes-label'],
            },
            children: [],
          },
        ],
      };
    });
  };
}
