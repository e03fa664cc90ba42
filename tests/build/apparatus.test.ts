// The Siberia article's apparatus: 46 note callouts 1..46 in order, printed pages 88..99 each at the right word
// (the word that begins the page in the witness, content/witnesses/americas-withdrawal-from-siberia.txt).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPage, viewText } from '../support/dist.ts';

const doc = loadPage('/documents/americas-withdrawal-from-siberia/');
const text = doc.querySelector('.doc-text')!;
/** The witness's lines: `witness[n - 1]` is line n. */
const witness = readFileSync(join(process.cwd(), 'content', 'witnesses', 'americas-withdrawal-from-siberia.txt'), 'utf8').split('\n');
// content/witnesses/README.md: a line that starts with a space begins a printed page; these begin pp. 88–99
const pageStartLines = [17, 55, 93, 131, 169, 208, 244, 283, 320, 356, 392, 431];

describe('002 apparatus', () => {
  test('exactly 46 note callouts, numbered 1..46 in order, each linking to the Notes section and back', () => {
    const callouts = Array.from(text.querySelectorAll('sup.noteref a'));
    // the number a reader sees is drawn by CSS from the link's aria-label (its accessible name); the callout holds no
    // text (it is not a word)
    expect(callouts.map((a) => Number(a.getAttribute('aria-label')))).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
    for (const a of callouts) {
      const n = a.getAttribute('aria-label')!;
      expect(a.textContent).toBe('');
      expect(a.getAttribute('href')).toBe(`#original-note-${n}`);
      const target = doc.getElementById(`original-note-${n}`)!;
      expect(target.closest('#original-notes')).not.toBeNull();
      expect(target.querySelector('a')!.getAttribute('href')).toBe(`#${a.id}`);
    }
  });

  test('the Notes section says plainly that the note texts are not in this copy', () => {
    expect(doc.querySelector('#original-notes')!.textContent).toMatch(/texts are not included in this copy/);
  });

  test('note callouts look different from editorial notes (numbers vs letters)', () => {
    expect(text.querySelectorAll('sup.noteref.edref').length).toBe(0);
  });

  test('page markers 88..99 in order, each before the first word of its printed page', () => {
    const marked = viewText(text, 'diplomatic', { markPages: true });
    const found = Array.from(marked.matchAll(/⟦(\d+)⟧\s*(\S+)/g)).map((m) => [Number(m[1]), m[2]]);
    for (const line of pageStartLines) expect(witness[line - 1], `witness line ${line}`).toMatch(/^ \S/);
    const expected = pageStartLines.map((line, i) => [88 + i, witness[line - 1].trim().split(/\s+/)[0]]);
    expect(found).toEqual(expected);
    expect(doc.getElementById('page-87')).not.toBeNull(); // the first page is marked at the top
  });
});
