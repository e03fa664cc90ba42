// Search in the browser: queries across the three texts land on the right entity and paragraph; filters;
// URL state with Back/Forward; highlight on arrival; keyboard; without JavaScript.
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type Site } from '../support/site.ts';

let site: Site;
let page: Page;
beforeAll(async () => {
  site = await startSite();
  page = (await site.open('/search/')).page;
});
afterAll(async () => site?.close());

const ready = (p: Page) => p.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
const settled = (p: Page) =>
  p.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return /result/.test(status);
  });

async function searchFor(q: string, extra = '') {
  await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}${extra}`);
  await ready(page);
  await settled(page);
  return page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

const kalmanovitz = '/documents/in-tempestuous-times-part-four/';
const dawes = '/documents/the-dawes-report/';
const siberia = '/documents/americas-withdrawal-from-siberia/';

// query → the first result, and the first passage it lands on (document#pN)
const cases: [string, string, string | null][] = [
  ['Kastner', '/events/kastner-train/', `${kalmanovitz}#p51`],
  ['Vladivostok', '/places/vladivostok/', `${siberia}#p8`],
  ['transfer committee', '/organizations/transfer-committee/', null],
  ['Pearl Harbor', '/events/attack-on-pearl-harbor/', `${kalmanovitz}#p5`],
  ['Kalmanowitz', '/people/avrohom-kalmanovitz/', null],
  ['Pehle', '/people/john-pehle/', null],
  ['Peyton March', '/people/peyton-c-march/', null],
  ['Secretary Hughes', '/people/charles-evans-hughes/', `${dawes}#p10`],
  ['bnei Torah', '/glossary/#bnei-torah', null],
  ['gold marks', '/glossary/#gold-mark', null],
  ['Hongkew', '/places/hongkou/', `${kalmanovitz}#p57`],
  ['Manchouri', '/places/manzhouli/', `${siberia}#p9`],
  ['Semitatzky', '/people/zeidel-semiatitsky/', `${kalmanovitz}#p24`],
  ['Rentenmark', '/glossary/#rentenmark', `${dawes}#p41`],
  ['aide-mémoire', '/glossary/#aide-memoire', `${siberia}#p8`],
  ['Otani', '/people/kikuzo-otani/', `${siberia}#p8`],
  ['open city', `${kalmanovitz}#p2`, `${kalmanovitz}#p2`],
  ['Ataman', '/glossary/#ataman', `${siberia}#p10`],
];

describe('queries land on the right entity and passage', () => {
  for (const [q, first, passage] of cases) {
    test(`“${q}”`, async () => {
      const hrefs = await searchFor(q);
      const strip = (h: string) => h.replace(/\?highlight=[^#]*/, '');
      expect(strip(hrefs[0])).toBe(first);
      if (passage) expect(strip(hrefs.find((h) => h.includes('#p'))!)).toBe(passage);
    });
  }
});

describe('search page', () => {
  test('a passage result shows its text, section, paragraph and printed page, with the words marked', async () => {
    await searchFor('Manchouri');
    const hit = page.locator('.search-result').nth(1);
    expect(await hit.locator('h2').textContent()).toBe('Withdrawal from Siberia (2013), ¶ 9');
    expect(await hit.locator('.result-where').textContent()).toBe('I. The Decision to Intervene and the Confusion in Siberia · p. 90');
    expect(await hit.locator('.result-excerpt mark').first().textContent()).toBe('Manchouri');
  });

  test('filters narrow to passages that mention a person, with counts, and live in the URL', async () => {
    await searchFor('Siberia');
    const all = await page.locator('.search-result').count();
    await page.locator('details.filter-group:has(summary:text("Person")) summary').click();
    const graves = page.locator('#search-filters label', { hasText: 'William S. Graves' });
    const count = Number((await graves.locator('.count').textContent())!.trim());
    await graves.locator('input').check();
    await page.waitForURL(/person=William/);
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length === n, count);
    expect(count).toBeLessThan(all);
    const urls = await page.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(urls.every((u) => u!.includes('#p') || u === '/people/william-s-graves/')).toBe(true);
    expect(new URL(page.url()).searchParams.get('person')).toBe('William S. Graves');
  });

  test('Back and Forward restore the query and filters', async () => {
    await searchFor('Kastner');
    await page.fill('#search-q', 'Vladivostok');
    await page.press('#search-q', 'Enter');
    await page.waitForURL(/q=Vladivostok/);
    await page.getByLabel(/Text passage/).check();
    await page.waitForURL(/kind=Text/);
    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('kind='));
    await page.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === 'Vladivostok');
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === 'Kastner');
    await page.waitForFunction(() => document.querySelector('.search-result h2 a')?.getAttribute('href') === '/events/kastner-train/');
    await page.goForward();
    await page.waitForFunction(() => (document.querySelector('#search-q') as HTMLInputElement).value === 'Vladivostok');
  });

  test('a result lands on its paragraph with the searched words highlighted', async () => {
    await searchFor('Hongkew');
    await page.locator('.search-result h2 a[href*="#p57"]').click();
    await page.waitForURL(/#p57$/);
    const target = page.locator('#p57');
    expect(await target.locator('mark.search-hit').first().textContent()).toBe('Hongkew');
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('keyboard: "/" focuses the search box on any page; Enter searches; Tab reaches the results', async () => {
    await page.goto(`${site.url}${dawes}`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('Rentenmark');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Rentenmark/);
    await ready(page);
    await settled(page);
    await page.focus('#search-q');
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/glossary/#rentenmark');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossary\/#rentenmark$/);
  });

  test('the result count is announced to screen readers', async () => {
    await searchFor('Kastner');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results? for “Kastner”/);
  });

  test('with results on screen the page passes axe', async () => {
    await searchFor('Graves');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('without JavaScript the page says so and links to the indexes', async () => {
    const { page: plain } = await site.open('/search/?q=Graves', { javaScriptEnabled: false });
    expect(await plain.locator('.noscript-note').innerText()).toMatch(/Search needs JavaScript/);
    expect(await plain.locator('.noscript-note a[href="/people/"]').count()).toBe(1);
  });
});
