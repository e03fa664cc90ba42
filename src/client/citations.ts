// A paragraph's citations for the reader, taken from the text's cite page (`cite/`), fetched once when first needed
// and parsed with DOMParser: the reading page carries no citation bytes, and the texts are the cite page's own.

let page: Promise<Document | null> | undefined;

/** The cite page of the current text, fetched once (null if it cannot be had: offline, an error status). */
export function citePage(): Promise<Document | null> {
  page ??= fetch(new URL('cite/', location.href))
    .then(async (response) => (response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : null))
    .catch(() => null);
  return page;
}

/** The cite page's section of one paragraph (`section#p5`: every style, BibTeX and CSL-JSON), or null. */
export async function citationSection(id: string): Promise<Element | null> {
  return (await citePage())?.getElementById(id) ?? null;
}

/** The citation styles a reader can choose for "Copy quote with citation", as the cite page names them. */
export const citationStyles = ['Chicago (notes and bibliography)', 'Chicago (author-date)', 'MLA', 'APA'] as const;

/**
 * One paragraph's citation in a style, as plain text: the note (notes style) or the in-text citation and the
 * reference-list entry (author-date styles). Null when the cite page cannot be had.
 */
export async function citationText(id: string, style: string): Promise<{ citation: string; reference: string } | null> {
  const section = await citationSection(id);
  const term = Array.from(section?.querySelectorAll('dt') ?? []).find((dt) => dt.textContent.trim() === style);
  const texts = term?.nextElementSibling?.querySelectorAll('.cite-text');
  if (!texts || texts.length < 2) return null;
  return { citation: texts[0].textContent.trim(), reference: texts[1].textContent.trim() };
}
