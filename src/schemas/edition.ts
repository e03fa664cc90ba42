// The edition data: what the Markdown pipeline computes about a document and hands to the pages.
//
// One typed contract, declared once. Each plugin writes its part on `file.data` (the vfile DataMap
// below); `rehype-edition-data` (last in the pipeline) hands `file.data.edition` and the problems to
// Astro, which returns them to the loader as the rendered entry's `remarkPluginFrontmatter`.
// Every record is created complete by the plugin that owns it; no plugin fills in another's record.
import type { Data as UnistData } from 'unist';
import type { Parent, PhrasingContent } from 'mdast';
import type { DateRange, HebrewDate } from '../lib/dates.ts';
import type { EntityKind } from './entities.ts';
// loads mdast-util-to-hast's augmentation of mdast `Data` (`hName`, `hProperties`, `hChildren`)
import type {} from 'mdast-util-to-hast';
import type {} from 'mdast-util-directive';

/** "person:avrohom-kalmanovitz": an entity's kind and id (the registry key). */
export type EntityKey = `${EntityKind}:${string}`;

// ---------------------------------------------------------------------------------------------
// The text model: a document's reading text with its apparatus, as typed nodes (no HTML, no CSS
// class names). The TEI export, the reading-text rule and the mentions are computed from it.

/** Inline content of a heading, paragraph or editorial note. */
export type Inline =
  | { type: 'text'; value: string }
  /** A mention of an entity; `children` are the text's own words. */
  | { type: 'mention'; entity: EntityKey; children: Inline[] }
  /** An annotated date; `n` numbers it in `EditionData.dates` (1, 2, … in text order). */
  | { type: 'date'; n: number; children: Inline[] }
  /** An emendation: the source reading (`sic`) and the edition's correction (`corr`). */
  | { type: 'emendation'; id: string; sic: Inline[]; corr: Inline[] }
  /** The start of printed page `n`. */
  | { type: 'pageBreak'; n: number }
  /** The original's own note callout `n` (the note's text may be absent from the copy). */
  | { type: 'noteCallout'; n: number }
  /** The mark of editorial note `label` ("a", "b", …), pointing to `EditionData.notes`. */
  | { type: 'noteMark'; label: string; note: string }
  | { type: 'emphasis' | 'strong'; children: Inline[] }
  | { type: 'link'; url: string; children: Inline[] };

/**
 * A block of the text, in order. Passages (paragraphs, list items, tables) are numbered p1…pN in source order
 * (citations depend on it); a list item's content is read as one run of text, its paragraphs and nested lists
 * joined by spaces.
 */
export type Block =
  | { type: 'heading'; depth: number; id: string; children: Inline[] }
  | { type: 'paragraph'; id: string; n: number; children: Inline[] }
  /** A block quotation: its paragraphs, lists and tables are numbered with the others. */
  | { type: 'quote'; children: Block[] }
  /** A list: each item is a passage. */
  | { type: 'list'; ordered: boolean; children: Extract<Block, { type: 'item' }>[] }
  | { type: 'item'; id: string; n: number; children: Inline[] }
  /** A table, one passage: rows of cells of inline content (the header row first, when there is one). */
  | { type: 'table'; id: string; n: number; rows: Inline[][][] }
  /** A section break (`***`). */
  | { type: 'sectionBreak' };

/** A block that holds text of its own: a heading or a passage. */
export type TextBlock = Extract<Block, { type: 'heading' | 'paragraph' | 'item' | 'table' }>;

/** An editorial (GFM) footnote: id "ed-a" (TEI), its HTML anchor, its letter, and its text. */
export interface EditorialNote {
  id: string;
  /** The element id of the note in the reading page: "user-content-fn-pehle". */
  anchor: string;
  label: string;
  children: Inline[];
}

// ---------------------------------------------------------------------------------------------

/** A numbered paragraph as search and citation need it. */
export interface Passage {
  /** "p12" */
  id: string;
  /** 12 */
  n: number;
  /** The heading the paragraph stands under, if any. */
  section: { id: string; text: string } | null;
  /** Printed page the paragraph begins on, when a :pb precedes it (else the document's first page applies). */
  pageStart: number | null;
  /** Printed page it ends on, when it crosses a page break; null when it ends on the page it began. */
  pageEnd: number | null;
  /** The paragraph's reading text (`readingText`: corrections, no apparatus), whitespace collapsed. */
  text: string;
}

