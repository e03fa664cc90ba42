// Search that forgives and lands (issue 15), in the browser: every kind of name query (exact, variant, one and two
// misspellings, possessive, unaccented, quoted phrase), with Hebrew-transliterated and Japanese names from all three
// texts, lists the entity first and then every passage that mentions it; "Did you mean"; marks on arrival; stop
// words; typing before the index is ready; facet counts equal to the listed results; the page at 320 px.
// Which passages mention an entity comes from the edition's data (dist/data/mentions.csv), never from search.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type Site } from '../support/site.ts';
import { distDir } from '../support/dist.ts';

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await startSite();
  page = (await site.open('/search/')).page;
});
afterAll(async () => site?.close());

/** Paragraphs (path#pN) that mention each entity page, and the words each mention has there, from mentions.csv. */
// the CSV starts with a byte-order mark (for spreadsheets): not part of the first column's name
const mentions = csvParse(readFileSync(join(distDir, 'data/mentions.csv'), 'utf8').replace(/^\uFEFF/, ''));
const pageOf = (kind: string, id: string) =>
  kind === 'term'
    ? `/glossary/#${id}`
    : `/${{ person: 'people', place: 'places', organization: 'organizations', event: 'events' }[kind]}/${id}/`;
const passagesOf = new Map<string, Set<string>>();
const labelsAt = new Map<string, Set<string>>();
for (const m of mentions) {
  if (!/^p\d+$/.test(m.anchor)) continue;
  const href = pageOf(m.kind, m.entity);
  const at = `/documents/${m.document}/#${m.anchor}`;
  (passagesOf.get(href) ?? passagesOf.set(href, new Set()).get(href)!).add(at);
  (labelsAt.get(`${href} ${at}`) ?? labelsAt.set(`${href} ${at}`, new Set()).get(`${href} ${at}`)!).add(m.text);
}

/** Each entity page's name and variants, from dist/data/entities.json. */
const spellings = new Map<string, string[]>();
const entityData = JSON.parse(readFileSync(join(distDir, 'data/entities.json'), 'utf8')) as {
  entities: { url: string; name?: string; term?: string; variants?: string[] }[];
};
for (const e of entityData.entities) {
  const url = new URL(e.url);
  spellings.set(url.pathname + url.hash, [e.name ?? e.term ?? '', ...(e.variants ?? [])]);
}

