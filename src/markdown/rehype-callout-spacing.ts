// A note callout the source sets after a space ("defense. 26 However"): the space moves into the callout, which CSS
// draws with a space before its number (`sup.noteref.spaced`), so that the words around it are one space apart when the text is copied or found, while the
// page still shows the callout where the source has it. After the text model, which keeps the source's spacing.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const trailingSpace = /\s+$/;

export default function rehypeCalloutSpacing() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const classes = node.properties.className;
      if (node.tagName !== 'sup' || !(Array.isArray(classes) && classes.includes('noteref'))) return;
      if (!parent || index === undefined) return;
      const before = parent.children[index - 1];
      const after = parent.children[index + 1];
      const spaceAfter = after === undefined || (after.type === 'text' && /^\s/.test(after.value));
      if (before?.type !== 'text' || !trailingSpace.test(before.value) || !spaceAfter) return;
      before.value = before.value.replace(trailingSpace, '');
      node.properties.className = [...classes, 'spaced'];
    });
  };
}
