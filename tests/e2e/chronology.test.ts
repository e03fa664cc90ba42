// The chronology in the browser: the filter by text (no script needed), the way back to the passage, the
// overview at phone width; and a Hebrew date in the reader showing its conversion on focus.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

describe('chronology', () => {
  test('choosing a text shows only its entries and years; "all texts" shows everything again', async () => {
    const { page } = await site.open('/chronology/', { javaScriptEnabled: false });
    const visible = () =>
      page.$$eval('li.chrono-entry', (lis) =>
        lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.getAttribute('data-in')),
      );
    const all = await visible();
    expect(all.length).toBe(await page.locator('li.chrono-entry').count());
    await page.getByLabel('The Dawes Report (1924)').check();
    const dawes = await visible();
    expect(dawes.length).toBeGreaterThan(5);
    expect(dawes.length).toBeLessThan(all.length);
    for (const d of dawes) expect(d!.split(' ')).toContain('the-dawes-report');
    expect(await page.locator('section.chrono-year:has(h2#y1945)').isVisible()).toBe(false); // no Dawes entry in 1945
    expect(await page.locator('section.chrono-year:has(h2#y1922)').isVisible()).toBe(true);
    await page.getByLabel('all texts').check();
    expect((await visible()).length).toBe(all.length);
  });

  test('an entry leads to its paragraph, highlighted', async () => {
    const { page } = await site.open('/chronology/');
    await page.locator('#in-tempestuous-times-part-four-date-12 .chrono-source a').click();
    await page.waitForURL(/\/documents\/in-tempestuous-times-part-four\/#p61$/);
    expect(await page.locator('#p61').evaluate((p) => p.matches(':target'))).toBe(true);
    expect(await page.locator('#p61 .date-hebrew').first().textContent()).toContain('the seventh of Av 5705');
  });

  test('at phone width the page does not scroll sideways; the overview scrolls in its own box', async () => {
    const { page } = await site.open('/chronology/', { viewport: { width: 390, height: 844 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('.chrono-overview .strip-scroll').evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
  });
});

describe('a Hebrew date in the reader', () => {
  test('shows its Gregorian conversion on keyboard focus and on hover', async () => {
    const { page } = await site.open('/documents/in-tempestuous-times-part-four/#p61');
    const date = page.locator('#p61 .date-hebrew').first();
    // with script, the reader's one popover shows the conversion (src/client/popover.ts); the note's words are its label
    const tip = page.locator('#reader-popover');
    expect(await tip.isVisible()).toBe(false);
    await date.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('7 Av 5705 = Tuesday, 17 July 1945');
    await page.locator('h1').first().click();
    await expect.poll(() => tip.isVisible()).toBe(false);
    await date.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
  });
});
