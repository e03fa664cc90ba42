// Refuse what a text may not hold: raw HTML anywhere (text, editorial notes, directive labels, comments),
// links whose scheme is not http(s) or mailto, and images. The archive holds Markdown and the edition's
// directives only, so nothing in a text can become markup or a request of its own.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { report } from './directives.ts';

/** What to write instead of a kind of raw HTML, for the message. */
function instead(html: string): string {
  const tag = /^<\/?([a-z][\w-]*)/i.exec(html.trim())?.[1]?.toLowerCase();
  if (html.trim().startsWith('<!--')) return 'an editor’s remark goes in an editorial footnote ([^label])';
  if (tag === 'a') return 'write a link in Markdown: [words](https://…)';
  if (tag === 'em' || tag === 'i') return 'write *words* for italics';
  if (tag === 'strong' || tag === 'b') return 'write **words** for bold';
  if (tag === 'br') return 'end the paragraph with a blank line instead';
  if (tag === 'sup' || tag === 'sub') return 'use :noteref{n=…} for the original’s note callouts or [^label] for an editorial note';
  if (tag === 'p' || tag === 'div' || tag === 'span')
    return 'remove the tags: paragraphs are separated by blank lines, and ids and classes come from the edition';
  return 'use the Markdown or a directive of the edition (README, “Annotating”); if the edition needs a new kind of markup it gets a directive';
}

/** Schemes a link in a text may use (relative links need none). */
const safeScheme = /^(?:https?:|mailto:)/i;
const hasScheme = /^[a-z][a-z\d+.-]*:/i;

const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');

export default function remarkMarkupCheck() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'html') {
        report(
          file,
          node,
          `raw HTML is not allowed in the archive: \`${shorten(node.value)}\`; ${instead(node.value)}`,
          'archive:raw-html',
        );
      } else if (node.type === 'link' || node.type === 'definition') {
        // browsers ignore control characters and spaces inside a scheme ("java\tscript:")
        const url = node.url.replace(/[\p{Cc}\s]/gu, '');
        if (hasScheme.test(url) && !safeScheme.test(url)) {
          report(
            file,
            node,
            `link to \`${shorten(node.url)}\`: only http:, https: and mailto: links (or links within the site) are allowed`,
            'archive:link-scheme',
          );
        }
      } else if (node.type === 'image' || node.type === 'imageReference') {
        report(file, node, 'images are not part of the archive’s texts: describe the image in an editorial footnote', 'archive:image');
      }
    });
  };
}
