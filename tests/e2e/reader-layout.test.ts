// The reader on phones and the one popover: one popover at a time and inside a 320 px screen (mentions, emendations,
// Hebrew dates, editorial notes, nested ones), editorial notes in place, the first words of every text on the first
// screen of a 390 × 844 phone, no horizontal scrolling at 320 px on any kind of page, the menu and the view toggles
// without JavaScript. The documents come from content/documents/, the pages from dist/.
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type Site } from '../support/site.ts';
import { builtPages, documentIds } from '../support/dist.ts';
import { plainMarkdown } from '../../scripts/lib/plain-markdown.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const documents = documentIds();
const narrowPhone = { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true };
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Everything that shows a note over the text (the script's popover, and the CSS notes of emendations and dates), as the reader sees it: displayed, with a size. */
function openPopovers(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.popover, .em-note, .date-note')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return getComputedStyle(el).display !== 'none' && r.width > 0 && r.height > 0;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent.replace(/\s+/g, ' ').trim(), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
  );
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The marks of the text that carry a note, by kind; a page may lack some kinds. */
const marks = {
  mention: '.doc-text a.mention',
  emendation: '.doc-text .emendation > .corr',
  date: '.doc-text .date-hebrew',
  'editorial note': '.doc-text sup.edref a',
  'emendation inside a name': '.doc-text a.mention .emendation > .corr',
  'name inside a date': '.doc-text .date-hebrew a.mention',
};

/**
 * Scrolls the rightmost element of `selector` (the one whose popover has least room) into view and returns a point
 * on it whose innermost mark is that element itself (not a name inside a date), or null if the page has none.
 */
function pointOnRightmost(page: Page, selector: string) {
  return page.evaluate(async (selector) => {
    const innermost = 'a.mention, .emendation > .corr, .date-hebrew, sup.edref a';
    const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0);
    if (candidates.length === 0) return null;
    const rightmost = candidates.reduce((a, b) =>
      Math.max(...[...b.getClientRects()].map((r) => r.right)) > Math.max(...[...a.getClientRects()].map((r) => r.right)) ? b : a,
    );
    rightmost.scrollIntoView({ block: 'center', behavior: 'instant' });
    // paragraphs that come into view are laid out now (content-visibility): let the page settle, then measure
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    rightmost.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (const r of [...rightmost.getClientRects()].reverse()) {
      for (let x = r.right - 2; x > r.left; x -= 3) {
        const y = r.top + r.height / 2;
        if (document.elementFromPoint(x, y)?.closest(innermost) === rightmost) {
          rightmost.dataset.testTapped = '';
          return { x, y };
        }
      }
    }
    return null;
  }, selector);
}

/**
 * Entity names by the address a mention links to, from the authority files in content/ (not from the page):
 * `/<folder>/<id>/`, and `/glossary/#<id>` for glossary terms.
 */
const entityNames: Record<string, string> = Object.fromEntries(
  ['people', 'places', 'organizations', 'events', 'glossary'].flatMap((folder) =>
    readdirSync(`content/${folder}`)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => {
        const id = f.replace(/\.ya?ml$/, '');
        // a glossary entry's name is its `term`
        const record = parseYaml(readFileSync(`content/${folder}/${f}`, 'utf8')) as { name?: string; term?: string };
        return [folder === 'glossary' ? `/glossary/#${id}` : `/${folder}/${id}/`, record.name ?? record.term ?? ''];
      }),
  ),
);

/**
 * The texts a tapped mark's popover must show: a name's entity name (from content/), and the notes of emendations,
 * dates and editorial notes that the page carries (what the reader would otherwise open).
 */
