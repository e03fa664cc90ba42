// Fail on any directive no plugin interpreted: a typo (:persn) or a colon in text that should be escaped.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isDirective, report, syntaxOf } from './directives.ts';

export interface Options {
  /** The directive names the pipeline interprets (for the message and to skip ones already reported). */
  known: readonly string[];
}

/** A directive whose name no plugin knows is reported here; a known one's own plugin reports what is wrong with it. */
export default function remarkUnknownDirectives(options: Options) {
  const known = options.known;
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (!isDirective(node) || known.includes(node.name)) return;
      report(
        file,
        node,
        `unknown directive ${syntaxOf(node)} (known: ${known.map((k) => ':' + k).join(', ')}); if the colon is part of the text, escape it as \\:`,
        'archive:unknown-directive',
      );
    });
  };
}
