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

/**
 * The kinds of text the archive publishes. The genre decides which fields the record needs (checked by
 * `documentSchema`), how the text is cited (CSL type, src/lib/citations.ts), its schema.org type
 * (src/lib/structured-data.ts) and its TEI source description (src/lib/tei.ts):
 *
 * - `newspaper-article`, `journal-article`, `magazine-article`: `publication` (the periodical) is required.
 * - `speech`: `speech` (the occasion and the place); `author` is the speaker.
 * - `letter` (also a dispatch or a telegram): `letter` (recipient, place of writing, form); `author` is the sender.
 * - `report` (a government document or report): `report` (issuing body, number); `author` may be left out, the
 *   issuing body then stands as the author.
 * - `book-chapter`: `book` (the book's title, editors, publisher, place).
 * - `diary-entry`: `diary` (where the manuscript is kept); `author` is the diarist; `date.iso` is the day of the
 *   entry (YYYY-MM-DD).
 *
 * A speech, letter or report may also give where it is printed: `publication` (a periodical, or a series such as
 * Papers Relating to the Foreign Relations of the United States) or `book` (an edited volume); a diary entry may
 * give `book` (a printed edition of the diary).
 */
export const genres = [
  'newspaper-article',
  'journal-article',
  'magazine-article',
  'speech',
  'letter',
  'report',
  'book-chapter',
  'diary-entry',
] as const;

export type Genre = (typeof genres)[number];

/** The genres that are articles in a periodical: they need `publication`. */
export const articleGenres: readonly Genre[] = ['newspaper-article', 'journal-article', 'magazine-article'];

/** The genre-specific blocks of the record, and the genre each belongs to. */
const genreBlocks = { speech: 'speech', letter: 'letter', report: 'report', diary: 'diary-entry' } as const;

/** The forms a letter takes: a private or official letter, a diplomatic dispatch, a telegram (cable). */
export const letterForms = ['letter', 'dispatch', 'telegram'] as const;

/** The periodical (or documentary series) a text was printed in. */
const publicationSchema = z
  .object({
    /** Title of the newspaper, journal or magazine (or of the series a document is printed in). */
    title: name,
    /** Publisher or sponsoring body. */
    publisher: z.string().optional(),
    /** Volume as printed. */
    volume: z.string().optional(),
    /** Issue number as printed. */
    issue: z.string().optional(),
  })
  .strict();

/** The edited book a chapter (or a letter, speech or diary entry) is printed in. */
const bookSchema = z
  .object({
    /** Title of the book as printed, with its subtitle, e.g. "The New Negro: An Interpretation". */
    title: name,
    /** Its editors, each as "Given Family" (e.g. "Alain Locke"); an empty list for a book by one author. */
    editors: z.array(name),
    /** The publisher as printed on the title page, e.g. "Albert and Charles Boni". */
    publisher: name,
    /** The place of publication (the first city the title page names), e.g. "New York". */
    place: name,
    /** The volume, for a book in several volumes, as printed. */
    volume: z.string().optional(),
  })
  .strict();

/** A speech: where and on what occasion it was given (the speaker is `author`). */
const speechSchema = z
  .object({
    /** The occasion, e.g. "Joint Session of Congress" or "annual meeting of the American Historical Association". */
    event: name,
    /** Where it was given: a city (and state or country), e.g. "Washington, DC". */
    place: name,
  })
  .strict();

/** A letter, dispatch or telegram: to whom and from where (the sender is `author`). */
const letterSchema = z
  .object({
    /** The person it is addressed to, as "Given Family", e.g. "Horace Greeley". */
    recipient: name,
    /** Where it was written or sent from, e.g. "Washington, DC" or "Vologda". */
    place: name,
    /** What form it takes: "letter" (the default), "dispatch" (a diplomat's report) or "telegram" (also a cable). */
    form: z.enum(letterForms).default('letter'),
  })
  .strict();

/** A government document or report: who issued it and its number. */
const reportSchema = z
  .object({
    /** The issuing body (a government department, commission or organization), e.g. "League of Nations". */
    issuer: name,
    /** The document's number or symbol as printed, e.g. "C.663.M.320.1932.VII"; omit when it has none. */
    number: name.optional(),
    /** Where it was issued (the issuing body's seat), e.g. "Geneva". */
    place: name.optional(),
  })
  .strict();

/** A diary entry: where the manuscript diary is kept (the diarist is `author`, the day is `date`). */
const diarySchema = z
  .object({
    /**
     * The collection and the repository that hold the diary, e.g. "Gideon Welles Papers, Library of Congress";
     * omit for a diary printed in a book (give `book`).
     */
    archive: name.optional(),
  })
  .strict();