function expectedTexts(page: Page) {
  return page.evaluate((names) => {
    const el = document.querySelector<HTMLElement>('[data-test-tapped]')!;
    delete el.dataset.testTapped;
    const texts: string[] = [];
    // a note's text is its aria-label (or, in older markup, its content)
    const noteText = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim();
    const note = (id: string | undefined) => id && texts.push(noteText(document.getElementById(id)!));
    const described = (e: Element, prefix: string) =>
      e
        .getAttribute('aria-describedby')
        ?.split(' ')
        .find((i) => i.startsWith(prefix));
    const mention = el.closest('a.mention');
    if (mention) {
      texts.push(names[mention.getAttribute('href')!] ?? '');
      texts.push(document.getElementById(described(mention, 'entity-note-')!)!.textContent.trim());
    }
    const emendation = el.closest('.emendation');
    if (emendation) texts.push(noteText(emendation.querySelector('.em-note')!));
    const date = el.closest('.date-hebrew');
    if (date) note(described(date, 'date-note-'));
    if (el.matches('sup.edref a')) {
      const item = document.getElementById(decodeURIComponent((el as HTMLAnchorElement).hash.slice(1)))!.cloneNode(true) as HTMLElement;
      item.querySelector('[data-footnote-backref]')?.remove();
      texts.push(item.textContent.replace(/\s+/g, ' ').trim());
    }
    return texts;
  }, entityNames);
}

describe('one popover at a time, inside a 320 px screen', () => {
  test.each(documents)('%s: tapping each kind of mark in turn shows one popover, on screen, with that mark’s notes', async (doc) => {
    const { page } = await site.open(`/documents/${doc}/`, narrowPhone);
    await page.waitForFunction(() => document.readyState === 'complete');
    let tapped = 0;
    for (const [kind, selector] of Object.entries(marks)) {
      const point = await pointOnRightmost(page, selector);
      if (!point) continue;
      tapped++;
      const expected = await expectedTexts(page);
      await page.touchscreen.tap(point.x, point.y);
      await expect.poll(async () => `${kind}: ${(await openPopovers(page)).length} open`).toBe(`${kind}: 1 open`);
      const [open] = await openPopovers(page);
      for (const text of expected) {
        expect(text, `${kind}: the note the page carries`).not.toBe('');
        expect(open.text, kind).toContain(text);
      }
      expect(open.left, `${kind}: left edge`).toBeGreaterThanOrEqual(0);
      expect(open.right, `${kind}: right edge`).toBeLessThanOrEqual(320);
      expect(open.top, `${kind}: top edge`).toBeGreaterThanOrEqual(0);
      expect(open.bottom, `${kind}: bottom edge`).toBeLessThanOrEqual(640);
      expect(await horizontalOverflow(page), kind).toBeLessThanOrEqual(0);
      expect(new URL(page.url()).pathname, `${kind}: the tap stays on the page`).toBe(`/documents/${doc}/`);
    }
    // every text has names; the others have notes, emendations or dates as well
    expect(tapped).toBeGreaterThanOrEqual(3);
  });

  test('hovering an emendation and then focusing a name: still one popover', async () => {
    const doc = documents.find((d) => readFileSync(`content/documents/${d}.md`, 'utf8').includes(':sic['))!;
    const { page } = await site.open(`/documents/${doc}/`);
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.locator(marks.emendation).first().hover();
    await expect.poll(async () => (await openPopovers(page)).length).toBe(1);
    await page.locator(marks.mention).first().focus();
    await expect.poll(async () => (await openPopovers(page)).map((p) => p.text.slice(0, 20))).toHaveLength(1);
  });
});

/** Documents with editorial notes, and the first note's label, from the Markdown: `[^label]` in the text. */
const withNotes = documents.filter((d) => /\[\^[^\]]+\](?!:)/.test(readFileSync(`content/documents/${d}.md`, 'utf8')));

