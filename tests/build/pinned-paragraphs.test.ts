// Published paragraph numbers are citations: they must never move. tests/data/pinned-paragraphs.json
// pins, per document, paragraph numbers to the first words of their paragraphs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPage, viewText, words } from '../support/dist.ts';

const pinned = JSON.parse(readFileSync(new URL('../data/pinned-paragraphs.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, string>
>;

describe('pinned paragraph numbers', () => {
  for (const [slug, pins] of Object.entries(pinned)) {
    test(`${slug}: at least six pins, each paragraph starting with its pinned words`, () => {
      expect(Object.keys(pins).length).toBeGreaterThanOrEqual(6);
      const doc = loadPage(`/documents/${slug}/`);
      for (const [n, start] of Object.entries(pins)) {
        const p = doc.getElementById(`p${n}`);
        expect(p, `${slug} #p${n} exists`).not.toBeNull();
        expect(words(viewText(p!, 'reading')).join(' ').startsWith(start), `${slug} #p${n} starts with "${start}"`).toBe(true);
        expect(p!.querySelector('.pnum')!.getAttribute('data-label'), 'visible number (drawn by CSS)').toBe(n);
      }
    });
  }

  test('paragraph ids run p1…pN without gaps in every document', () => {
    const documents = readdirSync('content/documents').filter((n) => n.endsWith('.md'));
    expect(documents.length).toBeGreaterThan(0);
    for (const slug of documents.map((n) => n.slice(0, -3))) {
      const ids = Array.from(loadPage(`/documents/${slug}/`).querySelectorAll('.doc-text .passage')).map((p) => p.id);
      expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
    }
  });
});
