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
        // (and a label GFM does not accept, such as one with a space, in a call or a definition)
        for (const match of node.value.matchAll(/\[\^([^\]]*)\]/g)) {
          const label = match[1];
          if (!/^[^\s^]+$/.test(label)) {
            const example = label.trim().split(/\s+/)[0] || 'note';
            report(
              file,
              node,
              `footnote label [^${label}] is not valid: a label is one word without spaces, e.g. [^${example}], the same in the call and in the definition`,
              'archive:footnote-label',
            );
          } else {
            report(
              file,
              node,
              `footnote reference [^${label}] has no definition: add a line "[^${label}]: …" at the end of the file`,
              'archive:footnote-undefined',
            );
          }
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