describe('editorial notes open in place', () => {
  test.each(withNotes)('%s: a click shows the note’s text without leaving the place; "Go to note" goes to it', async (doc) => {
    const { page } = await site.open(`/documents/${doc}/`);
    await page.waitForFunction(() => document.readyState === 'complete');
    const mark = page.locator(marks['editorial note']).first();
    const target = decodeURIComponent((await mark.getAttribute('href'))!.slice(1));
    const noteText = await page
      .locator(`[id="${target}"]`)
      .evaluate((li) => (li.querySelector('p')?.firstChild?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60));
    await mark.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await mark.click();
    const popover = page.locator('#reader-popover');
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect((await popover.textContent())!.replace(/\s+/g, ' ')).toContain(noteText);
    expect(await popover.textContent()).toContain(`Editorial note ${await mark.textContent()}`);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await popover.getByRole('link', { name: 'Go to note' }).click();
    expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent(target)}`);
    await expect.poll(() => page.locator(`[id="${target}"]`).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(300);
    await expect.poll(() => popover.isVisible()).toBe(false);
  });

  test('a tap on a phone opens it in place; keyboard focus opens it and Enter jumps to the note', async () => {
    const doc = withNotes[0];
    const { page } = await site.open(`/documents/${doc}/`, phone);
    await page.waitForFunction(() => document.readyState === 'complete');
    const mark = page.locator(marks['editorial note']).first();
    const popover = page.locator('#reader-popover');
    await mark.tap();
    await expect.poll(() => popover.isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    const box = (await popover.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);

    const { page: desk } = await site.open(`/documents/${doc}/`);
    await desk.waitForFunction(() => document.readyState === 'complete');
    const deskMark = desk.locator(marks['editorial note']).first();
    await deskMark.focus();
    await expect.poll(() => desk.locator('#reader-popover').isVisible()).toBe(true);
    expect(await desk.evaluate(() => document.activeElement?.closest('sup.edref') !== null)).toBe(true);
    await desk.keyboard.press('Enter');
    expect(new URL(desk.url()).hash).toBe(await deskMark.getAttribute('href'));
  });

  test('without JavaScript the mark jumps to the note and the back-link returns', async () => {
    const doc = withNotes[0];
    const { page } = await site.open(`/documents/${doc}/`, { javaScriptEnabled: false });
    const mark = page.locator(marks['editorial note']).first();
    const href = (await mark.getAttribute('href'))!;
    await mark.click();
    expect(new URL(page.url()).hash).toBe(href);
    await page.locator(`[id="${decodeURIComponent(href.slice(1))}"] a[data-footnote-backref]`).click();
    expect(new URL(page.url()).hash).toBe(`#${await mark.getAttribute('id')}`);
  });
});

