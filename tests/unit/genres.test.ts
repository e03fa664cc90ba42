// Each genre besides the three article kinds (tests/fixtures/genres/, real public-domain documents) is checked by the
// document schema and cited in every style. The expected strings are written by hand from the style manuals' rules
// (The Chicago Manual of Style, 17th ed.; MLA Handbook, 9th ed.; APA Publication Manual, 7th ed.) as the vendored CSL
// styles (src/lib/csl/styles/) implement them; where a style's CSL file departs from its manual, the comment says so.
// BibTeX entry types follow btxdoc/biblatex (@techreport, @unpublished, @inbook, @misc); CSL-JSON follows the
// CSL 1.0.2 specification's item types and variables.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { documentSchema } from '../../src/schemas/document.ts';
import { citationsForDocument } from '../../src/lib/citations.ts';

const fixture = (name: string): Record<string, unknown> =>
  parse(readFileSync(new URL(`../fixtures/genres/${name}.yaml`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** The whole-text citations of a fixture record, cited from this edition's address of it. */
async function cite(name: string) {
  const data = documentSchema.parse(fixture(name));
  const doc = { id: name, data } as Parameters<typeof citationsForDocument>[0];
  const whole = (await citationsForDocument(doc, `https://archive.example.org/documents/${name}/`, [])).get('whole')!;
  const style = (id: string) => whole.formats.find((f) => f.id === id)!;
  return {
    note: style('chicago-notes').citation,
    bibliography: style('chicago-notes').reference,
    mla: style('mla').reference,
    mlaInText: style('mla').citation,
    apa: style('apa').reference,
    apaInText: style('apa').citation,
    bibtex: whole.bibtex,
    csl: JSON.parse(whole.cslJson) as Record<string, unknown>,
  };
}

const url = (name: string) => `https://archive.example.org/documents/${name}/`;

describe('a speech (CSL type speech: event and place)', async () => {
  const c = await cite('speech');
  test('Chicago: (speech, occasion, place, date) in the note; "Speech presented at" in the bibliography (CMOS 14.217)', () => {
    expect(c.note).toBe(
      `Woodrow Wilson, “Address to a Joint Session of Congress on the Conditions of Peace” (speech, Joint Session of Congress, Washington, DC, January 8, 1918), ${url('speech')}.`,
    );
    expect(c.bibliography).toBe(
      `Wilson, Woodrow. “Address to a Joint Session of Congress on the Conditions of Peace.” Speech presented at the Joint Session of Congress, Washington, DC, January 8, 1918. ${url('speech')}.`,
    );
  });
  test('MLA: the occasion, the day and the place after the title (MLA 9 §5.xx "speeches"; the CSL style italicises the title)', () => {
    expect(c.mla).toBe(
      `Wilson, Woodrow. <i>Address to a Joint Session of Congress on the Conditions of Peace</i>. ${url('speech')}. Joint Session of Congress, 8 Jan. 1918, Washington, DC.`,
    );
    expect(c.mlaInText).toBe('(Wilson)');
  });
  test('APA: [Speech] after the title, then the event and the place (APA 7 §10.14)', () => {
    expect(c.apa).toBe(
      `Wilson, W. (1918, January 8). <i>Address to a Joint Session of Congress on the Conditions of Peace</i> [Speech]. Joint Session of Congress, Washington, DC. ${url('speech')}`,
    );
    expect(c.apaInText).toBe('(Wilson, 1918)');
  });
  test('BibTeX @misc and CSL-JSON with event-title, event-place and event-date', () => {
    expect(c.bibtex).toMatch(/^@misc\{/);
    expect(c.bibtex).toContain('author = {Wilson, Woodrow}');
    expect(c.csl).toMatchObject({
      type: 'speech',
      'event-title': 'Joint Session of Congress',
      'event-place': 'Washington, DC',
      'event-date': { 'date-parts': [[1918, 1, 8]] },
    });
  });
});

describe('a letter and a telegram (CSL personal_communication: sender, recipient, form)', async () => {
  const letter = await cite('letter');
  const telegram = await cite('telegram');
  test('Chicago: "Sender to Recipient, date" (CMOS 14.111), the form named', () => {
    expect(letter.note).toBe(`Abraham Lincoln to Horace Greeley, letter, August 22, 1862, ${url('letter')}.`);
    expect(letter.bibliography).toBe(`Lincoln, Abraham. Letter to Horace Greeley, August 22, 1862. ${url('letter')}.`);
    expect(telegram.note).toBe(`Ulysses S. Grant to Edwin M. Stanton, telegram, April 9, 1865, ${url('telegram')}.`);
    expect(telegram.bibliography).toBe(`Grant, Ulysses S. Telegram to Edwin M. Stanton, April 9, 1865. ${url('telegram')}.`);
  });
  test('APA: the description in square brackets in place of a title (APA 7 §10.13)', () => {
    expect(letter.apa).toBe(`Lincoln, A. (1862, August 22). [Letter to Horace Greeley]. ${url('letter')}`);
    expect(telegram.apa).toBe(`Grant, U. S. (1865, April 9). [Telegram to Edwin M. Stanton]. ${url('telegram')}`);
  });
  test('MLA: author and date (MLA 9 wants "Letter to Horace Greeley" as a description: the vendored CSL style has none for untitled letters)', () => {
    expect(letter.mla).toBe(`Lincoln, Abraham. 22 Aug. 1862, ${url('letter')}.`);
    expect(letter.mlaInText).toBe('(Lincoln)');
  });
  test('BibTeX @misc and CSL-JSON with recipient and genre', () => {
    expect(letter.bibtex).toMatch(/^@misc\{/);
    expect(telegram.bibtex).toContain('type = {telegram}');
    expect(letter.csl).toMatchObject({
      type: 'personal_communication',
      genre: 'letter',
      recipient: [{ family: 'Greeley', given: 'Horace' }],
    });
    expect(letter.csl.title).toBeUndefined();
    expect(telegram.csl).toMatchObject({ genre: 'telegram', recipient: [{ family: 'Stanton', given: 'Edwin M.' }] });
  });
});

describe('a report (CSL report: issuing body and number)', async () => {
  const c = await cite('report');
  test('Chicago: the issuing body as author, place and body as publisher (CMOS 14.309; the vendored style quotes a report’s title and does not print its number)', () => {
    expect(c.note).toBe(
      `League of Nations, “Appeal by the Chinese Government: Report of the Commission of Enquiry” (Geneva: League of Nations, 1932), ${url('report')}.`,
    );
    expect(c.bibliography).toBe(
      `League of Nations. “Appeal by the Chinese Government: Report of the Commission of Enquiry.” Geneva: League of Nations, 1932. ${url('report')}.`,
    );
  });
  test('MLA: the number after the title, the body as publisher (MLA 9 §5.xx government publications)', () => {
    expect(c.mla).toBe(
      `League of Nations. <i>Appeal by the Chinese Government: Report of the Commission of Enquiry</i>. C.663.M.320.1932.VII, League of Nations, 1932, ${url('report')}.`,
    );
  });
  test('APA: the body as group author, (No. …) after the title (APA 7 §10.4)', () => {
    expect(c.apa).toBe(
      `League of Nations. (1932). <i>Appeal by the Chinese Government: Report of the Commission of Enquiry</i> (No. C.663.M.320.1932.VII). League of Nations. ${url('report')}`,
    );
    expect(c.apaInText).toBe('(League of Nations, 1932)');
  });
  test('BibTeX @techreport with institution, number and address; CSL-JSON with a literal author', () => {
    expect(c.bibtex).toMatch(/^@techreport\{/);
    expect(c.bibtex).toContain('institution = {League of Nations}');
    expect(c.bibtex).toContain('number = {C.663.M.320.1932.VII}');
    expect(c.bibtex).toContain('address = {Geneva}');
    expect(c.csl).toMatchObject({
      type: 'report',
      author: [{ literal: 'League of Nations' }],
      publisher: 'League of Nations',
      'publisher-place': 'Geneva',
      number: 'C.663.M.320.1932.VII',
    });
  });
});

describe('a book chapter (CSL chapter: book title, editors, publisher, place)', async () => {
  const c = await cite('book-chapter');
  test('Chicago: "in Book, ed. Editor (Place: Publisher, year), pages" (CMOS 14.106–14.107)', () => {
    expect(c.note).toBe(
      `Alain Locke, “The New Negro,” in <i>The New Negro: An Interpretation</i>, ed. Alain Locke (New York: Albert and Charles Boni, 1925), 3–16, ${url('book-chapter')}.`,
    );
    expect(c.bibliography).toBe(
      `Locke, Alain. “The New Negro.” In <i>The New Negro: An Interpretation</i>, edited by Alain Locke, 3–16. New York: Albert and Charles Boni, 1925. ${url('book-chapter')}.`,
    );
  });
  test('MLA: "edited by", publisher, year, pp. (MLA 9 §5.xx, a work in an anthology)', () => {
    expect(c.mla).toBe(
      `Locke, Alain. “The New Negro.” <i>The New Negro: An Interpretation</i>, edited by Alain Locke, Albert and Charles Boni, 1925, pp. 3–16, ${url('book-chapter')}.`,
    );
  });
  test('APA: "In A. Editor (Ed.), Book (pp. x–y). Publisher." (APA 7 §10.3; no place since the 7th edition)', () => {
    expect(c.apa).toBe(
      `Locke, A. (1925). The New Negro. In A. Locke (Ed.), <i>The New Negro: An Interpretation</i> (pp. 3–16). Albert and Charles Boni. ${url('book-chapter')}`,
    );
  });
  test('BibTeX @inbook with booktitle, editor, publisher, address, pages; CSL-JSON chapter', () => {
    expect(c.bibtex).toMatch(/^@inbook\{/);
    for (const field of ['editor = {Locke, Alain}', 'pages = {3--16}', 'address = {New York}']) expect(c.bibtex).toContain(field);
    expect(c.bibtex).toMatch(/booktitle = \{The \{New\} \{Negro\}: An \{Interpretation\}\}/);
    expect(c.csl).toMatchObject({
      type: 'chapter',
      'container-title': 'The New Negro: An Interpretation',
      editor: [{ family: 'Locke', given: 'Alain' }],
      publisher: 'Albert and Charles Boni',
      'publisher-place': 'New York',
      page: '3–16',
    });
  });
});

describe('a diary entry (CSL manuscript: diarist, day, where it is kept)', async () => {
  const c = await cite('diary-entry');
  test('Chicago: "Diarist, diary entry, date, collection, repository" (CMOS 14.111, 14.222)', () => {
    expect(c.note).toBe(`Gideon Welles, diary entry (April 14, 1865), Gideon Welles Papers, Library of Congress, ${url('diary-entry')}.`);
    expect(c.bibliography).toBe(
      `Welles, Gideon. Diary entry, April 14, 1865. Gideon Welles Papers, Library of Congress. ${url('diary-entry')}.`,
    );
  });
  test('APA: [Diary entry] in place of a title, then the archive (APA 7 §10.13, unpublished archival material)', () => {
    expect(c.apa).toBe(`Welles, G. (1865). [Diary entry]. Gideon Welles Papers, Library of Congress. ${url('diary-entry')}`);
  });
  test('MLA: the day, then the archive as a second container (MLA 9 §5.xx manuscripts)', () => {
    expect(c.mla).toBe(`Welles, Gideon. 14 Apr. 1865, ${url('diary-entry')}. Gideon Welles Papers, Library of Congress.`);
  });
  test('BibTeX @unpublished; CSL-JSON manuscript with archive', () => {
    expect(c.bibtex).toMatch(/^@unpublished\{/);
    expect(c.csl).toMatchObject({ type: 'manuscript', genre: 'diary entry', archive: 'Gideon Welles Papers, Library of Congress' });
  });
});

describe('the schema asks each genre for its own fields', () => {
  const problems = (record: Record<string, unknown>) => {
    const result = documentSchema.safeParse(record);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  test('every fixture is valid', () => {
    for (const name of ['speech', 'letter', 'telegram', 'report', 'book-chapter', 'diary-entry'])
      expect(problems(fixture(name)), name).toEqual([]);
  });
  test('a genre without its block is refused, naming the field', () => {
    const { speech: _s, ...noSpeech } = fixture('speech');
    expect(problems(noSpeech)).toEqual(['speech: a speech needs `speech` (see src/schemas/document.ts)']);
    const { book: _b, ...noBook } = fixture('book-chapter');
    expect(problems(noBook)).toEqual(['book: a book-chapter needs `book` (title, editors, publisher, place)']);
    const { publication: _p, ...article } = { ...fixture('speech'), genre: 'journal-article', speech: undefined, publication: undefined };
    expect(problems(article)).toEqual([
      'publication: a journal-article needs `publication` (the periodical: title, and volume, issue, publisher as printed)',
    ]);
  });
  test('a block for another genre is refused', () => {
    expect(problems({ ...fixture('letter'), speech: { event: 'x', place: 'y' } })).toEqual([
      'speech: `speech` is for genre: speech; this record’s genre is letter: remove it or correct `genre`'.replace('’', "'"),
    ]);
  });
  test('a letter needs a recipient; a diary entry a day; a report may do without an author', () => {
    expect(problems({ ...fixture('letter'), letter: { place: 'Washington, DC' } })).toEqual([
      'letter.recipient: Invalid input: expected string, received undefined',
    ]);
    expect(problems({ ...fixture('diary-entry'), date: { original: 'April 1865', calendar: 'gregorian', iso: '1865-04' } })).toEqual([
      'date.iso: a diary entry is dated to the day: give date.iso as YYYY-MM-DD',
    ]);
    expect(problems({ ...fixture('speech'), author: undefined })).toEqual([
      'author: give `author` (named by the source) or `attribution` (proposed by the editors)',
    ]);
  });
  test('firstPage needs lastPage, not before it', () => {
    expect(problems({ ...fixture('book-chapter'), lastPage: undefined })).toEqual([
      'firstPage: give `lastPage` with `firstPage`: a bibliography cites the whole range (e.g. firstPage: 87, lastPage: 99)',
    ]);
    expect(problems({ ...fixture('book-chapter'), lastPage: 2 })).toEqual(['lastPage: lastPage 2 is before firstPage 3: check both']);
  });
});

describe('each genre in schema.org JSON-LD and in the TEI header', async () => {
  const { documentJsonLd } = await import('../../src/lib/structured-data.ts');
  const { teiFor } = await import('../../src/lib/tei.ts');
  const { emptyEdition } = await import('../../src/schemas/edition.ts');
  const { DOMParser } = await import('@xmldom/xmldom');
  const entry = (name: string) => ({ id: name, data: documentSchema.parse(fixture(name)) }) as Parameters<typeof documentJsonLd>[0];
  const TEI = 'http://www.tei-c.org/ns/1.0';
  /** The TEI header of a fixture (no text: an empty edition), parsed; parse errors collected. */
  const header = (name: string) => {
    const errors: string[] = [];
    const edition = emptyEdition();
    const xml = teiFor(entry(name), edition, new URL('https://archive.example.org/'));
    const doc = new DOMParser({ onError: (level: string, m: string) => void (level !== 'warning' && errors.push(m)) }).parseFromString(
      xml,
      'application/xml',
    );
    const bibl = doc.getElementsByTagNameNS(TEI, 'sourceDesc')[0].getElementsByTagNameNS(TEI, 'bibl')[0];
    type XmlElement = typeof bibl;
    const children = (el: XmlElement) => Array.from(el.childNodes).filter((n): n is XmlElement => n.nodeType === 1);
    return {
      errors,
      doc,
      bibl,
      parts: children(bibl).map(
        (c) =>
          `${c.localName}${c.getAttribute('level') ? `[${c.getAttribute('level')}]` : ''}${c.getAttribute('type') ? `[${c.getAttribute('type')}]` : ''}: ${c.textContent}`,
      ),
    };
  };

  test('schema.org types and properties (schema.org: Message, Report, Chapter, ArchiveComponent, CreativeWork)', () => {
    expect(documentJsonLd(entry('speech'), url('speech'))).toMatchObject({
      '@type': 'CreativeWork',
      genre: 'speech',
      recordedAt: { '@type': 'Event', name: 'Joint Session of Congress', location: { '@type': 'Place', name: 'Washington, DC' } },
    });
    expect(documentJsonLd(entry('telegram'), url('telegram'))).toMatchObject({
      '@type': 'Message',
      genre: 'telegram',
      sender: { '@type': 'Person', name: 'Ulysses S. Grant' },
      recipient: { '@type': 'Person', name: 'Edwin M. Stanton' },
      dateSent: '1865-04-09',
    });
    expect(documentJsonLd(entry('report'), url('report'))).toMatchObject({
      '@type': 'Report',
      author: { '@type': 'Organization', name: 'League of Nations' },
      reportNumber: 'C.663.M.320.1932.VII',
    });
    expect(documentJsonLd(entry('book-chapter'), url('book-chapter'))).toMatchObject({
      '@type': 'Chapter',
      isPartOf: { '@type': 'Book', name: 'The New Negro: An Interpretation', editor: [{ '@type': 'Person', name: 'Alain Locke' }] },
      pageStart: '3',
      pageEnd: '16',
    });
    expect(documentJsonLd(entry('diary-entry'), url('diary-entry'))).toMatchObject({
      '@type': 'ArchiveComponent',
      holdingArchive: { '@type': 'ArchiveOrganization', name: 'Gideon Welles Papers, Library of Congress' },
      dateCreated: '1865-04-14',
    });
  });

  test('TEI: a well-formed header; <bibl> with the genre’s parts (P5 §3.12.2); a letter’s correspDesc (P5 §2.4.6)', () => {
    for (const name of ['speech', 'letter', 'telegram', 'report', 'book-chapter', 'diary-entry'])
      expect(header(name).errors, name).toEqual([]);
    expect(header('book-chapter').parts).toEqual([
      'title[a]: The New Negro',
      'author: Alain Locke',
      'title[m]: The New Negro: An Interpretation',
      'editor: Alain Locke',
      'pubPlace: New York',
      'publisher: Albert and Charles Boni',
      'biblScope: ',
      'date: 1925',
    ]);
    expect(header('report').parts).toEqual([
      'title[m]: Appeal by the Chinese Government: Report of the Commission of Enquiry',
      'author: League of Nations',
      'pubPlace: Geneva',
      'publisher: League of Nations',
      'idno[document-number]: C.663.M.320.1932.VII',
      'date: 1932',
    ]);
    expect(header('speech').parts).toContain('note[delivered]: Speech given at the Joint Session of Congress, Washington, DC');
    expect(header('diary-entry').parts).toContain('note[archive]: Gideon Welles Papers, Library of Congress');
    const actions = Array.from(header('letter').doc.getElementsByTagNameNS(TEI, 'correspAction'));
    expect(actions.map((a) => `${a.getAttribute('type')}: ${a.textContent}`)).toEqual([
      'sent: Abraham LincolnWashington, DCAugust 22, 1862',
      'received: Horace Greeley',
    ]);
  });
});
