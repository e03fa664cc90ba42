// "Cite" opens a paragraph's citations in place (issue 14): the same texts as the cite page, every style, BibTeX and
// CSL-JSON, with copy buttons; without JavaScript it is a link to the cite page (with it, the same link discloses the
// panel, its state in aria-expanded). Every copy button shows that it
// copied (and says so to screen readers), and says so when the browser refuses the clipboard.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type Site } from '../support/site.ts';
import { witnessDocuments } from '../support/witness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const generated = (el: Element) => getComputedStyle(el, '::before').content;

describe('cite in place', () => {
  for (const { id } of witnessDocuments()) {
    test(`${id}: ¶ 3's "Cite" opens the cite page's citations of ¶ 3 below it, with copy buttons that show they copied`, async () => {
      const path = `/documents/${id}/`;
      const { page: cite } = await site.open(`${path}cite/`);
      const expectedTexts = (await cite.locator('#p3 .cite-text').allTextContents()).map((s) => s.trim());
      const expectedCode = await cite.locator('#p3 pre').allTextContents();
      const styles = await cite.locator('#p3 dt').allTextContents();
      expect(styles).toEqual(expect.arrayContaining(['Chicago (notes and bibliography)', 'MLA', 'APA']));

      const { page } = await site.open(path);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      await page.locator('#p3').hover();
      const button = page.getByRole('link', { name: 'Cite paragraph 3', exact: true });
      expect(await button.getAttribute('aria-expanded')).toBeNull();
      await button.click();
      // opened in place: the page stays where it was
      expect(new URL(page.url()).pathname).toBe(path);
      const panel = page.getByRole('region', { name: 'Citations of paragraph 3' });
      await expect.poll(() => panel.locator('.cite-text').count()).toBe(expectedTexts.length);
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await panel.evaluate((el) => el.previousElementSibling?.id)).toBe('p3');
      expect((await panel.locator('.cite-text').allTextContents()).map((s) => s.trim())).toEqual(expectedTexts);
      expect(await panel.locator('pre').allTextContents()).toEqual(expectedCode);
      expect(await panel.locator('dt').allTextContents()).toEqual(styles);
      // a link to the cite page stays for the whole apparatus
      expect(await panel.getByRole('link', { name: 'on the cite page' }).getAttribute('href')).toBe('cite/#p3');

      // copy the APA citation: the clipboard has it, the button says "Copied ✓", the status line says so visibly
      // each copy button is named by its style and its form, so that the two of a style are told apart
      const names = await panel.locator('.cite-text + button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
      expect(new Set(names).size).toBe(names.length);
      expect(names).toEqual(expect.arrayContaining(['Copy this APA in-text citation', 'Copy this APA reference-list entry']));
      const apa = panel.getByRole('button', { name: 'Copy this APA in-text citation' });
      await apa.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedTexts[styles.indexOf('APA') * 2]);
      expect(await apa.evaluate(generated)).toBe('"Copied ✓"');
      const status = page.getByRole('status');
      expect(await status.textContent()).toBe('APA in-text citation copied.');
      expect(await status.isVisible()).toBe(true);
      // BibTeX, with the access date added
      await panel.locator('summary').click();
      await panel.getByRole('button', { name: 'Copy this citation as BibTeX' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@article\{[\s\S]*urldate = \{\d{4}-\d\d-\d\d\}/);

      // Close: the panel hides, the Cite link has the focus again
      await panel.getByRole('button', { name: 'Close the citations of paragraph 3' }).click();
      expect(await panel.isVisible()).toBe(false);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Cite paragraph 3');

      // a double click opens them as one click does; Escape inside closes them and gives the focus back to "Cite"
      await button.dblclick();
      await expect.poll(() => panel.isVisible()).toBe(true);
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      await panel.getByRole('link', { name: 'on the cite page' }).focus();
      await page.keyboard.press('Escape');
      expect(await panel.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Cite paragraph 3');
    });
  }

  test('without JavaScript "Cite" is a link to the paragraph on the cite page, and "Copy link" is not shown', async () => {
    const [{ id }] = witnessDocuments();
    const { page } = await site.open(`/documents/${id}/`, { javaScriptEnabled: false });
    await page.locator('#p3').hover();
    expect(await page.getByRole('button', { name: 'Copy link to paragraph 3' }).count()).toBe(0);
    expect(await page.locator('#p3 .copy-link').isVisible()).toBe(false);
    const link = page.getByRole('link', { name: 'Cite paragraph 3', exact: true });
    expect(await link.getAttribute('href')).toBe('cite/#p3');
    expect(await link.evaluate(generated)).toBe('"Cite"');
    await link.click();
    await page.waitForURL(new RegExp(`/documents/${id}/cite/#p3$`));
    expect(await page.locator('#p3 .cite-text').count()).toBeGreaterThan(3);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in the opened citations, the quote tools and the status line (${colorScheme})`, async () => {
      const [{ id }] = witnessDocuments();
      const { page } = await site.open(`/documents/${id}/`, { colorScheme });
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
      await page.locator('#p3').hover();
      await page.getByRole('link', { name: 'Cite paragraph 3', exact: true }).click();
      await expect.poll(() => page.locator('#cite-p3 .cite-text').count()).toBeGreaterThan(3);
      await page.locator('#cite-p3 .copy-button').first().click();
      await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById('p4')!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await expect.poll(() => page.locator('.quote-tools').count()).toBe(1);
      const results = await new AxeBuilder({ page })
        .include('#cite-p3')
        .include('.quote-tools')
        .include('.live-note')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.passes.length, 'axe looked at the tools').toBeGreaterThan(5);
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('when the browser refuses the clipboard, the button and the status line say so', async () => {
    const [{ id }] = witnessDocuments();
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    const page = await context.newPage();
    await page.goto(`${site.url}/documents/${id}/`);
    await page.locator('#p2').hover();
    const button = page.getByRole('button', { name: 'Copy link to paragraph 2', exact: true });
    await button.click();
    await expect.poll(() => button.evaluate(generated)).toBe('"Not copied"');
    // there are no words of the link to select on the page: it is put in the address bar, and the reader told so
    const status = page.getByRole('status');
    expect(await status.textContent()).toBe(
      'Copying is not allowed here: the address bar now shows the link to paragraph 2; copy it from there.',
    );
    expect(await status.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('#p2');
    await context.close();
  });
});
