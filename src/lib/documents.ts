// Reading the documents collection: order, and the bibliographic lines the pages print.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { EditionData } from '../schemas/edition.ts';
import { compareCodes } from './collation.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

/** All documents, oldest publication first. */
export async function allDocuments(): Promise<DocumentEntry[]> {
  const docs = await getCollection('documents');
  return docs.sort((a, b) => compareCodes(a.data.date.iso, b.data.date.iso) || compareCodes(a.id, b.id));
}

/** "7 August 2002", "June 1924" or "2013" from an ISO date of that precision. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (m) options.month = 'long';
  if (d) options.day = 'numeric';
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}

/** The date as printed, with its Gregorian form when the source uses another calendar or wording. */
export function dateLine(data: DocumentEntry['data']): string {
  const gregorian = formatIsoDate(data.date.iso);
  return data.date.calendar === 'gregorian' ? data.date.original : `${data.date.original} (${gregorian})`;
}

/** Who wrote it: the named author, or the editors' attribution marked as such. */
export function authorLine(data: DocumentEntry['data']): string {
  if (data.author) return data.author;
  if (data.attribution) return `Unsigned; attributed to ${data.attribution.name} (${data.attribution.certainty})`;
  return 'Unsigned';
}

/** "Foreign Affairs 2, no. 4" style: a periodical (or series) with its volume and issue. */
export function periodicalLine(p: NonNullable<DocumentEntry['data']['publication']>): string {
  let line = p.title;
  if (p.volume) line += ` ${p.volume}`;
  if (p.issue) line += `${p.volume ? ',' : ''} no. ${p.issue}`;
  return line;
}

/** "Letter", "Dispatch", "Telegram" for a letter's form. */
export const letterFormLabel = (form: string): string => form.charAt(0).toUpperCase() + form.slice(1);

/**
 * Where the text comes from, in one line for the page's kicker and the home page: the periodical of an article
 * ("Foreign Affairs 2, no. 4"), and for the other genres what the text is ("Speech, Joint Session of Congress,
 * Washington, DC"; "Letter, Washington, DC"; "League of Nations, C.663.M.320.1932.VII";
 * "Chapter in The New Negro: An Interpretation"; "Diary entry").
 */
export function publicationLine(data: DocumentEntry['data']): string {
  switch (data.genre) {
    case 'speech':
      return `Speech, ${data.speech!.event}, ${data.speech!.place}`;
    case 'letter':
      return `${letterFormLabel(data.letter!.form)}, ${data.letter!.place}`;
    case 'report':
      return [data.report!.issuer, data.report!.number].filter(Boolean).join(', ');
    case 'book-chapter':
      return `Chapter in ${data.book!.title}`;
    case 'diary-entry':
      return 'Diary entry';
    default:
      return data.publication ? periodicalLine(data.publication) : '';
  }
}

/** The data the edition plugins computed while rendering (page starts, callouts, headings…). */
export function editionOf(remarkPluginFrontmatter: { edition?: EditionData }): EditionData {
  // src/markdown/rehype-edition-data.ts puts it there for every document the loader accepts
  if (!remarkPluginFrontmatter.edition)
    throw new Error('a document was rendered without its edition data (is rehype-edition-data in the pipeline?)');
  return remarkPluginFrontmatter.edition;
}

/**
 * CSS for DocumentFilter: when text X is chosen, hide the rows whose data-in does not name X. `scope` is the
 * element whose :has() reads the radio buttons (default body), `prefix` the buttons' id prefix (default filter).
 */
export function filterCss(documents: DocumentEntry[], rows: string, { scope = 'body', prefix = 'filter' } = {}): string {
  return documents.map((d) => `${scope}:has(#${prefix}-${d.id}:checked) ${rows}:not([data-in~="${d.id}"]) { display: none; }`).join('\n');
}