/** Where a mention or date stands in the text. */
export interface Placement {
  /** Passage number, or null for a heading or an editorial note. */
  paragraph: number | null;
  /** The letter of the editorial note it stands in ("a"), or null in the text itself. */
  inNote: string | null;
  /** Fragment id of the passage, heading or note: "p12", "user-content-fn-pehle". */
  anchor: string;
  /** The words as the reading text shows them. */
  text: string;
  /** The sentence (reading text) that holds them. */
  sentence: string;
  /** Where the words stand in `sentence`: [start, end) in UTF-16 units. */
  at: [number, number];
  /** Printed page they are on, where the text marks pages (null before the first :pb). */
  page: number | null;
}

/** A mention of an entity, placed in the text (rehype-mentions). */
export interface Mention extends Placement {
  entity: EntityKey;
}

/** A date of the text as annotated and checked (remark-dates), before it is placed. */
export interface DateAnnotation {
  /** 1, 2, … in text order. */
  n: number;
  /** The words of the text (reading view). */
  label: string;
  /** The days it covers: the `when` value, or the conversion of the Hebrew date. */
  range: DateRange;
  /** The editor's `when`, as written. */
  when: string | null;
  /** The Hebrew date and its conversion. */
  hebrew: HebrewDate | null;
  /** The Gregorian gloss the text gives beside a Hebrew date. */
  gloss: { value: string; range: DateRange } | null;
  /** The event entity (id) the date dates. */
  event: string | null;
  /** The editorial footnote on this date: its label and plain text. */
  note: { label: string; text: string } | null;
  /** Plain statements of what does not match (gloss vs conversion, date vs event). */
  mismatches: string[];
}

/** A date of the text, annotated and placed (rehype-mentions creates it whole). */
export type AnnotatedDate = DateAnnotation & Placement;

/** A content error at a place in the Markdown file (line and column count from the file's start). */
export interface ContentProblem {
  line?: number;
  column?: number;
  reason: string;
  rule?: string;
}

/** What the pipeline computed about one document (`remarkPluginFrontmatter.edition`). */
export interface EditionData {
  /** Printed page numbers whose start is marked in the text, in order (remark-page-breaks). */
  pages: number[];
  /** The original's note callout numbers, in order (remark-note-callouts). */
  noteCallouts: number[];
  /** Emendations: id, source reading, correction (remark-emendations). */
  emendations: { id: string; sic: string; corr: string }[];
  /** Number of numbered paragraphs (p1…pN). */
  paragraphs: number;
  /** Headings with their ids and reading text. */
  headings: { depth: number; id: string; text: string }[];
  /** The text as typed blocks (rehype-edition-text). */
  blocks: Block[];
  /** The editorial notes, lettered a, b, c… (rehype-edition-text). */
  notes: EditorialNote[];
  /** Every numbered paragraph with its section, printed page(s) and reading text (for search and citation). */
  passages: Passage[];
  /** Source line (in the file) where each paragraph, heading and page break begins: { p12: 63, 'page-88': 70 }. */
  lines: Record<string, number>;
  /** Every entity mention, in text order (rehype-mentions). */
  mentions: Mention[];
  /** Every annotated date, in text order, placed (rehype-mentions). */
  dates: AnnotatedDate[];
}

/** A fresh, empty edition record. */
export function emptyEdition(): EditionData {
  return {
    pages: [],
    noteCallouts: [],
    emendations: [],
    paragraphs: 0,
    headings: [],
    blocks: [],
    notes: [],
    passages: [],
    lines: {},
    mentions: [],
    dates: [],
  };
}

declare module 'vfile' {
  interface DataMap {
    /** The edition data of the file being rendered (created by `editionData()`). */
    edition: EditionData;
    /** The dates remark-dates checked, by number, waiting to be placed by rehype-mentions. */
    dateAnnotations: DateAnnotation[];
  }
}

/** The emendation's parts (source reading, correction, tooltip) as mdast nodes that become spans. */
export interface EmendationPart extends Parent {
  type: 'emendationPart';
  children: PhrasingContent[];
  data?: UnistData & { hName: string; hProperties?: import('hast').Properties };
}

declare module 'mdast' {
  interface PhrasingContentMap {
    emendationPart: EmendationPart;
  }
  interface RootContentMap {
    emendationPart: EmendationPart;
  }
}