export const documentSchema = z
  .object({
    /**
     * Title as printed (the article's own title, not a description). A letter or diary entry without a title of its
     * own gets a short description in the edition's words, e.g. "Letter to Horace Greeley": the site shows it, and
     * citations describe such a text by its form, recipient and date instead (the styles' rule for untitled letters).
     */
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
    /**
     * The author named by the source itself, as "Given Family" (e.g. "Shusuke Takahara"): for a speech the speaker,
     * for a letter the sender, for a diary entry the diarist.
     */
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
    /**
     * Kind of text, for citations and machine-readable metadata: newspaper-article, journal-article, magazine-article,
     * speech, letter (also a dispatch or telegram), report (a government document), book-chapter or diary-entry. Each
     * needs its own fields (src/schemas/document.ts, `genres`).
     */
    genre: z.enum(genres),
    /**
     * Where it was published: the newspaper, journal or magazine of an article (required for the three article
     * genres); for a speech, letter, report or diary entry, the periodical or documentary series it is printed in,
     * if any. A book chapter gives `book` instead.
     */
    publication: publicationSchema.optional(),
    /** The edited book a `book-chapter` is in (required for it); a speech, letter or diary entry printed in a book may give it too. */
    book: bookSchema.optional(),
    /** For a `speech` (required for it, refused otherwise): its occasion and place. */
    speech: speechSchema.optional(),
    /** For a `letter` (required for it, refused otherwise): recipient, place and form. */
    letter: letterSchema.optional(),
    /** For a `report` (required for it, refused otherwise): issuing body and number. */
    report: reportSchema.optional(),
    /** For a `diary-entry` (required for it, refused otherwise; may be empty, `{}`): where the diary is kept. */
    diary: diarySchema.optional(),
    /** Publication date: as printed (possibly in the Hebrew calendar) and in ISO form. */
    date: z
      .object({
        /** The date exactly as the source gives it, e.g. "29 Av 5762". */
        original: z.string(),
        /** Calendar of `original`. */
        calendar: z.enum(['gregorian', 'hebrew']),
        /** The Gregorian date in ISO form (as precise as known; a diary entry's day, YYYY-MM-DD). */
        iso: isoDate,
      })
      .strict(),
    /** First printed page; present when the original pagination is kept (then give `lastPage` too). */
    firstPage: z.number().int().positive().optional(),
    /**
     * Last printed page (required with `firstPage`): bibliographies cite the range firstPage–lastPage, notes the
     * page of the passage.
     */
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
    sources: z
      .array(
        z
          .object({
            /** What the source is, e.g. "The journal's table of contents". */
            label: name,
            /** Its address (http or https), if it is online. */
            url: webUrl.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!d.author && !d.attribution && d.genre !== 'report')
      issue('author', 'give `author` (named by the source) or `attribution` (proposed by the editors)');
    if (articleGenres.includes(d.genre) && !d.publication)
      issue('publication', `a ${d.genre} needs \`publication\` (the periodical: title, and volume, issue, publisher as printed)`);
    if (d.genre === 'book-chapter' && !d.book) issue('book', 'a book-chapter needs `book` (title, editors, publisher, place)');
    if (d.genre === 'book-chapter' && d.publication)
      issue('publication', 'a book-chapter gives the book it is in as `book`, not `publication`');
    if (articleGenres.includes(d.genre) && d.book) issue('book', `a ${d.genre} is in a periodical: give \`publication\`, not \`book\``);
    if (d.genre === 'diary-entry' && d.publication)
      issue('publication', 'a diary entry is cited from the manuscript (`diary.archive`) or from a printed edition (`book`)');
    if (d.publication && d.book)
      issue('book', 'give one of `publication` (a periodical or series) and `book` (an edited volume), not both');
    for (const [block, genre] of Object.entries(genreBlocks)) {
      const given = d[block as keyof typeof genreBlocks] !== undefined;
      if (d.genre === genre && !given) issue(block, `a ${genre} needs \`${block}\` (see src/schemas/document.ts)`);
      if (d.genre !== genre && given)
        issue(block, `\`${block}\` is for genre: ${genre}; this record's genre is ${d.genre}: remove it or correct \`genre\``);
    }
    if (d.genre === 'diary-entry' && !/^\d{4}-\d{2}-\d{2}$/.test(d.date.iso))
      ctx.addIssue({ code: 'custom', path: ['date', 'iso'], message: 'a diary entry is dated to the day: give date.iso as YYYY-MM-DD' });
    if (d.genre === 'diary-entry' && !d.author) issue('author', 'a diary entry names its diarist in `author`');
    if (d.firstPage !== undefined && d.lastPage === undefined)
      issue('firstPage', 'give `lastPage` with `firstPage`: a bibliography cites the whole range (e.g. firstPage: 87, lastPage: 99)');
    if (d.lastPage !== undefined && d.firstPage === undefined) issue('lastPage', 'give `firstPage` with `lastPage`');
    if (d.firstPage !== undefined && d.lastPage !== undefined && d.lastPage < d.firstPage)
      issue('lastPage', `lastPage ${d.lastPage} is before firstPage ${d.firstPage}: check both`);
  });

export type DocumentData = z.infer<typeof documentSchema>;