const strip = (href: string) => href.replace(/\?[^#]*/, '');

async function searchFor(q: string) {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
  await page.waitForSelector('#search-status[data-state="done"]');
  while (await page.locator('#search-more').isVisible()) {
    const n = await page.locator('.search-result').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, n);
  }
  return page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

/** Opens a result link and returns the marked words in the paragraph it leads to. */
async function marksAt(href: string): Promise<string[]> {
  const { page: reader } = await site.open(href);
  await reader.waitForLoadState('load');
  const id = new URL(href, site.url).hash.slice(1);
  await expect.poll(() => reader.locator(`#${id} mark.search-hit`).count()).toBeGreaterThan(0);
  return reader.locator(`#${id} mark.search-hit`).allTextContents();
}

// [kind of query, query, the entity's page] — names from all three texts
const nameQueries: [string, string, string][] = [
  ['exact (Hebrew-transliterated)', 'Shmuelevitz', '/people/chaim-shmuelevitz/'],
  ['exact (Japanese)', 'Uchida', '/people/kosai-uchida/'],
  ['exact (Dawes)', 'Dawes Committee', '/organizations/dawes-committee/'],
  ['variant (Hebrew-transliterated)', 'Vaad Hatzalah', '/organizations/vaad-hatzoloh/'],
  ['variant (Japanese)', 'Hara Kei', '/people/takashi-hara/'],
  ['variant (Japanese event)', 'Shiberia shuppei', '/events/siberian-intervention/'],
  ['one edit (Hebrew-transliterated)', 'Shmuelevits', '/people/chaim-shmuelevitz/'],
  ['one edit (place)', 'Shanghay', '/places/shanghai/'],
  ['one edit (Japanese)', 'Takahasi', '/people/korekiyo-takahashi/'],
  ['one edit (organization)', 'Reichstagg', '/organizations/reichstag/'],
  ['two edits (Hebrew-transliterated)', 'Kalmanovitch', '/people/avrohom-kalmanovitz/'],
  ['two edits (place)', 'Vladivastock', '/places/vladivostok/'],
  ['two edits (Japanese)', 'Shidahera', '/people/kijuro-shidehara/'],
  ['two edits (event)', 'Versailes Treatie', '/events/treaty-of-versailles/'],
  ['possessive, curly apostrophe', 'Kolchak’s', '/people/alexander-kolchak/'],
  ['possessive, straight apostrophe (Japanese)', "Hara's", '/people/takashi-hara/'],
  ['unaccented (Japanese)', 'Oi Shigemoto', '/people/shigemoto-oi/'],
  ['unaccented (Japanese)', 'Kato', '/people/tsunetada-kato/'],
  ['phrase (Hebrew-transliterated)', '"Mir Yeshiva"', '/organizations/mir-yeshiva/'],
  ['phrase (Dawes)', '"Reparation Commission"', '/organizations/reparation-commission/'],
];

describe('a name query lists the entity, then every passage that mentions it, then the rest', () => {
  for (const [kind, q, entity] of nameQueries) {
    test(`${kind}: “${q}”`, async () => {
      const hrefs = (await searchFor(q)).map(strip);
      expect(hrefs[0]).toBe(entity);
      const mentioning = [...(passagesOf.get(entity) ?? [])];
      expect(mentioning.length).toBeGreaterThan(0);
      // every passage that mentions it is listed, right after the entity and before anything else
      expect(new Set(hrefs.slice(1, 1 + mentioning.length))).toEqual(new Set(mentioning));
    });
  }
});

describe('arrival: the passage opens with the words the search matched marked', () => {
  for (const [kind, q, entity] of nameQueries) {
    test(`${kind}: “${q}”`, async () => {
      await searchFor(q);
      const link = (await page.locator('.search-result h2 a[href*="#p"]').first().getAttribute('href'))!;
      const marked = await marksAt(link);
      // what is marked is the entity's name as that paragraph writes it (mentions.csv) or as its record spells it
      // (entities.json), never a stray word
      const labels = [...(labelsAt.get(`${entity} ${strip(link)}`) ?? [])];
      expect(labels.length).toBeGreaterThan(0);
      labels.push(...(spellings.get(entity) ?? []));
      for (const m of marked)
        expect(
          labels.some((l) => l.includes(m) || m.includes(l)),
          `${m} in ${labels.join(' | ')}`,
        ).toBe(true);
    });
  }

  test('a query without diacritics marks the accented word (Otani → Ōtani, cafes → cafés)', async () => {
    await searchFor('Otani');
    let link = (await page.locator('.search-result h2 a[href*="#p"]').first().getAttribute('href'))!;
    expect((await marksAt(link)).join(' ')).toMatch(/Ōtani/);
    await searchFor('cafes');
    link = (await page.locator('.search-result h2 a[href*="#p"]').first().getAttribute('href'))!;
    expect((await marksAt(link)).join(' ')).toMatch(/cafés/);
  });

  test('straight and curly apostrophes, possessive or not, mark the same name', async () => {
    for (const q of ["Kalmanovitz's", 'Kalmanovitz’s']) {
      await searchFor(q);
      const link = (await page.locator('.search-result h2 a[href*="#p9"]').first().getAttribute('href'))!;
      expect((await marksAt(link)).join(' ')).toMatch(/Kalmanovitz/);
    }
  });

  test('a phrase in quotes is marked as the phrase, and its stop word only inside it', async () => {
    await searchFor('"seventh of Av 5705"');
    const link = (await page.locator('.search-result h2 a[href*="#p61"]').getAttribute('href'))!;
    const marked = await marksAt(link);
    expect(marked.join(' ').replace(/\s+/g, ' ').trim()).toBe('seventh of Av 5705');
  });

  test('stop words are never marked alone: “seventh of Av 5705” unquoted marks no lone “of”', async () => {
    await searchFor('seventh of Av 5705');
    const link = (await page.locator('.search-result h2 a[href*="#p61"]').getAttribute('href'))!;
    const { page: reader } = await site.open(link);
    await expect.poll(() => reader.locator('mark.search-hit').count()).toBeGreaterThan(0);
    const marked = (await reader.locator('mark.search-hit').allTextContents()).map((m) => m.trim());
    expect(marked).not.toContain('of');
    expect(marked.join(' ')).toMatch(/seventh of/);
    // the paragraph has other "of"s, none of them marked
    expect(await reader.locator('#p61').evaluate((p) => (p.textContent ?? '').match(/\bof\b/g)?.length ?? 0)).toBeGreaterThan(1);
  });
  test('a hand-written ?highlight= marks its words but never a lone stop word', async () => {
    const { page: reader } = await site.open('/documents/in-tempestuous-times-part-four/?highlight=seventh%20of%20Av%205705#p61');
    await expect.poll(() => reader.locator('#p61 mark.search-hit').count()).toBeGreaterThan(0);
    const marked = (await reader.locator('#p61 mark.search-hit').allTextContents()).map((m) => m.trim());
    expect(marked).toEqual(expect.arrayContaining(['seventh', 'Av', '5705']));
    expect(marked).not.toContain('of');
  });
});

describe('misspelt names', () => {
  test('“Vladivostock” offers “Did you mean Vladivostok?” as a link, and never the lone “V” of Gustaf V', async () => {
    const hrefs = await searchFor('Vladivostock');
    const suggestion = page.locator('#search-suggestion');
    expect(await suggestion.textContent()).toBe('Did you mean Vladivostok?');
    expect(hrefs.map(strip)).not.toContain('/people/gustaf-v/');
    expect(hrefs.map(strip)[0]).toBe('/places/vladivostok/');
    await suggestion.locator('a').click();
    await page.waitForURL(/q=Vladivostok$/);
    expect(await page.inputValue('#search-q')).toBe('Vladivostok');
    await page.waitForSelector('#search-status[data-state="done"]');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results for “Vladivostok”\.$/);
    expect(await suggestion.isHidden()).toBe(true);
  });

  test('a word in no text and close to no name says so instead of listing unrelated passages', async () => {
    const hrefs = await searchFor('Zyxwvut');
    expect(hrefs).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toMatch(/No results for “Zyxwvut”/);
  });

  test('a person’s passages come before passages that only share a word with the name (Graves)', async () => {
    const hrefs = (await searchFor('Graves')).map(strip);
    const mentioning = passagesOf.get('/people/william-s-graves/')!;
    const firstOther = hrefs.findIndex((h, i) => i > 0 && !mentioning.has(h));
    const lastMentioning = Math.max(...[...mentioning].map((h) => hrefs.indexOf(h)));
    expect(lastMentioning).toBeGreaterThan(0);
    if (firstOther > 0) expect(lastMentioning).toBeLessThan(firstOther);
  });
});

describe('facets count the listed results', () => {
  for (const q of ['Vladivostock', 'Siberia', 'Kalmanowitz', 'Peyton March']) {
    test(`“${q}”: each count is what the filter leaves listed`, async () => {
      const all = await searchFor(q);
      const kinds = page.locator('details.filter-group:has(summary:text("Kind of page")) label');
      const counts = await kinds.evaluateAll((ls) => ls.map((l) => Number(l.querySelector('.count')!.textContent)));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(all.length);
      const texts = page.locator('details.filter-group:has(summary:text("Text")) label');
      const value = (await texts.first().locator('input').getAttribute('value'))!;
      const count = Number(await texts.first().locator('.count').textContent());
      await texts.first().locator('input').check();
      await page.waitForURL((u) => u.searchParams.get('document') === value);
      await page.waitForSelector('#search-status[data-state="done"]');
      while (await page.locator('#search-more').isVisible()) {
        const n = await page.locator('.search-result').count();
        await page.click('#search-more');
        await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, n);
      }
      const filtered = await page.locator('.search-result').count();
      expect(filtered).toBe(count);
      expect(await page.locator('#filter-note').textContent()).toMatch(/counts the results listed/);
    });
  }
});

