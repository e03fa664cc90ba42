// The bibliographic record and transcription note of a source text (frontmatter of content/documents/*.md).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../lib/content-root.ts';
import { STYLE_COUNT } from '../lib/palette.ts';
import { isoDate, name, webUrl } from './fields.ts';

/** A line number of a witness: 1-based. */
const witnessLine = z.number().int().positive();

/** A run of witness lines `[first, last]`: 1-based and inclusive, first ≤ last. */
const witnessLines = z
  .tuple([witnessLine, witnessLine])
  .refine(([first, last]) => first <= last, 'a line range is [first, last], 1-based and inclusive, with first ≤ last');

/** The folder of witnesses: `witnesses/` beside `documents/` in the archive (content/, or ARCHIVE_CONTENT_DIR). */
const witnessDir = (): string => resolve(process.cwd(), contentDir, 'witnesses');

/**
 * The received copy a document is transcribed from (content/witnesses/<file>, never edited), and what each of its
 * lines is. Line numbers are 1-based and inclusive; a line is the text between two "\n" (a final "\n" ends the last
 * line, it does not start a new one). Every line that is not blank must be in exactly one of `head`, `body` or
 * `excluded`: that is how the fidelity test (tests/build/fidelity.test.ts) knows every word reaches the reader.
 * Errors (a missing file, a line past the end, a line left out or claimed twice) name the frontmatter line and the fix.
 */
const witnessSchema = z
  .object({
    /** File name in content/witnesses/, by convention `<document id>.txt`, e.g. "the-dawes-report.txt". */
    file: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.txt$/, 'name the witness file "<document id>.txt" (lower-case words joined by hyphens)'),
    /**
     * Lines holding the title, byline and part designation as the witness prints them, in order; the page shows
     * them in its header (from `title`, `byline`, `part`), not in the text. Empty when the copy has none.
     */
    head: z.array(witnessLine).default([]),
    /** `[first, last]` line of the text itself: the lines the Markdown body transcribes, every word in order. */
    body: witnessLines,
    /**
     * Runs of lines that are not part of the work (site masthead, copyright footer, subscription box), each with
     * what it is; their text is kept verbatim in `transcription.removed` and is not in the reading text.
     */
    excluded: z
      .array(
        z
          .object({
            /** `[first, last]` line of the run. */
            lines: witnessLines,
            /** What it is, e.g. "site masthead". */
            what: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((w, ctx) => {
    const path = resolve(witnessDir(), w.file);
    const shown = `${contentDir}/witnesses/${w.file}`;
    if (!existsSync(path)) {
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message: `no witness ${shown}: copy the received text there byte for byte (see ${contentDir}/witnesses/README.md), or correct the file name`,
      });
      return;
    }
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    if (text.endsWith('\n')) lines.pop();
    const owner: (string | undefined)[] = [];
    const claim = (from: number, to: number, field: string, at: (string | number)[]) => {
      if (to > lines.length) {
        ctx.addIssue({
          code: 'custom',
          path: at,
          message: `line ${to} is past the end of ${shown} (${lines.length} lines; line numbers are 1-based)`,
        });
      }
      let twice: number | undefined;
      for (let n = from; n <= Math.min(to, lines.length); n++) {
        if (owner[n]) twice ??= n;
        else owner[n] = field;
      }
      if (twice !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: at,
          message: `line ${twice} of ${shown} is already in ${owner[twice]}: give each line one place`,
        });
      }
    };
    w.head.forEach((n, i) => claim(n, n, 'witness.head', ['head', i]));
    claim(w.body[0], w.body[1], 'witness.body', ['body']);
    w.excluded.forEach((e, i) => claim(e.lines[0], e.lines[1], `witness.excluded[${i}]`, ['excluded', i, 'lines']));
    const left = lines.flatMap((line, i) => (line.trim() !== '' && !owner[i + 1] ? [i + 1] : []));
    if (left.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message:
          `line${left.length === 1 ? '' : 's'} ${left.slice(0, 5).join(', ')}${left.length > 5 ? ', …' : ''} of ${shown} ` +
          `${left.length === 1 ? 'is' : 'are'} not blank but in none of \`head\`, \`body\`, \`excluded\`: ` +
          'add each to the one it belongs to, so that no word of the witness is lost',
      });
    }
  });

