// Check editorial footnotes: every [^ref] has its definition, every definition is used, none is defined twice.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { report } from './directives.ts';

export default function remarkFootnoteCheck() {
  return (tree: Root, file: VFile) => {
    const referenced = new Set<string>();
    const defined = new Map<string, Root['children'][number]>();
    visit(tree, (node) => {
      if (node.type === 'footnoteReference') referenced.add(node.identifier);
      if (node.type === 'footnoteDefinition') {
        if (defined.has(node.identifier)) {
          report(
            file,
            node,
            `footnote [^${node.label ?? node.identifier}] is defined twice: give each note its own label`,
            'archive:footnote-duplicate',
          );
        } else defined.set(node.identifier, node);
      }
      // micromark leaves a call without a definition as plain text
      if (node.type === 'text') {
        for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
          report(
            file,
            node,
            `footnote reference [^${match[1]}] has no definition: add a line "[^${match[1]}]: …" at the end of the file`,
            'archive:footnote-undefined',
          );
        }
      }
    });
    for (const [identifier, node] of defined) {
      if (!referenced.has(identifier)) {
        report(
          file,
          node,
          `footnote [^${identifier}] is defined but never referenced: add [^${identifier}] in the text or remove the note`,
          'archive:footnote-unused',
        );
      }
    }
  };
}
