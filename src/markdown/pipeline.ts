// The Markdown pipeline of the edition: one ordered list, read top to bottom. Used by astro.config.ts
// and by the documents loader, so the site and the checks render the same way.
import remarkDirective from 'remark-directive';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { editionSanitizeSchema } from './sanitize-schema.ts';
import remarkMarkupCheck from './remark-markup-check.ts';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import remarkPageBreaks from './remark-page-breaks.ts';
import remarkNoteCallouts from './remark-note-callouts.ts';
import remarkEmendations from './remark-emendations.ts';
import remarkEntityLinks from './remark-entity-links.ts';
import remarkDates from './remark-dates.ts';
import remarkFootnoteCheck from './remark-footnote-check.ts';
import remarkUnknownDirectives from './remark-unknown-directives.ts';
import rehypeEditorialNotes, { noteLetter } from './rehype-editorial-notes.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';
import rehypeHeadingIds from './rehype-heading-ids.ts';
import rehypeEditionText from './rehype-edition-text.ts';
import rehypeMentions from './rehype-mentions.ts';
import rehypeCalloutSpacing from './rehype-callout-spacing.ts';
import rehypeParagraphTools from './rehype-paragraph-tools.ts';
import rehypeDuplicateIds from './rehype-duplicate-ids.ts';
import rehypeEditionData from './rehype-edition-data.ts';
import { entityKindNames } from '../schemas/entities.ts';
import type { EntityRegistry } from '../lib/entity-registry.ts';

/** Directive names the edition understands (remark-unknown-directives rejects all others). */
export const knownDirectives = ['pb', 'noteref', 'sic', 'date', ...entityKindNames] as const;

/** Options for unified() / createMarkdownProcessor(), given the archive's entities. */
export function markdownOptions(entities: EntityRegistry) {
  return {
    remarkPlugins: [
      remarkDirective, // parse only: :name[label]{attrs}; the plugins below give meaning
      remarkMarkupCheck,
      remarkPageBreaks,
      remarkNoteCallouts,
      remarkEmendations,
      [remarkDates, { entities }],
      [remarkEntityLinks, { entities }],
      remarkFootnoteCheck,
      // order: after every plugin that interprets a directive (they mark what they handled)
      [remarkUnknownDirectives, { known: knownDirectives }],
    ],
    rehypePlugins: [
      // letters the notes and marks them for the text model
      rehypeEditorialNotes,
      rehypeParagraphIds,
      rehypeHeadingIds,
      // order: after the ids and the note letters, which the text model records
      rehypeEditionText,
      // order: after the text model, which it reads (mentions and dates are placed from it)
      rehypeMentions,
      // order: after the text model, which keeps the source's space before a callout
      rehypeCalloutSpacing,
      // order: after the text model, so that the paragraph numbers and Cite links are never taken for text
      rehypeParagraphTools,
      // order: after every plugin that adds an id
      rehypeDuplicateIds,
      // links to other sites (the editorial notes' sources) cannot reach back into the page
      [rehypeExternalLinks, { rel: ['noopener', 'noreferrer', 'external'] }],
      // order: after every plugin that changes the HTML: only what the edition emits may reach a page
      [rehypeSanitize, editionSanitizeSchema],
      // order: last, after every plugin that can report a problem or add to the edition data
      rehypeEditionData,
    ],
    // SmartyPants would silently turn the sources' "--" and straight quotes into other characters:
    // every change to the text must be a recorded emendation instead.
    smartypants: false,
    gfm: true,
    remarkRehype: {
      footnoteLabel: 'Editorial notes',
      footnoteLabelProperties: { className: ['notes-heading'] },
      // a note called twice has two back-links: each says which call it returns to
      footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
        rereferenceIndex > 1
          ? `Back to reference ${rereferenceIndex} of editorial note ${noteLetter(referenceIndex)}`
          : `Back to editorial note ${noteLetter(referenceIndex)}`,
    },
  } satisfies Partial<AstroMarkdownOptions> & Record<string, unknown>;
}