/** The first words of a text's first paragraph, from its Markdown (directives stripped), not from the page. */
function firstWords(doc: string, count: number): string {
  const source = readFileSync(`content/documents/${doc}.md`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraph = plainMarkdown(source)
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .find((b) => b && !/^(#|\*\*\*|\[\^)/.test(b))!;
  return paragraph
    .replace(/\[\^[^\]]+\]|[*_]/g, '')
    .split(/\s+/)
    .slice(0, count)
    .join(' ');
}

describe('phones', () => {
  // with the reader's motion preference left as browsers ship it (smooth scrolling allowed), not the tests' default
  const moving = { ...phone, reducedMotion: 'no-preference' as const };
  /** Where an element's top stands in the screen (px), once two readings half a second apart agree. */
  async function settledTop(page: Page, id: string): Promise<number> {
    const top = () => page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), id);
    let last = Number.NaN;
    for (let i = 0; i < 12; i++) {
      await page.waitForTimeout(500);
      const now = await top();
      if (now === last) return now;
      last = now;
    }
    return last;
  }

  test.each(documents)('%s: a link to a paragraph far down the text lands on it (opened, and followed in the page)', async (doc) => {
    const { page } = await site.open(`/documents/${doc}/`, moving);
    const ids = await page.evaluate(() => [...document.querySelectorAll('.doc-text .passage')].map((p) => p.id));
    const [middle, last] = [ids[Math.floor(ids.length / 2)], ids[ids.length - 1]];
    for (const hash of [`#${middle}`, `#${middle}:~:text=words-in-no-paragraph`]) {
      const opened = await site.open(`/documents/${doc}/${hash}`, moving);
      const top = await settledTop(opened.page, middle);
      expect(top, `${hash}: the paragraph's top on the screen`).toBeGreaterThanOrEqual(-1);
      expect(top, `${hash}: the paragraph's top on the screen`).toBeLessThan(120);
    }
    await page.evaluate((id) => (location.hash = `#${id}`), last);
    const top = await settledTop(page, last);
    expect(top, `#${last} followed in the page`).toBeGreaterThanOrEqual(-1);
    expect(top, `#${last} followed in the page`).toBeLessThan(120);
  });

  test.each(documents)('%s: the first words of the text are on the first screen of a 390 × 844 phone', async (doc) => {
    const words = firstWords(doc, 3);
    const { page } = await site.open(`/documents/${doc}/`, phone);
    const rect = await page.evaluate((words) => {
      const p = document.querySelector('.doc-text .passage')!;
      // the words as the reader sees them: the paragraph's text outside its apparatus (number, page label, tools)
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) =>
          n.parentElement?.closest('[data-apparatus], .sic, .em-note, .date-note') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      const nodes: Text[] = [];
      let text = '';
      while (walker.nextNode()) {
        nodes.push(walker.currentNode as Text);
        text += walker.currentNode.nodeValue;
      }
      const at = text.replace(/\s/g, ' ').indexOf(words);
      if (at < 0) return { found: text.slice(0, 80) };
      const range = document.createRange();
      let offset = 0;
      for (const node of nodes) {
        const end = offset + node.length;
        if (offset <= at && at < end) range.setStart(node, at - offset);
        if (offset < at + words.length && at + words.length <= end) range.setEnd(node, at + words.length - offset);
        offset = end;
      }
      const r = range.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: window.innerHeight };
    }, words);
    expect(rect, `"${words}" in the first paragraph`).toHaveProperty('bottom');
    expect(rect.top).toBeGreaterThanOrEqual(0);
    expect(rect.bottom).toBeLessThanOrEqual(844);
  });

  test.each(documents)('%s: on a phone, a link to the last paragraph lands on it, highlighted', async (doc) => {
    const { page } = await site.open(`/documents/${doc}/`, phone);
    const last = await page.locator('.doc-text .passage').last().getAttribute('id');
    await page.goto(`${site.url}/documents/${doc}/#${last}`);
    const target = page.locator(`[id="${last}"]`);
    await expect.poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
    await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('the site menu folds into "Menu" on a phone without JavaScript, and is open on a wide screen', async () => {
    const { page } = await site.open('/about/', { ...phone, javaScriptEnabled: false });
    const people = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'People' });
    expect(await people.isVisible()).toBe(false);
    await page.getByText('Menu', { exact: true }).tap();
    await expect.poll(() => people.isVisible()).toBe(true);
    await people.tap();
    await page.waitForURL('**/people/');

    const { page: wide } = await site.open('/about/', { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    expect(await wide.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'People' }).isVisible()).toBe(true);
    expect(await wide.getByText('Menu', { exact: true }).isVisible()).toBe(false);
  });
});

/** One built page of each kind (the path with its id replaced), every reading page, and the 404 page. */
function onePagePerKind(): string[] {
  const byKind = new Map<string, string>();
  for (const { path } of builtPages()) {
    const parts = path.split('/');
    const kind = parts.length > 3 ? [parts[1], '*', ...parts.slice(3)].join('/') : path;
    if (!byKind.has(kind)) byKind.set(kind, path);
  }
  return [...new Set([...byKind.values(), ...documents.map((d) => `/documents/${d}/`)])].sort();
}

