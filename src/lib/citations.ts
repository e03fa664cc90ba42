// Citations of a whole text or of one paragraph, formatted by citeproc-js with the official CSL styles
// (src/lib/csl.ts); BibTeX by citation-js. The edition's URL of the passage is the item's URL.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { engine, registerItems } from './csl.ts';
import { highlight } from './highlight.ts';
import type { DocumentEntry } from './documents.ts';
import type { Passage } from '../schemas/edition.ts';

export interface FormattedCitation {
  id: 'chicago-notes' | 'chicago-author-date' | 'mla' | 'apa';
  label: string;
  /** Note or in-text citation (with the paragraph, and the printed page where there is one), as HTML (citeproc escapes it). */
  citation: string;
  /** Bibliography / works-cited / reference-list entry, as HTML. */
  reference: string;
  /** What the style calls each of the two ("note" and "bibliography entry"; "in-text citation" and "works-cited
   * entry"…): the names of their copy buttons. */
  names: { readonly citation: string; readonly reference: string };
}

export interface Citations {
  formats: FormattedCitation[];
  bibtex: string;
  cslJson: string;
  /** The same two, highlighted by Shiki. */
  bibtexHtml: string;
  cslJsonHtml: string;
}

// `names`: each style's own terms for its two forms (The Chicago Manual of Style, 17th ed., chs. 14 and 15: notes and
// bibliography, author-date with a reference list; MLA Handbook, 9th ed.: in-text citation and works-cited list;
// APA Publication Manual, 7th ed., ch. 8–9: in-text citation and reference list)
const styles = [
  {
    id: 'chicago-notes',
    label: 'Chicago (notes and bibliography)',
    note: 'chicago-fullnote-bibliography',
    bib: 'chicago-note-bibliography',
    names: { citation: 'note', reference: 'bibliography entry' },
  },
  {
    id: 'chicago-author-date',
    label: 'Chicago (author-date)',
    note: 'chicago-author-date',
    bib: 'chicago-author-date',
    names: { citation: 'in-text citation', reference: 'reference-list entry' },
  },
  {
    id: 'mla',
    label: 'MLA',
    note: 'modern-language-association',
    bib: 'modern-language-association',
    names: { citation: 'in-text citation', reference: 'works-cited entry' },
  },
  { id: 'apa', label: 'APA', note: 'apa', bib: 'apa', names: { citation: 'in-text citation', reference: 'reference-list entry' } },
] as const;

/** A person's name as CSL wants it: "Given Family" → { family, given } (the last word is the family name). */
function splitName(name: string): { family: string; given: string } {
  const parts = name.trim().split(/\s+/);
  return { family: parts.pop()!, given: parts.join(' ') };
}

/** The printed page(s) of a passage, for a paginated text: "89" or "90–91". */
export function passagePages(doc: DocumentEntry, passage: Passage): string | undefined {
  if (!doc.data.firstPage) return undefined;
  const start = passage.pageStart ?? doc.data.firstPage;
  return passage.pageEnd && passage.pageEnd !== start ? `${start}–${passage.pageEnd}` : String(start);
}

/** The printed pages of the whole text, "87–99" (firstPage–lastPage; the schema requires both or neither). */
export function documentPages(doc: DocumentEntry): string | undefined {
  const { firstPage, lastPage } = doc.data;
  if (!firstPage) return undefined;
  return lastPage && lastPage !== firstPage ? `${firstPage}–${lastPage}` : String(firstPage);
}

/**
 * The CSL type of each genre (CSL 1.0.2 specification, "Item Types"; the vendored styles are CSL 1.0 and know
 * every one of these). A letter is `personal_communication` with its form as `genre` ("letter", "dispatch",
 * "telegram"), as CSL 1.0.2 describes the type ("a letter, email, interview, or telegram"); a diary entry is a
 * `manuscript` (unpublished) or, when printed in a book, a `chapter` of it; a speech printed somewhere stays a
 * `speech` with the periodical as `container-title`. A letter or diary entry is cited without its title (the record's
 * title is the edition's description of it): the styles describe untitled correspondence by its form and recipient.
 */
export function cslType(doc: DocumentEntry): string {
  const d = doc.data;
  switch (d.genre) {
    case 'newspaper-article':
      return 'article-newspaper';
    case 'magazine-article':
      return 'article-magazine';
    case 'journal-article':
      return 'article-journal';
    case 'speech':
      return 'speech';
    case 'letter':
      return 'personal_communication';
    case 'report':
      return 'report';
    case 'book-chapter':
      return 'chapter';
    case 'diary-entry':
      return d.book ? 'chapter' : 'manuscript';
  }
}

