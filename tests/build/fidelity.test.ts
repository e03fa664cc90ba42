// Nothing lost: for every document in content/documents/ whose frontmatter names a witness, the built page holds
// every word of the witness's body in order (diplomatic view), the reading view differs from it only by recorded
// emendations, the head stands in the page header, and the excluded lines (site chrome) are kept verbatim in the
// transcription note and are not in the text.
//
// The expected words come from the witness (content/witnesses/, the received copy, never edited) by this rule, not
// from the site's code: a witness line is the text between two "\n", numbered from 1; a range [first, last] takes
// those lines inclusive; the words are the lines' text split on whitespace. Note callouts count as the witness has
// them: glued to the word before ("after the war.1"), or after a space where the witness has one ("defense. 26");
// the page prints a callout as a superscript straight after the text, so its text joins the word as in the witness.
// The transcription note writes the lines of an excluded run joined by " / ": a lone "/" there is that separator.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadPage, viewText, words } from '../support/dist.ts';

type Range = [number, number];
interface Witness {
  file: string;
  head?: number[];
  body: Range;
  excluded?: { lines: Range; what: string }[];
}

const content = join(process.cwd(), 'content');

/** Every document with a witness, from its frontmatter (the YAML between the first two "---" lines). */
const documents = readdirSync(join(content, 'documents'))
  .filter((name) => name.endsWith('.md'))
  .sort()
  .flatMap((name) => {
    const source = readFileSync(join(content, 'documents', name), 'utf8');
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1];
    const witness = (yaml ? parse(yaml) : {})?.witness as Witness | undefined;
    return witness ? [{ id: name.slice(0, -'.md'.length), witness }] : [];
  });

/** The witness's lines: `lines[n - 1]` is line n. */
function witnessLines(file: string): string[] {
  return readFileSync(join(content, 'witnesses', file), 'utf8').split('\n');
}

const take = (lines: string[], [first, last]: Range) => lines.slice(first - 1, last);

/** Word sequences must match exactly; on failure show where they part. */
function expectSameWords(actual: string[], expected: string[], label: string) {
  const n = Math.min(actual.length, expected.length);
  let i = 0;
  while (i < n && actual[i] === expected[i]) i++;
  const context = (ws: string[]) => ws.slice(Math.max(0, i - 8), i + 8).join(' ');
  expect(
    { at: i, actual: context(actual), expected: context(expected) },
    `${label}: first difference at word ${i} of ${expected.length}`,
  ).toEqual({ at: Math.max(actual.length, expected.length), actual: context(actual), expected: context(expected) });
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

test('the documents with a witness are found in content/documents/', () => {
  expect(documents.length).toBeGreaterThan(0);
});

for (const { id, witness } of documents) {
  describe(`fidelity of ${id} to its witness ${witness.file}`, () => {
    const lines = witnessLines(witness.file);
    const head = witness.head ?? [];
    const excluded = witness.excluded ?? [];
    const doc = loadPage(`/documents/${id}/`);
    const text = doc.querySelector('.doc-text')!;

    test('every line of the witness that is not blank is head, body or excluded, and only one of them', () => {
      const places = lines.map(() => [] as string[]);
      for (const n of head) places[n - 1]?.push('head');
      for (let n = witness.body[0]; n <= witness.body[1]; n++) places[n - 1]?.push('body');
      for (const e of excluded) for (let n = e.lines[0]; n <= e.lines[1]; n++) places[n - 1]?.push(e.what);
      const wrong = lines.flatMap((line, i) =>
        line.trim() !== '' && places[i].length !== 1 ? [`line ${i + 1}: ${places[i].join(', ') || 'nowhere'}`] : [],
      );
      expect(wrong).toEqual([]);
      expect(Math.max(...head, witness.body[1], ...excluded.map((e) => e.lines[1]))).toBeLessThanOrEqual(lines.length);
    });

    test('the diplomatic view holds every word of the witness body, in order', () => {
      expectSameWords(words(viewText(text, 'diplomatic')), words(take(lines, witness.body).join('\n')), id);
    });

    if (head.length > 0) {
      test('title, byline and part stand in the header as the witness prints them', () => {
        const shown = ['.doc-title', '.doc-byline:not(.doc-byline-missing)', '.doc-part']
          .map((s) => doc.querySelector(s)?.textContent ?? '')
          .join(' ');
        expect(words(shown)).toEqual(words(head.map((n) => lines[n - 1]).join('\n')));
      });
    }

    test('the reading view differs from the witness only by its recorded emendations', () => {
      // Mark each emendation in the diplomatic text, check that text is the witness, then swap in the
      // corrections: that must be exactly what the reading view shows. The marks are private-use characters,
      // which no witness contains.
      const emendations = Array.from(text.querySelectorAll('.emendation'));
      const corrections: string[] = [];
      for (const [i, e] of emendations.entries()) {
        corrections.push(e.querySelector('.corr')!.textContent);
        e.querySelector('.sic')!.insertAdjacentText('afterbegin', `\uE000${i}\uE001`);
        e.querySelector('.sic')!.insertAdjacentText('beforeend', '\uE002');
      }
      const marked = viewText(text, 'diplomatic');
      const body = words(take(lines, witness.body).join('\n'));
      expectSameWords(words(marked.replace(/\uE000\d+\uE001|\uE002/g, '')), body, `${id} (marked)`);
      const expectedReading = marked.replace(/\uE000(\d+)\uE001[^\uE002]*\uE002/g, (_, i) => corrections[Number(i)]);
      expectSameWords(words(viewText(text, 'reading')), words(expectedReading), `${id} (reading)`);
    });

    for (const e of excluded) {
      test(`lines ${e.lines[0]}–${e.lines[1]} (${e.what}) are kept verbatim in the transcription note, not in the text`, () => {
        const run = take(lines, e.lines).filter((line) => line.trim() !== '');
        const recorded = Array.from(doc.querySelectorAll('.transcription-note .verbatim')).map((q) =>
          words(q.textContent).filter((w) => w !== '/'),
        );
        expect(recorded).toContainEqual(words(run.join('\n')));
        const shown = collapse(text.textContent);
        for (const line of run) expect(shown).not.toContain(collapse(line));
      });
    }
  });
}