describe('a responsive page', () => {
  /** A page whose search index (Pagefind) is held back until `release()` is called. */
  async function withIndexHeld() {
    const { page: slow } = await site.open('/404.html');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await slow.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    return { slow, release };
  }

  test('the query of the URL is in the box at once, with “Searching…”, before the index has loaded', async () => {
    const { slow, release } = await withIndexHeld();
    await slow.goto(`${site.url}/search/?q=Kastner`);
    await slow.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === 'Kastner');
    expect(await slow.locator('#search-status').textContent()).toBe('Searching…');
    expect(await slow.locator('#search-status').getAttribute('data-state')).toBe('searching');
    release();
    await slow.waitForSelector('#search-status[data-state="done"]');
    expect(await slow.locator('.search-result h2 a').first().getAttribute('href')).toBe('/events/kastner-train/');
  });

  test('what is typed before the index is ready is kept and searched', async () => {
    const { slow, release } = await withIndexHeld();
    await slow.goto(`${site.url}/search/`);
    await slow.locator('#search-q').pressSequentially('Pehle');
    await slow.waitForFunction(() => (document.querySelector('#search-status')?.textContent ?? '') === 'Searching…');
    release();
    await slow.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
    await slow.waitForSelector('#search-status[data-state="done"]');
    expect(await slow.inputValue('#search-q')).toBe('Pehle');
    expect(await slow.locator('.search-result h2 a').first().getAttribute('href')).toBe('/people/john-pehle/');
    expect(new URL(slow.url()).searchParams.get('q')).toBe('Pehle');
  });

  test('at 320 px the page does not scroll sideways and the button is whole', async () => {
    const { page: narrow } = await site.open('/search/?q=Vladivostock', { viewport: { width: 320, height: 700 } });
    await narrow.waitForSelector('#search-status[data-state="done"]');
    const { scroll, client } = await narrow.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    const box = (await narrow.locator('#search-form button[type=submit]').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  });
});