/**
 * The CSL-JSON item: the original publication, with this edition's URL (of the passage, if given). `page` is always
 * the whole text's printed range (a bibliography entry cites the article's pages); a passage's own page is the
 * citation's locator (`pinpoint`). Names are split "Given Family"; an organization (a report's issuing body standing
 * as author) is a `literal` name.
 */
export function cslItem(doc: DocumentEntry, url: string, passage?: Passage): Record<string, unknown> {
  const d = doc.data;
  const [y, m, day] = d.date.iso.split('-').map(Number);
  const pages = documentPages(doc);
  const item: Record<string, unknown> = {
    id: passage ? `${doc.id}-${passage.id}` : doc.id,
    type: cslType(doc),
    title: d.part ? `${d.title}, ${d.part}` : d.title,
    'container-title': d.publication?.title ?? d.book?.title,
    issued: { 'date-parts': [[y, m, day].filter((x) => x !== undefined && !Number.isNaN(x))] },
    URL: url,
  };
  if (d.author) item.author = [splitName(d.author)];
  else if (d.report) item.author = [{ literal: d.report.issuer }];
  if (d.publication) {
    if (d.publication.volume) item.volume = d.publication.volume;
    if (d.publication.issue) item.issue = d.publication.issue;
    // a periodical's publisher is not cited; a report's series publisher is the issuer below
  }
  if (d.book) {
    if (d.book.editors.length) item.editor = d.book.editors.map(splitName);
    item.publisher = d.book.publisher;
    item['publisher-place'] = d.book.place;
    if (d.book.volume) item.volume = d.book.volume;
  }
  if (d.speech) {
    item.genre = 'speech';
    // `event-title` is the CSL 1.0.2 name; the vendored CSL 1.0 styles (Chicago) read `event`
    item['event-title'] = d.speech.event;
    item.event = d.speech.event;
    item['event-place'] = d.speech.place;
    // the day it was given: MLA's style reads a speech's date from `event-date`
    item['event-date'] = item.issued;
  }
  if (d.letter) {
    item.genre = d.letter.form;
    item.recipient = [splitName(d.letter.recipient)];
    // CSL has no "place written" variable; `event-place` is where the communication happened
    // untitled correspondence is cited by form, recipient and date (CMOS 14.111, APA 7 §10.13); the record's title
    // is the edition's description. The place of writing is not cited: CSL has no variable for it (`event-place`
    // makes the vendored Chicago style print the date twice)
    delete item.title;
  }
  if (d.report) {
    item.publisher = d.report.issuer;
    if (d.report.place) item['publisher-place'] = d.report.place;
    if (d.report.number) item.number = d.report.number;
  }
  if (item['container-title'] === undefined) delete item['container-title'];
  if (d.diary) {
    item.genre = 'diary entry';
    if (d.diary.archive) item.archive = d.diary.archive;
    // cited as "diary entry" with its date, like untitled correspondence
    delete item.title;
  }
  if (pages) item.page = pages;
  return item;
}

/**
 * Where in the text: printed page and paragraph for a paginated text, the paragraph otherwise. CSL has
 * one locator per cite, so page and paragraph share it ("89, ¶ 12"); APA writes "p. 89, para. 12".
 */
function pinpoint(styleId: FormattedCitation['id'], pages: string | undefined, n: number): Record<string, string> {
  if (styleId === 'apa')
    return pages ? { locator: pages, label: 'page', suffix: `, para. ${n}` } : { locator: String(n), label: 'paragraph' };
  if (pages) return { locator: `${pages}, ¶ ${n}`, label: 'page' };
  return styleId === 'mla' ? { suffix: `, par. ${n}` } : { locator: String(n), label: 'paragraph' };
}

/** Numbers no text has as a paragraph or a page, from here up (see `citationsForDocument`). */
const PARAGRAPH_STAND_IN = 987654321;
const PAGE_STAND_IN = 876543210;

