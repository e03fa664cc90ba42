// Give each heading of the text an id slugged from its reading text (github-slugger), never one of the
// layout's ids, and record its line.
//
// Not rehype-slug: that slugs every character of the heading, and a heading here may hold apparatus
// (a page label "p. 88", a date's conversion) that is not part of its words.
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { editionData } from './directives.ts';
import { readingText, toInlines } from './edition-text.ts';
import { isLayoutId } from '../lib/layout-ids.ts';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export default function rehypeHeadingIds() {
  return (tree: Root, file: VFile) => {
    const edition = editionData(file);
    const slugger = new GithubSlugger(); // per run: slugs count per document
    for (const node of tree.children) {
      if (node.type !== 'element' || !headingTags.has(node.tagName)) continue;
      // a heading "Main" must not take the layout's #main (src/lib/layout-ids.ts): such a slug gets a prefix
      const slug = slugger.slug(readingText(toInlines(node.children)));
      node.properties.id ??= isLayoutId(slug) ? slugger.slug(`section-${slug}`) : slug;
      if (node.position) edition.lines[String(node.properties.id)] = node.position.start.line;
    }
  };
}
