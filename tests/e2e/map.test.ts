// The map in the browser: its colours have 3:1 contrast against the page, the land and the sea in light and dark
// mode (WCAG 2.2, 1.4.11); the filter by text works without JavaScript; each reading page links to its text's map.
import { readdirSync, readFileSync } from 'node:fs';
import { wcagContrast } from 'culori';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { documentIds } from '../support/dist.ts';
import { startSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const documents = documentIds();
const withCoordinates = new Set(
  readdirSync('content/places')
    .filter((f) => (parse(readFileSync(`content/places/${f}`, 'utf8')) as { coordinates?: unknown }).coordinates)
    .map((f) => f.replace(/\.yaml$/, '')),
);
/** The places with coordinates a text annotates, read from its Markdown (`:place[…]{ref=…}`), notes included. */
function placesOf(id: string): string[] {
  const text = readFileSync(`content/documents/${id}.md`, 'utf8');
  const refs = [...text.matchAll(/:place\[.*?\]\{[^}]*?\bref="?([a-z0-9-]+)/g)].map((m) => m[1]);
  return [...new Set(refs)].filter((r) => withCoordinates.has(r)).sort();
}

/** Ids of the places whose markers (in the world map) or list rows are shown. */
const shown = (page: Page, selector: string) =>
  page.$$eval(selector, (els) =>
    els
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => (el.getAttribute('href') ?? el.querySelector('a')!.getAttribute('href'))!.replace(/^\/places\/|\/$/g, ''))
      .sort(),
  );

describe('map', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    test(`${colorScheme} mode: every text's colour has at least 3:1 contrast against the page, the land and the sea`, async () => {
      const { page } = await site.open('/map/', { colorScheme });
      const colours = await page.evaluate(() => {
        const fill = (el: Element | null) => getComputedStyle(el!).fill;
        return {
          // the page's paper: the first of body and html that paints a background
          page: [document.body, document.documentElement]
            .map((el) => getComputedStyle(el).backgroundColor)
            .find((c) => c !== 'rgba(0, 0, 0, 0)')!,
          land: fill(document.querySelector('#map-world .land')),
          sea: fill(document.querySelector('#map-world .sea')),
          // the key before each text's name in the filter, and every marker drawn on the maps
          texts: [...document.querySelectorAll('.doc-filter .text-key, .place-map .glyph.main')].map(
            (el) => getComputedStyle(el.matches('svg') ? el.querySelector('path')! : el).fill,
          ),
          // and the whole palette, for the texts still to come: --tc-1, --tc-2, … as this mode sets them
          palette: Array.from({ length: 99 }, (_, i) =>
            getComputedStyle(document.documentElement)
              .getPropertyValue(`--tc-${i + 1}`)
              .trim(),
          ).filter(Boolean),
        };
      });
      expect(colours.palette.length).toBeGreaterThanOrEqual(6);
      const texts = new Set([...colours.texts, ...colours.palette]);
      expect(colours.texts.length).toBeGreaterThan(documents.length);
      for (const c of texts)
        for (const background of ['page', 'land', 'sea'] as const) {
          const ratio = wcagContrast(c, colours[background]);
          expect(ratio, `${c} on the ${background} (${colours[background]})`).toBeGreaterThanOrEqual(3);
        }
    });

  test('without JavaScript, choosing a text shows only its markers and list rows, in its colour', async () => {
    const { page } = await site.open('/map/', { javaScriptEnabled: false });
    const all = await shown(page, '#map-world a.marker');
    expect(all).toEqual([...withCoordinates].sort());
    for (const id of documents) {
      await page.locator(`#map-filter-${id}`).check();
      const expected = placesOf(id);
      expect(await shown(page, '#map-world a.marker'), id).toEqual(expected);
      expect(await shown(page, '.map-list tbody tr'), id).toEqual(expected);
      // every marker shown draws this text's glyph, none another's
      const glyphs = await page.$$eval('#map-world a.marker path', (paths) =>
        paths.filter((p) => p.getClientRects().length > 0).map((p) => p.getAttribute('data-doc') ?? 'ring'),
      );
      expect(new Set(glyphs), id).toEqual(new Set([id]));
    }
    await page.getByLabel('all texts').check();
    expect(await shown(page, '#map-world a.marker')).toEqual(all);
  });

  test("each reading page links to its text's map, which opens on its places without JavaScript", async () => {
    for (const id of documents) {
      const { page } = await site.open(`/documents/${id}/`, { javaScriptEnabled: false });
      const link = page.getByRole('link', { name: 'Places on the map' });
      if (placesOf(id).length === 0) {
        expect(await link.count(), id).toBe(0);
        continue;
      }
      await link.click();
      await page.waitForURL(new RegExp(`/map/#text-${id}$`));
      expect(await shown(page, '#map-world a.marker'), id).toEqual(placesOf(id));
      expect(await shown(page, '.map-list tbody tr'), id).toEqual(placesOf(id));
      // the note says which text is shown and leads back to all of them
      await expect.poll(() => page.locator(`#text-${id}`).isVisible()).toBe(true);
      await page.getByRole('link', { name: 'All texts, or another' }).click();
      expect((await shown(page, '#map-world a.marker')).length, id).toBe(withCoordinates.size);
    }
  });
});
