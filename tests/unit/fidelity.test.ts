// Nothing lost: the built pages hold every word of each source, in order; the reading text differs
// from the source only where an emendation is recorded. Reads the seeds from ../shared/seeds/.
import { describe, expect, test } from 'vitest';
import { loadPage, viewText, words } from '../support/dist.ts';
import { seedBody, seedHead, seeds, type Slug } from '../support/seeds.ts';

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

for (const slug of Object.keys(seeds) as Slug[]) {
  describe(`fidelity of ${slug}`, () => {
    const doc = loadPage(`/documents/${slug}/`);
    const text = doc.querySelector('.doc-text')!;

    test('the diplomatic view holds every word of the source body, in order', () => {
      expectSameWords(words(viewText(text, 'diplomatic')), words(seedBody(slug)), slug);
    });

    test('title, byline and part stand in the header as the source prints them', () => {
      const head = ['.doc-title', '.doc-byline:not(.doc-byline-missing)', '.doc-part']
        .map((s) => doc.querySelector(s)?.textContent ?? '')
        .join(' ');
      expect(words(head).join(' ')).toBe(words(seedHead(slug) || doc.querySelector('.doc-title')!.textContent).join(' '));
    });

    test('the reading view differs from the source only by its recorded emendations', () => {
      // Mark each emendation in the diplomatic text, check that text is the source, then swap in the
      // corrections: that must be exactly what the reading view shows.
      const emendations = Array.from(text.querySelectorAll('.emendation'));
      expect(emendations.length).toBeGreaterThan(0);
      // the marks are private-use characters, which no source text contains
      const corrections: string[] = [];
      for (const [i, e] of emendations.entries()) {
        corrections.push(e.querySelector('.corr')!.textContent);
        e.querySelector('.sic')!.insertAdjacentText('afterbegin', `\uE000${i}\uE001`);
        e.querySelector('.sic')!.insertAdjacentText('beforeend', '\uE002');
      }
      const marked = viewText(text, 'diplomatic');
      expectSameWords(words(marked.replace(/\uE000\d+\uE001|\uE002/g, '')), words(seedBody(slug)), `${slug} (marked)`);
      const expectedReading = marked.replace(/\uE000(\d+)\uE001[^\uE002]*\uE002/g, (_, i) => corrections[Number(i)]);
      expectSameWords(words(viewText(text, 'reading')), words(expectedReading), `${slug} (reading)`);
    });

    test('site boilerplate recorded in the transcription note is not in the reading text', () => {
      const removed = Array.from(doc.querySelectorAll('.transcription-note .verbatim')).map((q) => q.textContent);
      for (const r of removed) {
        const firstPart = r.split(' / ')[0];
        expect(text.textContent).not.toContain(firstPart);
      }
    });
  });
}
