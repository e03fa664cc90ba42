// The annotated source view: each line that begins a paragraph links to that paragraph, and it is the
// right one (its words, with the markup removed, are the paragraph's first words).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPage, distDir } from '../support/dist.ts';

const pinned = JSON.parse(readFileSync(new URL('../data/pinned-paragraphs.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, string>
>;
const unmark = (s: string) =>
  s
    .replace(/:[a-z]+\{[^}]*\}/g, '')
    .replace(/:[a-z]+\[/g, '')
    .replace(/\]\{[^}]*\}/g, '')
    .replace(/\\(.)/g, '$1');

describe('annotated source view', () => {
  for (const [slug, pins] of Object.entries(pinned)) {
    test(`${slug}: lines link to the paragraphs they produce`, () => {
      const page = loadPage(`/documents/${slug}/source/`);
      const links = Array.from(page.querySelectorAll('a.line-no[href*="#p"]'));
      expect(links.length).toBe(loadPage(`/documents/${slug}/`).querySelectorAll('.doc-text p.passage').length);
      for (const [n, words] of Object.entries(pins)) {
        const link = links.find((a) => a.getAttribute('href') === `/documents/${slug}/#p${n}`);
        expect(link, `a line links to #p${n}`).toBeTruthy();
        const line = link!.closest('.line')!.textContent.replace(/^\d+/, '');
        expect(unmark(line).startsWith(words.split(' ').slice(0, 3).join(' ')), `line of #p${n}: ${line.slice(0, 80)}`).toBe(true);
      }
    });

    test(`${slug}: the Markdown download is the file itself`, () => {
      const served = readFileSync(`${distDir}/documents/${slug}.md`, 'utf8');
      expect(served).toBe(readFileSync(`content/documents/${slug}.md`, 'utf8'));
    });
  }
});
