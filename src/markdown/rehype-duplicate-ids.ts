// Report two elements with the same id: a fragment link (#p12, #page-88) must lead to one place.
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { report } from './directives.ts';

export default function rehypeDuplicateIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Set<string>();
    visitParents(tree, 'element', (node: Element, ancestors) => {
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      if (!seen.has(id)) return void seen.add(id);
      // elements a plugin created have no position: point at the nearest ancestor from the source
      const placed = [node, ...ancestors.slice().reverse()].find((n) => n.position) ?? node;
      report(
        file,
        placed,
        `duplicate id "${id}": two elements would answer to #${id} (a heading slug, page or note number used twice?)`,
        'archive:duplicate-id',
      );
    });
  };
}
