// Citations of a fixed paragraph of each text, in every format, asserted in full (tests/data/citations.json;
// UPDATE=1 rewrites it — read the diff: these are what readers paste into their papers).
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadPage } from '../support/dist.ts';

const file = new URL('../data/citations.json', import.meta.url);
// the texts whose citations are pinned in tests/data/citations.json
const slugs = Object.keys(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);

function citationsOf(slug: string, id: string) {
  const block = loadPage(`/documents/${slug}/cite/`).getElementById(id)!;
  const formats: Record<string, { citation: string; reference: string }> = {};
  for (const dt of Array.from(block.querySelectorAll('.citations dt'))) {
    const [citation, reference] = Array.from(dt.nextElementSibling!.querySelectorAll('.cite-text')).map((p) => p.textContent);
    formats[dt.textContent] = { citation, reference };
  }
  const [bibtex, cslJson] = Array.from(block.querySelectorAll('pre')).map((p) => p.textContent);
  return { formats, bibtex, cslJson: JSON.parse(cslJson) };
}

describe('citations of paragraph 12', () => {
  const actual = Object.fromEntries(slugs.map((s) => [s, citationsOf(s, 'p12')]));
  if (process.env.UPDATE) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
  const expected = JSON.parse(readFileSync(file, 'utf8'));
  for (const slug of slugs) {
    test(`${slug}: Chicago (notes, author-date), MLA, APA, BibTeX and CSL-JSON in full`, () => {
      expect(Object.keys(actual[slug].formats)).toEqual(['Chicago (notes and bibliography)', 'Chicago (author-date)', 'MLA', 'APA']);
      expect(actual[slug]).toEqual(expected[slug]);
    });
  }

  test('the Siberia article: notes give the paragraph’s page, bibliographies the article’s range (pp. 87–99, witness README)', () => {
    const { formats, cslJson, bibtex } = actual['americas-withdrawal-from-siberia'];
    // Chicago notes and bibliography (CMOS 14.170, 14.171): the note's locator is the page cited, the
    // bibliography entry gives the article's first and last page after the colon
    expect(formats['Chicago (notes and bibliography)'].citation).toContain('(2013): 91, ¶ 12, https://');
    expect(formats['Chicago (notes and bibliography)'].reference).toContain('no. 24 (2013): 87–99. https://');
    // Chicago author-date (CMOS 15.9, 15.47): "(Author year, page)"; the reference list entry, the range
    expect(formats['Chicago (author-date)'].citation).toBe('(Takahara 2013, 91, ¶ 12)');
    expect(formats['Chicago (author-date)'].reference).toContain('no. 24, 87–99. https://');
    // MLA 9 (§6.2 in-text; §5.88 location): "(Author page)"; works cited: "pp. first–last"
    expect(formats.MLA.citation).toBe('(Takahara 91, ¶ 12)');
    expect(formats.MLA.reference).toContain('no. 24, 2013, pp. 87–99, https://');
    // APA 7 (§8.13; §9.25): "(Author, year, p. x, para. y)"; reference: issue, page range
    expect(formats.APA.citation).toBe('(Takahara, 2013, p. 91, para. 12)');
    expect(formats.APA.reference).toContain('Studies, 24, 87–99. https://');
    // the item's pages are the article's: BibTeX with its en-dash as "--", CSL-JSON as printed
    expect(bibtex).toContain('pages = {87--99}');
    expect(cslJson.page).toBe('87–99');
    expect(cslJson.URL).toMatch(/\/documents\/americas-withdrawal-from-siberia\/#p12$/);
  });

  test('a paragraph that crosses a page break is cited with the page range', () => {
    const crossing = loadPage('/documents/americas-withdrawal-from-siberia/cite/').getElementById('p10')!;
    expect(crossing.querySelector('.cite-text')!.textContent).toContain('(2013): 90–91, ¶ 10,');
  });
});

describe('citations formatted once per printed page', () => {
  // The cite pages format each page's citations once and put each paragraph's number in
  // (citationsForDocument); this must give exactly what formatting every paragraph on its own gives.
  test('equal, for every paragraph of every text, to formatting each paragraph on its own', async () => {
    const { loadMarkdownFolder } = await import('../../src/loaders/markdown-loader.ts');
    const { documentSchema } = await import('../../src/schemas/document.ts');
    const { markdownOptions } = await import('../../src/markdown/pipeline.ts');
    const { loadEntityRegistry } = await import('../../src/lib/entity-registry.ts');
    const { citationsForDocument } = await import('../../src/lib/citations.ts');
    const files = await loadMarkdownFolder(pathToFileURL(process.cwd() + '/'), {
      base: 'content/documents',
      schema: documentSchema,
      markdown: markdownOptions(loadEntityRegistry(process.cwd(), 'content')),
    });
    let compared = 0;
    for (const file of files) {
      const doc = { id: file.id, data: file.data } as Parameters<typeof citationsForDocument>[0];
      const { passages } = file.edition;
      const base = `https://archive-reader.example.org/documents/${file.id}/`;
      const fast = await citationsForDocument(doc, base, passages);
      const direct = await citationsForDocument(doc, base, passages, { direct: true });
      expect([...fast.keys()]).toEqual(['whole', ...passages.map((p) => p.id)]);
      for (const [key, citations] of direct) {
        expect(fast.get(key), `${file.id} ${key}`).toEqual(citations);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  }, 120_000);
});