describe('320 px', () => {
  const pages = onePagePerKind();
  test('the page list covers every kind of page', () => {
    for (const path of ['/', '/about/', '/search/', '/map/', '/chronology/', '/data/', '/glossary/', '/people/', '/404.html'])
      expect(pages).toContain(path);
    for (const kind of ['people', 'places', 'organizations', 'events'])
      expect(pages.some((p) => new RegExp(`^/${kind}/[^/]+/$`).test(p))).toBe(true);
    for (const sub of ['cite/', 'source/']) expect(pages.some((p) => p.startsWith('/documents/') && p.endsWith(sub))).toBe(true);
  });

  test.each(pages)('%s reflows without horizontal scrolling', async (path) => {
    const { page } = await site.open(path, narrowPhone);
    const overflow = await horizontalOverflow(page);
    // for the message: the shown elements that stick out past the right edge of the screen
    const wide =
      overflow > 0
        ? await page.evaluate(() =>
            [...document.querySelectorAll('body *')]
              .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
              .slice(0, 8)
              .map(
                (el) =>
                  `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '')} ${Math.round(el.getBoundingClientRect().right)}px`,
              ),
          )
        : [];
    expect(overflow, wide.join('; ')).toBeLessThanOrEqual(0);
  });

  test('the search box in the header has a row of its own, and fills it', async () => {
    const { page } = await site.open('/', narrowPhone);
    const [header, box, name] = await Promise.all(
      ['.site-header', '#site-search-q', '.site-name'].map(async (s) => (await page.locator(s).boundingBox())!),
    );
    const padding = await page.locator('.site-header').evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft) * 2);
    expect(box.y).toBeGreaterThanOrEqual(name.y + name.height);
    expect(box.width).toBeGreaterThanOrEqual(header.width - padding - 1);
  });

  test.each([narrowPhone, phone])('the header search box shows its whole placeholder ($viewport.width px)', async (size) => {
    const { page } = await site.open('/', size);
    const room = await page.locator('#site-search-q').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const inner = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: input.placeholder, inner, needed: context.measureText(input.placeholder).width };
    });
    expect(room.text).not.toBe('');
    expect(room.needed, `"${room.text}" in ${Math.round(room.inner)} px`).toBeLessThanOrEqual(room.inner);
  });
});

describe('view toggles without JavaScript', () => {
  test.each(documents.filter((d) => readFileSync(`content/documents/${d}.md`, 'utf8').includes(':sic[')))(
    '%s: "as transcribed" and the highlighting of names switch by mouse and by keyboard',
    async (doc) => {
      const { page } = await site.open(`/documents/${doc}/`, { javaScriptEnabled: false });
      const sic = page.locator('.doc-text .emendation .sic').first();
      const corr = page.locator('.doc-text .emendation .corr').first();
      const mention = page.locator('.doc-text a.mention').first();
      const border = () => mention.evaluate((el) => getComputedStyle(el).borderBottomColor);
      expect([await sic.isVisible(), await corr.isVisible()]).toEqual([false, true]);
      await page.locator('label', { hasText: 'as transcribed' }).click();
      expect([await sic.isVisible(), await corr.isVisible()]).toEqual([true, false]);
      // keyboard: the radio group takes the arrow keys
      await page.getByLabel('as transcribed (diplomatic)').focus();
      await page.keyboard.press('ArrowLeft');
      expect(await page.getByLabel('as edited (reading text)').isChecked()).toBe(true);
      expect([await sic.isVisible(), await corr.isVisible()]).toEqual([false, true]);
      const on = await border();
      await page.getByLabel(/Highlight names/).focus();
      await page.keyboard.press('Space');
      expect(await border()).toBe('rgba(0, 0, 0, 0)');
      expect(on).not.toBe('rgba(0, 0, 0, 0)');
      await page.locator('label', { hasText: 'Highlight names' }).click();
      expect(await border()).toBe(on);
    },
  );
});