export const documentSchema = z
  .object({
    /** Title as printed (the article's own title, not a description). */
    title: name,
    /** A short name for lists and cross-references, e.g. "The Dawes Report (1924)". */
    shortTitle: name.max(40),
    /**
     * The text's style on the map and the chronology, 1–30: colour (n − 1) mod 6 and marker shape (n − 1) mod 5 of
     * src/lib/palette.ts. Optional: without it the text gets a style from its id (README, "Adding a document"); set
     * it once the text is published so that its colour never changes. Two texts may not share a number.
     */
    colour: z.number().int().min(1).max(STYLE_COUNT).optional(),
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
        name,
        /** How sure: "probable" or "possible". */
        certainty: z.enum(['probable', 'possible']),
        /** The evidence, in a sentence, and what would confirm it. */
        evidence: z.string(),
      })
      .strict()
      .optional(),
    /** Author's affiliation when the source gives it. */
    affiliation: z.string().optional(),
    /** Kind of publication, for citations and machine-readable metadata. */
    genre: z.enum(['newspaper-article', 'journal-article', 'magazine-article']),
    /** Where it was published. */
    publication: z
      .object({
        /** Title of the newspaper, journal or magazine. */
        title: z.string(),
        /** Publisher or sponsoring body. */
        publisher: z.string().optional(),
        /** Volume as printed. */
        volume: z.string().optional(),
        /** Issue number as printed. */
        issue: z.string().optional(),
      })
      .strict(),
    /** Publication date: as printed (possibly in the Hebrew calendar) and in ISO form. */
    date: z
      .object({
        /** The date exactly as the source gives it, e.g. "29 Av 5762". */
        original: z.string(),
        /** Calendar of `original`. */
        calendar: z.enum(['gregorian', 'hebrew']),
        /** The Gregorian date in ISO form (as precise as known). */
        iso: isoDate,
      })
      .strict(),
    /** First printed page; present when the original pagination is kept. */
    firstPage: z.number().int().positive().optional(),
    /** Last printed page, if known. */
    lastPage: z.number().int().positive().optional(),
    /** Where the source text can be found online (the copy transcribed, or the publisher's page). */
    sourceUrl: webUrl.optional(),
    /** Copyright / rights statement for the source text. */
    rights: z.string(),
    /** Short editorial summary shown on the home page (one paragraph). */
    summary: z.string(),
    /** How the text was transcribed, and what the copy lacks. */
    transcription: z
      .object({
        /** What copy was transcribed (a web page, a PDF extraction…). */
        copy: z.string(),
        /** Text in the copy that is not part of the work (site chrome), recorded verbatim. */
        removed: z
          .array(
            z
              .object({
                /** What it is, e.g. "site masthead". */
                what: z.string(),
                /** The removed text, verbatim. */
                text: z.string(),
              })
              .strict(),
          )
          .default([]),
        /** What the copy lacks (headings, note texts, byline…). */
        lacks: z.array(z.string()).default([]),
        /** Further notes on the transcription and emendation policy for this text. */
        notes: z.array(z.string()).default([]),
      })
      .strict(),
    /** The received copy this text is transcribed from, and which of its lines are the text (see `witnessSchema`). */
    witness: witnessSchema.optional(),
    /** Sources for any fact in this record that is not in the text itself. */
    sources: z.array(z.object({ label: name, url: webUrl.optional() }).strict()).default([]),
  })
  .strict()
  .refine((d) => d.author || d.attribution, {
    message: 'give `author` (named by the source) or `attribution` (proposed by the editors)',
    path: ['author'],
  });

export type DocumentData = z.infer<typeof documentSchema>;
