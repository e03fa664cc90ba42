// The dates of the Kalmanovitz biography as the built reader shows them: each Hebrew date with its
// Gregorian day (from @hebcal/core, never typed by hand) as datetime and in a tooltip. Reads dist/.
import { readFileSync } from 'node:fs';
import { HDate } from '@hebcal/core';
import { describe, expect, test } from 'vitest';
import { loadPage } from '../support/dist.ts';

/** The Gregorian day of a Hebrew date, straight from the library (local fields of its Date). */
const greg = (day: number, month: string, year: number) => {
  const d = new HDate(day, month, year).greg();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
/** Every `hebrew="…"` annotated in the biography's Markdown source, counted without the pipeline. */
const annotatedHebrew = [
  ...readFileSync('content/documents/in-tempestuous-times-part-four.md', 'utf8').matchAll(/:date\[[^\n]*?\]\{[^}]*hebrew="([^"]+)"/g),
];

describe('dates in the reader', () => {
  const page = loadPage('/documents/in-tempestuous-times-part-four/');
  test('each Hebrew date carries its conversion as datetime and in a tooltip tied to it', () => {
    const dates = Array.from(page.querySelectorAll('.doc-text .date-hebrew'));
    expect(dates.length).toBe(annotatedHebrew.length);
    const seventhOfAv = dates.find((d) => d.textContent.startsWith('the seventh of Av 5705'))!;
    expect(seventhOfAv.tagName).toBe('TIME');
    expect(seventhOfAv.getAttribute('datetime')).toBe(greg(7, 'Av', 5705));
    const tip = page.getElementById(seventhOfAv.getAttribute('aria-describedby')!)!;
    // the tooltip's words are its aria-label, drawn by CSS: never text of the paragraph
    expect(tip.getAttribute('aria-label')).toBe('7 Av 5705 = Tuesday, 17 July 1945');
    expect(tip.textContent).toBe('');
    expect(tip.hasAttribute('data-apparatus')).toBe(true);
  });

  test('a gloss that disagrees with the conversion is said so; one that agrees is not', () => {
    const notes = Array.from(page.querySelectorAll('.doc-text .date-note')).map((n) => n.getAttribute('aria-label') ?? '');
    expect(notes).toContain('13 Nisan 5703 = Sunday, 18 April 1943');
    // Rosh Chodesh Elul 5700: two days, 30 Av and 1 Elul (issue 17); the text's gloss, 1940, agrees
    expect(notes.find((n) => n.startsWith('30 Av 5700'))).toBe('30 Av 5700 – 1 Elul 5700 = 3 September 1940 – 4 September 1940');
    expect(notes.filter((n) => n.includes('as the text has it'))).toEqual([]);
  });
});
