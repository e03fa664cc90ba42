// Citations of a whole text or of one paragraph, formatted by citeproc-js with the official CSL styles
// (src/lib/csl.ts); BibTeX by citation-js. The edition's URL of the passage is the item's URL.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { engine, registerItems } from './csl.ts';
import type { DocumentEntry } from './documents.ts';
import type { Passage } from '../markdown/directives.ts';

export interface FormattedCitation {
  id: 'chicago-notes' | 'chicago-author-date' | 'mla' | 'apa';
  label: string;
  /** Note or in-text citation (with the paragraph, and the printed page where there is one), as HTML (citeproc escapes it). */
  citation: string;
  /** Bibliography / works-cited / reference-list entry, as HTML. */
  reference: string;
}

export interface Citations {
  formats: FormattedCitation[];
  bibtex: string;
  cslJson: string;
}

const styles = [
  { id: 'chicago-notes', label: 'Chicago (notes and bibliography)', note: 'chicago-fullnote-bibliography', bib: 'chicago-note-bibliography' },
  { id: 'chicago-author-date', label: 'Chicago (author-date)', note: 'chicago-author-date', bib: 'chicago-author-date' },
  { id: 'mla', label: 'MLA', note: 'modern-language-association', bib: 'modern-language-association' },
  { id: 'apa', label: 'APA', note: 'apa', bib: 'apa' },
] as const;

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

/** The CSL-JSON item: the original publication, with this edition's URL (of the passage, if given). */
export function cslItem(doc: DocumentEntry, url: string, passage?: Passage): Record<string, unknown> {
  const d = doc.data;
  const [y, m, day] = d.date.iso.split('-').map(Number);
  const pages = passage ? passagePages(doc, passage) : d.firstPage ? (d.lastPage ? `${d.firstPage}–${d.lastPage}` : String(d.firstPage)) : undefined;
  const item: Record<string, unknown> = {
    id: passage ? `${doc.id}-${passage.id}` : doc.id,
    type: d.genre === 'newspaper-article' ? 'article-newspaper' : d.genre === 'magazine-article' ? 'article-magazine' : 'article-journal',
    title: d.part ? `${d.title}, ${d.part}` : d.title,
    'container-title': d.publication.title,
    issued: { 'date-parts': [[y, m, day].filter((x) => x !== undefined && !Number.isNaN(x))] },
    URL: url,
  };
  if (d.author) item.author = [splitName(d.author)];
  if (d.publication.volume) item.volume = d.publication.volume;
  if (d.publication.issue) item.issue = d.publication.issue;
  if (pages) item.page = pages;
  return item;
}

/**
 * Where in the text: printed page and paragraph for a paginated text, the paragraph otherwise. CSL has
 * one locator per cite, so page and paragraph share it ("89, ¶ 12"); APA writes "p. 89, para. 12".
 */
function pinpoint(styleId: FormattedCitation['id'], pages: string | undefined, n: number): Record<string, string> {
  if (styleId === 'apa') return pages ? { locator: pages, label: 'page', suffix: `, para. ${n}` } : { locator: String(n), label: 'paragraph' };
  if (pages) return { locator: `${pages}, ¶ ${n}`, label: 'page' };
  return styleId === 'mla' ? { suffix: `, par. ${n}` } : { locator: String(n), label: 'paragraph' };
}

/**
 * Citations of the whole text (key "whole") and of each passage (key = passage id). One citeproc engine per
 * style serves every text (csl.ts): building an engine is the costly part (APA's takes ~0.25 s).
 */
export async function citationsForDocument(doc: DocumentEntry, baseUrl: string, passages: Passage[]): Promise<Map<string, Citations>> {
  const targets = [{ key: 'whole', item: cslItem(doc, baseUrl), passage: undefined as Passage | undefined }].concat(
    passages.map((p) => ({ key: p.id, item: cslItem(doc, `${baseUrl}#${p.id}`, p), passage: p })),
  );
  registerItems(targets.map((t) => t.item));
  const out = new Map<string, Citations>(targets.map((t) => {
    const cite = new Cite([t.item]);
    return [t.key, { formats: [], bibtex: String(cite.format('bibtex')).trim(), cslJson: JSON.stringify(t.item, null, 2) }];
  }));
  for (const s of styles) {
    const noteEngine = await engine(s.note, 'html');
    const bibEngine = s.bib === s.note ? noteEngine : await engine(s.bib, 'html');
    for (const { key, item, passage } of targets) {
      const where = passage ? pinpoint(s.id, passagePages(doc, passage), passage.n) : {};
      // one item at a time in the registry: no "2013a/2013b" disambiguation between passages of one text
      noteEngine.updateItems([String(item.id)]);
      const citation = noteEngine.makeCitationCluster([{ id: item.id, ...where }]);
      bibEngine.updateItems([String(item.id)]);
      const bibliography = bibEngine.makeBibliography();
      const entry = bibliography ? bibliography[1].join('').trim().replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, '$1').trim() : '';
      out.get(key)!.formats.push({ id: s.id, label: s.label, citation: citation.trim(), reference: entry });
    }
  }
  return out;
}
