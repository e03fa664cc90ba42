// The bibliographic record and transcription note of a source text (frontmatter of content/documents/*.md).
import { z } from 'astro/zod';

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const documentSchema = z
  .object({
    /** Title as printed (the article's own title, not a description). */
    title: z.string().min(1),
    /** A short name for lists and cross-references, e.g. "The Dawes Report (1924)". */
    shortTitle: z.string().min(1).max(40),
    /** Series or part designation as printed, e.g. "Part Four". */
    part: z.string().optional(),
    /** Byline as printed in the source, e.g. "By Rabbi Aryeh Gefen"; omit when the copy has none. */
    byline: z.string().optional(),
    /** The author named by the source itself. */
    author: z.string().optional(),
    /**
     * An author the source does not name but the editors propose; shown as an attribution,
     * never as a fact.
     */
    attribution: z
      .object({
        /** The person proposed. */
        name: z.string(),
        /** How sure: "probable" or "possible". */
        certainty: z.enum(['probable', 'possible']),
        /** The evidence, in a sentence, and what would confirm it. */
        evidence: z.string(),
      })
      .optional(),
    /** Author's affiliation when the source gives it. */
    affiliation: z.string().optional(),
    /** Kind of publication, for citations and machine-readable metadata. */
    genre: z.enum(['newspaper-article', 'journal-article', 'magazine-article']),
    /** Where it was published. */
    publication: z.object({
      /** Title of the newspaper, journal or magazine. */
      title: z.string(),
      /** Publisher or sponsoring body. */
      publisher: z.string().optional(),
      /** Volume as printed. */
      volume: z.string().optional(),
      /** Issue number as printed. */
      issue: z.string().optional(),
    }),
    /** Publication date: as printed (possibly in the Hebrew calendar) and in ISO form. */
    date: z.object({
      /** The date exactly as the source gives it, e.g. "29 Av 5762". */
      original: z.string(),
      /** Calendar of `original`. */
      calendar: z.enum(['gregorian', 'hebrew']),
      /** The Gregorian date in ISO form (as precise as known). */
      iso: isoDate,
    }),
    /** First printed page; present when the original pagination is kept. */
    firstPage: z.number().int().positive().optional(),
    /** Last printed page, if known. */
    lastPage: z.number().int().positive().optional(),
    /** Where the source text can be found online (the copy transcribed, or the publisher's page). */
    sourceUrl: z.url().optional(),
    /** Copyright / rights statement for the source text. */
    rights: z.string(),
    /** Short editorial summary shown on the home page (one paragraph). */
    summary: z.string(),
    /** How the text was transcribed, and what the copy lacks. */
    transcription: z.object({
      /** What copy was transcribed (a web page, a PDF extraction…). */
      copy: z.string(),
      /** Text in the copy that is not part of the work (site chrome), recorded verbatim. */
      removed: z
        .array(
          z.object({
            /** What it is, e.g. "site masthead". */
            what: z.string(),
            /** The removed text, verbatim. */
            text: z.string(),
          }),
        )
        .default([]),
      /** What the copy lacks (headings, note texts, byline…). */
      lacks: z.array(z.string()).default([]),
      /** Further notes on the transcription and emendation policy for this text. */
      notes: z.array(z.string()).default([]),
    }),
    /** Sources for any fact in this record that is not in the text itself. */
    sources: z.array(z.object({ label: z.string(), url: z.url().optional() })).default([]),
  })
  .strict()
  .refine((d) => d.author || d.attribution, {
    message: 'give `author` (named by the source) or `attribution` (proposed by the editors)',
    path: ['author'],
  });

export type DocumentData = z.infer<typeof documentSchema>;
