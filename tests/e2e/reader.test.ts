// The reader in a real browser: passages by URL, footnotes, the diplomatic toggle, emendation tooltips, no JS.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator } from 'playwright-core';
import { startSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const siberia = '/documents/americas-withdrawal-from-siberia/';
const dawes = '/documents/the-dawes-report/';

const background = () => (el: Element) => getComputedStyle(el).backgroundColor;
/** What CSS draws in an element's ::before or ::after (the apparatus's visible words are generated content). */
const generated = (locator: Locator, pseudo: '::before' | '::after' = '::before') =>
  locator.evaluate((el, p) => getComputedStyle(el, p).content, pseudo);

describe('reader', () => {
  test('landing on #p12 scrolls to paragraph 12 and highlights it (and only it)', async () => {
    const { page } = await site.open(`${siberia}#p12`);
    const p12 = page.locator('#p12');
    await expect.poll(() => p12.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    const highlighted = await p12.evaluate(background());
    const plain = await page.locator('#p13').evaluate(background());
    expect(highlighted).not.toBe(plain);
    expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('paragraph numbers are visible links to the paragraph', async () => {
    const { page } = await site.open(siberia);
    const num = page.locator('#p5 .pnum');
    await expect.poll(() => num.isVisible()).toBe(true);
    expect(await generated(num, '::before')).toBe('"5"');
    expect(await num.textContent()).toBe('');
    await num.click();
    expect(new URL(page.url()).hash).toBe('#p5');
  });

  test('an editorial footnote without JavaScript: jump to the note, and back to the text', async () => {
    // with JavaScript a click opens the note in place (tests/e2e/reader-layout.test.ts)
    const { page } = await site.open(dawes, { javaScriptEnabled: false });
    const ref = page.locator('sup.edref a').first();
    expect(await generated(ref, '::before')).toBe('"[a]"');
    await ref.click();
    expect(new URL(page.url()).hash).toBe('#user-content-fn-heading');
    await expect.poll(() => page.locator('#user-content-fn-heading').isVisible()).toBe(true);
    expect(await page.locator('#user-content-fn-heading').textContent()).toContain('FUNDAMENTAL FEATURES OF THE REPORT');
    await page.locator('#user-content-fn-heading a[data-footnote-backref]').click();
    expect(new URL(page.url()).hash).toBe('#user-content-fnref-heading');
    await expect.poll(() => ref.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
  });

  test('an original note callout leads to the Notes section, and its number back to the text', async () => {
    const { page } = await site.open(siberia);
    await page.locator('#noteref-19').click();
    expect(new URL(page.url()).hash).toBe('#original-note-19');
    await page.locator('#original-note-19 a').click();
    expect(new URL(page.url()).hash).toBe('#noteref-19');
  });

  test('the "as transcribed" toggle shows the source readings; the reading text shows the corrections', async () => {
    const { page } = await site.open(siberia);
    const text = page.locator('.doc-text');
    expect(await text.innerText()).toContain('Austro-German prisoners of war in Siberia');
    expect(await text.innerText()).not.toContain('AustroGerman');
    await page.getByLabel('as transcribed (diplomatic)').check();
    expect(await text.innerText()).toContain('AustroGerman prisoners');
    expect(await text.innerText()).not.toContain('Austro-German prisoners of war in Siberia');
    await page.getByLabel('as edited (reading text)').check();
    expect(await text.innerText()).toContain('Austro-German prisoners of war in Siberia');
  });

  test('an emendation shows the source reading on hover and on keyboard focus, in the popover', async () => {
    const { page } = await site.open(siberia);
    const corr = page.locator('.emendation .corr').first();
    const popover = page.locator('#reader-popover');
    await corr.hover();
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await popover.textContent()).toBe('Source: AustroGerman · Edition: Austro-German');
    await page.mouse.move(0, 0);
    await expect.poll(() => popover.isVisible()).toBe(false);
    await corr.focus();
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(await page.locator('.emendation .em-note').first().isVisible()).toBe(false);
  });

  test('without JavaScript an emendation shows the source reading on hover and on keyboard focus', async () => {
    const { page } = await site.open(siberia, { javaScriptEnabled: false });
    const corr = page.locator('.emendation .corr').first();
    const note = page.locator('.emendation .em-note').first();
    expect(await note.isVisible()).toBe(false);
    await corr.hover();
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await generated(note, '::before')).toBe('"Source: AustroGerman · Edition: Austro-German"');
    await page.mouse.move(0, 0);
    await corr.focus();
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await corr.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
  });

  test('with JavaScript disabled the text, paragraph links and the view toggle all work', async () => {
    const { page } = await site.open(`${siberia}#p3`, { javaScriptEnabled: false });
    expect(await page.locator('.doc-text p.passage').count()).toBe(36);
    expect(await page.locator('#p3').evaluate(background())).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByLabel('as transcribed (diplomatic)').check();
    expect(await page.locator('.doc-text').innerText()).toContain('AustroGerman');
  });

  test('a phone-width screen shows paragraph and page numbers without horizontal scrolling', async () => {
    const { page } = await site.open(siberia, { viewport: { width: 360, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('#page-92').isVisible()).toBe(true);
    expect(await generated(page.locator('#page-92'), '::after')).toBe('"p. 92"');
  });

  test('in the annotated source, a line number leads to the paragraph it produces', async () => {
    const { page } = await site.open(`${siberia}source/`);
    await page.locator('a.line-no[href$="#p12"]').click();
    await page.waitForURL(/americas-withdrawal-from-siberia\/#p12$/);
    expect(await page.locator(':target').getAttribute('id')).toBe('p12');
  });

  test('"Copy link" puts the paragraph URL on the clipboard and says so, visibly and to screen readers', async () => {
    const { page } = await site.open(siberia);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('#p12').hover();
    const button = page.getByRole('button', { name: 'Copy link to paragraph 12' });
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.url}${siberia}#p12`);
    expect(await page.locator('.live-note[role="status"]').textContent()).toBe('Link to paragraph 12 copied.');
    expect(await generated(button, '::before')).toBe('"Copied ✓"');
    expect(await page.locator('.live-note').isVisible()).toBe(true);
  });

  test('without JavaScript "Cite" leads to the paragraph’s citations, where "Copy" copies one', async () => {
    const { page: plain } = await site.open(siberia, { javaScriptEnabled: false });
    await plain.getByRole('link', { name: 'Cite paragraph 12' }).click();
    await plain.waitForURL(/\/cite\/#p12$/);
    const { page } = await site.open(`${siberia}cite/#p12`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const apa = page.locator('#p12 dt', { hasText: 'APA' }).locator('xpath=following-sibling::dd[1]');
    await apa.locator('button').first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('(Takahara, 2013, p. 91, para. 12)');
    expect(await page.locator('.live-note').textContent()).toBe('APA in-text citation copied.');
  });

  test('BibTeX and CSL-JSON are highlighted, and "Copy" adds today as the access date', async () => {
    const { page } = await site.open(`${siberia}cite/#p12`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('#p12 summary', { hasText: 'BibTeX' }).click();
    const bibtex = page.locator('#p12 [data-copy-code="bibtex"]');
    expect(await bibtex.locator('pre.shiki span[style]').count()).toBeGreaterThan(5);
    const today = await page.evaluate(() => {
      const d = new Date();
      return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
    });
    const iso = `${today[0]}-${String(today[1]).padStart(2, '0')}-${String(today[2]).padStart(2, '0')}`;
    await bibtex.getByRole('button', { name: 'Copy this citation as BibTeX' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^@article\{/);
    expect(copied).toContain('url = {http');
    expect(copied.trimEnd()).toMatch(new RegExp(`\\turldate = \\{${iso}\\},\\n\\}$`));
    await page.locator('#p12 [data-copy-code="csl-json"] button').click();
    const csl = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(csl.accessed).toEqual({ 'date-parts': [today] });
    // the item is the article, pp. 87–99 (the witness's pages); the passage's own page is the citation's locator
    expect(csl.page).toBe('87–99');
    expect(await page.locator('.live-note').textContent()).toBe('CSL-JSON copied, with today as the access date.');
  });

  test('a hostile ?highlight= (thousands of words, pattern characters) marks only its first words, at once', async () => {
    const noise = Array.from({ length: 1500 }, (_, i) => `x${i}`).join(' ');
    const { page } = await site.open(`${siberia}?highlight=${encodeURIComponent(`Vladivostok (.*)+ ${noise}`)}#p12`);
    await expect.poll(() => page.locator('mark.search-hit').count()).toBeGreaterThan(0);
    const marked = await page.locator('mark.search-hit').allTextContents();
    expect(new Set(marked.map((m) => m.replace(/[’'].*$/, '')))).toEqual(new Set(['Vladivostok']));
    // the script ran on bounded input: no long task in the page's own work
    const longest = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const seen: number[] = [];
          new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.duration))).observe({
            type: 'longtask',
            buffered: true,
          });
          setTimeout(() => resolve(Math.max(0, ...seen)), 300);
        }),
    );
    expect(longest).toBeLessThan(1000);
  });
});
