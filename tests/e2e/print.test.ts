// Printing a reading page: the citation and the page's address come first; the search box and the page's tools
// (view switches, links, per-paragraph Cite and Copy link) are not printed; the paragraph numbers are.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentIds } from '../support/dist.ts';
import { startSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const documents = documentIds().map((id) => ({
  id,
  title: (parse(readFileSync(`content/documents/${id}.md`, 'utf8').split(/^---$/m)[1]) as { title: string }).title,
}));

describe('print', () => {
  for (const { id, title } of documents)
    test(`${id}: print shows the citation and address first and hides the search box and tools`, async () => {
      const { page } = await site.open(`/documents/${id}/`);
      const citation = page.locator('.print-citation');
      expect(await citation.isVisible(), 'on screen the citation is not shown').toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await citation.isVisible()).toBe(true);
      const text = (await citation.innerText()).replace(/\s+/g, ' ');
      // the title as the record gives it (Chicago puts it in quotation marks), and the canonical address
      const plain = (s: string) => s.replace(/[’‘']/g, "'").replace(/[“”]/g, '"').toLowerCase();
      expect(plain(text)).toContain(plain(title).slice(0, 25));
      const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
      expect(text).toContain(`Online: ${canonical}`);
      // nothing of the page but the site's name is printed above it
      const above = await page.evaluate(() => {
        const c = document.querySelector('.print-citation')!.getBoundingClientRect().top;
        return [...document.querySelectorAll('main *, .site-header *')]
          .filter(
            (el) =>
              el.getClientRects().length > 0 && el.getBoundingClientRect().bottom <= c && el.children.length === 0 && el.textContent.trim(),
          )
          .map((el) => el.textContent.trim());
      });
      expect(above).toEqual(['Archive Reader']);
      for (const hidden of ['.site-search', '.source-link', '.view-toggle', '.annotation-toggle', '.passage-tools', '.copy-button'])
        for (const el of await page.locator(hidden).all()) expect(await el.isVisible(), hidden).toBe(false);
      expect(await page.locator('.passage .pnum').first().isVisible(), 'paragraph numbers are printed').toBe(true);
    });
});
