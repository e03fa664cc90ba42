// Give each heading of the text an id slugged from its reading text (github-slugger), and record its line.
//
// Not rehype-slug: that slugs every character of the heading, and a heading here may hold apparatus
// (a page label "p. 88", a date's conversion) that is not part of its words.
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { editionData } from './directives.ts';
import { readingText, toInlines } from './edition-text.ts';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const edition = editionData(file);
    const slugger = new GithubSlugger(); // per run: slugs count per document
    for (const node of tree.children) {
      if (node.type !== 'element' || !headingTags.has(node.tagName)) continue;
      node.properties.id ??= slugger.slug(readingText(toInlines(node.children)));
      if (node.position) edition.lines[String(node.properties.id)] = node.position.start.line;
    }
  };
}
