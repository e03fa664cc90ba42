// Interpret `:pb{n=88}`: the start of printed page 88, kept as a marker at the exact word. The marker is an empty
// inline element; its label "p. 88" is CSS generated content from `data-label`, never text of the paragraph.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { editionData, isDirective, positiveIntAttribute, rejectUnknownAttributes, report, requireInline } from './directives.ts';

export default function remarkPageBreaks() {
  return (tree: Root, file: VFile) => {
    const edition = editionData(file);
    let previous = 0;
    visit(tree, (node) => {
      if (!isDirective(node) || node.name !== 'pb') return;
      if (!requireInline(file, node)) return;
      rejectUnknownAttributes(file, node, ['n']);
      if (node.children.length > 0) {
        report(file, node, ':pb marks a position and takes no text in [brackets]: write :pb{n=88}', 'archive:pb-text');
      }
      const n = positiveIntAttribute(file, node, 'n');
      if (n === undefined) return;
      if (n <= previous) {
        report(file, node, `:pb{n=${n}} comes after page ${previous}: page numbers must increase through the text`, 'archive:page-order');
      }
      previous = Math.max(previous, n);
      edition.pages.push(n);
      // the loader checks the page against the document's declared range, and names this line
      if (node.position) edition.lines[`page-${n}`] = node.position.start.line;
      node.data = {
        hName: 'span',
        hProperties: { className: ['pb'], id: `page-${n}`, dataApparatus: '', dataPage: String(n), dataLabel: `p. ${n}` },
        hChildren: [],
      };
    });
  };
}
