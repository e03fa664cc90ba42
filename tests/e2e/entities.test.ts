// Entities in the browser: popovers (hover, focus, Escape, tap), toggling the highlighting,
// and a mention on an entity page landing on its highlighted paragraph.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const kalmanovitz = '/documents/in-tempestuous-times-part-four/';

describe('entity popovers in the reader', () => {
  test('open on hover with the description and a link to the page; close when the pointer leaves', async () => {
    const { page } = await site.open(kalmanovitz);
    const mention = page.locator('.doc-text a.mention[href="/people/avrohom-kalmanovitz/"]').first();
    await mention.hover();
    const popover = page.locator('#reader-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toContain('Avrohom Kalmanovitz');
    expect(await popover.locator('a').getAttribute('href')).toBe('/people/avrohom-kalmanovitz/');
    await page.mouse.move(5, 5);
    await expect.poll(() => popover.isVisible()).toBe(false);
  });

  test('open on keyboard focus, close on Escape, and never take the focus', async () => {
    const { page } = await site.open(kalmanovitz);
    const mention = page.locator('.doc-text a.mention[href^="/places/"]').first();
    await mention.focus();
    const popover = page.locator('#reader-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('mention'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => popover.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('mention'))).toBe(true);
    await page.keyboard.press('Tab'); // Tab moves on as usual
    expect(await page.evaluate(() => document.activeElement !== null)).toBe(true);
  });

  test('at phone width a tap opens the popover, and its link leads to the entity page', async () => {
    const { page } = await site.open(kalmanovitz, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const mention = page.locator('.doc-text a.mention[href="/people/avrohom-kalmanovitz/"]').first();
    await mention.tap();
    const popover = page.locator('#reader-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(kalmanovitz);
    await popover.locator('a').tap();
    await page.waitForURL('**/people/avrohom-kalmanovitz/');
  });

  test('without JavaScript a mention is simply a link to its page', async () => {
    const { page } = await site.open(kalmanovitz, { javaScriptEnabled: false });
    const mention = page.locator('.doc-text a.mention[href="/people/avrohom-kalmanovitz/"]').first();
    await mention.click();
    await page.waitForURL('**/people/avrohom-kalmanovitz/');
  });

  test('the reader can turn the highlighting of names off and on', async () => {
    const { page } = await site.open(kalmanovitz);
    const mention = page.locator('.doc-text a.mention[href^="/places/"]').first();
    const border = () => mention.evaluate((el) => getComputedStyle(el).borderBottomColor);
    const on = await border();
    await page.getByLabel(/Highlight names/).uncheck();
    const off = await border();
    expect(on).not.toBe(off);
    expect(off).toBe('rgba(0, 0, 0, 0)');
  });
});

describe('map', () => {
  test('markers are links that reach the place pages by keyboard', async () => {
    const { page } = await site.open('/map/');
    const marker = page.locator('#map-world a.marker[href="/places/shanghai/"]');
    await marker.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/places/shanghai/');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/places/shanghai/');
  });

  test('is legible at phone width: no horizontal scrolling', async () => {
    const { page } = await site.open('/map/', { viewport: { width: 360, height: 740 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});

describe('entity pages', () => {
  test('a mention on an entity page lands on its paragraph, highlighted, with the name in it', async () => {
    const { page } = await site.open('/places/shanghai/');
    const first = page.locator('.mentions li').first();
    const sentence = (await first.locator('mark').textContent())!;
    await first.locator('a.mention-where').click();
    await page.waitForURL(/\/documents\/[^/]+\/#p\d+$/);
    const target = page.locator(':target');
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await target.innerText()).toContain(sentence);
  });

  test('an index narrows to one text without JavaScript', async () => {
    const { page } = await site.open('/people/', { javaScriptEnabled: false });
    const rows = page.locator('.index-table tbody tr');
    const all = await rows.count();
    await page.getByLabel('The Dawes Report (1924)').check();
    const visible = await rows.evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).length);
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(all);
  });
});