/** Every format of one item, `where` pinpointing the passage; BibTeX and CSL-JSON also as Shiki HTML. */
async function formatItem(doc: DocumentEntry, item: Record<string, unknown>, passage: Passage | undefined): Promise<Citations> {
  registerItems([item]);
  const formats: FormattedCitation[] = [];
  for (const s of styles) {
    const noteEngine = engine(s.note, 'html');
    const bibEngine = s.bib === s.note ? noteEngine : engine(s.bib, 'html');
    const where = passage ? pinpoint(s.id, passagePages(doc, passage), passage.n) : {};
    // one item at a time in the registry: no "2013a/2013b" disambiguation between passages of one text
    noteEngine.updateItems([String(item.id)]);
    const citation = noteEngine.makeCitationCluster([{ id: item.id, ...where }]);
    bibEngine.updateItems([String(item.id)]);
    const bibliography = bibEngine.makeBibliography();
    const entry = bibliography
      ? bibliography[1]
          .join('')
          .trim()
          .replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, '$1')
          .trim()
      : '';
    formats.push({ id: s.id, label: s.label, citation: citation.trim(), reference: entry, names: s.names });
  }
  const bibtex = String(new Cite([item]).format('bibtex')).trim();
  const cslJson = JSON.stringify(item, null, 2);
  return { formats, bibtex, cslJson, bibtexHtml: await highlight(bibtex, 'bibtex'), cslJsonHtml: await highlight(cslJson, 'json') };
}

interface Template {
  citations: Citations;
  /** Stand-in number → the passage's own (paragraph number, and page). */
  stands: [number, (p: Passage) => string][];
}

/** A passage's citations from a template's, its own numbers put in for the stand-ins. */
function fill({ citations, stands }: Template, passage: Passage): Citations {
  const put = (text: string) => stands.reduce((out, [standIn, own]) => out.replaceAll(String(standIn), own(passage)), text);
  return {
    formats: citations.formats.map((f) => ({ ...f, citation: put(f.citation), reference: put(f.reference) })),
    bibtex: put(citations.bibtex),
    cslJson: put(citations.cslJson),
    bibtexHtml: put(citations.bibtexHtml),
    cslJsonHtml: put(citations.cslJsonHtml),
  };
}

/**
 * Citations of the whole text (key "whole") and of each passage (key = passage id). One citeproc engine per
 * style serves every text (csl.ts): building an engine is the costly part (APA's takes ~0.25 s).
 *
 * Passages differ only in their paragraph number, which appears as itself in the locator, the URL's fragment
 * and the item's id, and in their printed page, which appears as itself when it is a single page. So the
 * citations are formatted once for stand-in numbers no text has, and each passage gets them with its own
 * numbers put in: once for all the passages on a single page, once per page range (styles shorten ranges,
 * "321–28"), and once in all for an unpaginated text, instead of once per paragraph.
 * tests/unit/citations.test.ts checks that this gives, for every paragraph of every text, exactly what
 * formatting each paragraph on its own gives (`citationsForDocument(…, { direct: true })`).
 */
export async function citationsForDocument(
  doc: DocumentEntry,
  baseUrl: string,
  passages: Passage[],
  { direct = false } = {},
): Promise<Map<string, Citations>> {
  const out = new Map<string, Citations>([['whole', await formatItem(doc, cslItem(doc, baseUrl), undefined)]]);
  const templates = new Map<string, Template>();
  for (const p of passages) {
    if (direct || p.id !== `p${p.n}`) {
      out.set(p.id, await formatItem(doc, cslItem(doc, `${baseUrl}#${p.id}`, p), p));
      continue;
    }
    const pages = passagePages(doc, p);
    const singlePage = pages !== undefined && /^[1-9]\d*$/.test(pages);
    const key = singlePage ? 'a single page' : (pages ?? 'no page');
    let template = templates.get(key);
    if (!template) {
      // stand-ins of its own per template: citeproc keeps an item it has seen under its id
      const n = PARAGRAPH_STAND_IN + templates.size;
      const page = PAGE_STAND_IN + templates.size;
      const standIn: Passage = { ...p, id: `p${n}`, n, ...(singlePage && { pageStart: page, pageEnd: undefined }) };
      const stands: Template['stands'] = [[n, (q) => String(q.n)]];
      if (singlePage) stands.push([page, (q) => passagePages(doc, q)!]);
      template = { citations: await formatItem(doc, cslItem(doc, `${baseUrl}#${standIn.id}`, standIn), standIn), stands };
      templates.set(key, template);
    }
    out.set(p.id, fill(template, p));
  }
  return out;
}
