// Quote it, find it, link to the words (issue 14): in Chromium, for every text with a witness, copying the reading text
// gives the source's words with single spaces, no apparatus (paragraph and page numbers, note callouts and marks,
// tooltips, paragraph tools); find-in-page and #:~:text= links match across page breaks; "Link to this quote" round
// trip; "Copy quote with citation". The expected words come from the witness (tests/support/witness.ts: the rule of
// tests/build/fidelity.test.ts, callouts left out), never from the page's code.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type Site } from '../support/site.ts';
import { applyEmendations, calloutCount, emendations, withoutCallouts, witnessDocuments, wordsOf } from '../support/witness.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const documents = witnessDocuments();
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

async function openWithClipboard(path: string, options = {}) {
  const opened = await site.open(path, options);
  await opened.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  return opened;
}

/** The blocks of the text (headings and paragraphs, not the editorial notes), each selected and copied on its own. */
async function copyBlocks(page: Page): Promise<string[]> {
  const count = await page.locator('.doc-text :is(h1, h2, h3, h4, h5, h6, p):not(.footnotes *)').count();
  const copies: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.evaluate((i) => {
      const block = document.querySelectorAll('.doc-text :is(h1, h2, h3, h4, h5, h6, p):not(.footnotes *)')[i];
      const range = document.createRange();
      range.selectNodeContents(block);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, i);
    await page.keyboard.press('Control+C');
    copies.push(await page.evaluate(() => navigator.clipboard.readText()));
  }
  return copies;
}

/** Lines of copied text with something other than single spaces between words (or at their ends). */
const badSpacing = (copied: string) => copied.split('\n').filter((line) => line !== collapse(line));
/** Lines of copied text with something other than single spaces between words (a range may end on a space). */
const badInnerSpacing = (copied: string) => copied.split('\n').filter((line) => /\S\s{2,}\S|\t/.test(line));

for (const doc of documents) {
  const path = `/documents/${doc.id}/`;
  const body = withoutCallouts(wordsOf(doc.lines, doc.witness.body));
  const pairs = emendations(doc.markdown);

  describe(`copying ${doc.id}`, () => {
    test('the witness scan finds every note callout of the Markdown', () => {
      expect(body.callouts.map((c) => c.n)).toEqual(Array.from({ length: calloutCount(doc.markdown) }, (_, i) => i + 1));
    });

    test('each heading and paragraph, copied whole, gives the witness’s words with single spaces (both views)', async () => {
      const { page } = await openWithClipboard(path);
      await page.getByLabel('as transcribed (diplomatic)').check();
      const source = await copyBlocks(page);
      for (const c of source) expect(badSpacing(c), `single spaces in “${c.slice(0, 60)}…”`).toEqual([]);
      expect(source.flatMap((c) => c.split(/\s+/).filter(Boolean))).toEqual(body.words);

      await page.getByLabel('as edited (reading text)').check();
      const reading = await copyBlocks(page);
      expect(reading.length).toBe(source.length);
      let next = 0;
      for (const [i, r] of reading.entries()) {
        expect(badSpacing(r)).toEqual([]);
        const used = applyEmendations(collapse(source[i]), collapse(r), pairs, next);
        expect(used, `block ${i + 1}: “${r.slice(0, 60)}…”`).toBeTypeOf('number');
        next = used as number;
      }
      expect(next, 'every emendation of the Markdown is in the copied reading text').toBe(pairs.length);
    });

    test('a range from inside one paragraph to inside the next, across page labels and note marks, copies the witness’s words', async () => {
      const { page } = await openWithClipboard(path);
      // the first paragraph holding apparatus inside its words (a page label or a note mark), and the one before it
      const target = await page.evaluate(() => {
        const blocks = Array.from(document.querySelectorAll('.doc-text :is(h1, h2, h3, h4, h5, h6, p):not(.footnotes *)'));
        const marks = '.pb, sup.noteref, sup.edref';
        const score = (b: Element) => new Set(Array.from(b.querySelectorAll(marks), (m) => m.className)).size;
        const best = blocks.reduce((a, b, i) => (i > 0 && score(b) > score(blocks[a]) ? i : a), 1);
        return { index: best, kinds: Array.from(new Set(Array.from(blocks[best].querySelectorAll(marks), (m) => m.className))) };
      });
      expect(target.kinds.length, 'a paragraph with apparatus inside it').toBeGreaterThan(0);
      // word positions in the blocks: counted from the diplomatic copies, which the test above ties to the witness
      await page.getByLabel('as transcribed (diplomatic)').check();
      const blockWords = (await copyBlocks(page)).map((c) => c.split(/\s+/).filter(Boolean).length);
      const offset = blockWords.slice(0, target.index - 1).reduce((a, b) => a + b, 0);
      const from = { block: target.index - 1, word: Math.min(2, blockWords[target.index - 1] - 1) };
      const to = { block: target.index, word: blockWords[target.index] - 1 }; // up to, not including, its last word
      const expected = body.words.slice(offset + from.word, offset + blockWords[target.index - 1] + to.word);

      const selectWords = (args: { from: typeof from; to: typeof to }) => {
        const blocks = Array.from(document.querySelectorAll('.doc-text :is(h1, h2, h3, h4, h5, h6, p):not(.footnotes *)'));
        // the n-th word start of a block's visible text, as a DOM position
        const wordStart = (block: Element, n: number): [Text, number] => {
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          let seen = -1;
          let inWord = false;
          for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
            if (!t.parentElement!.checkVisibility()) continue;
            for (let i = 0; i < t.data.length; i++) {
              const space = /\s/.test(t.data[i]);
              if (!space && !inWord && ++seen === n) return [t, i];
              inWord = !space;
            }
          }
          throw new Error(`no word ${n}`);
        };
        const range = document.createRange();
        range.setStart(...wordStart(blocks[args.from.block], args.from.word));
        range.setEnd(...wordStart(blocks[args.to.block], args.to.word));
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      };
      const source = await page
        .evaluate(() => navigator.clipboard.writeText(''))
        .then(async () => {
          await page.evaluate(selectWords, { from, to });
          await page.keyboard.press('Control+C');
          return page.evaluate(() => navigator.clipboard.readText());
        });
      expect(badInnerSpacing(source)).toEqual([]);
      expect(source.split(/\s+/).filter(Boolean)).toEqual(expected);

      await page.getByLabel('as edited (reading text)').check();
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await page.evaluate(selectWords, { from, to });
      await page.keyboard.press('Control+C');
      const reading = await page.evaluate(() => navigator.clipboard.readText());
      // the reading copy is the source copy with a run of the Markdown's emendations, in order, and nothing else
      const runs = Array.from({ length: pairs.length + 1 }, (_, k) => applyEmendations(collapse(source), collapse(reading), pairs, k));
      expect(
        runs.some((r) => typeof r === 'number'),
        `reading copy: ${String(runs[0])}`,
      ).toBe(true);
    });
  });
}

// Printed page breaks inside a paragraph: content/witnesses/README.md, a body line that starts with a space begins a
// printed page. The phrase is the last two words before the break and the first two after it (callouts left out).
const paged = documents.flatMap((doc) => {
  const firstPage = /^firstPage: (\d+)$/m.exec(doc.markdown)?.[1];
  if (!firstPage) return [];
  const [first, last] = doc.witness.body;
  const starts = doc.lines.flatMap((line, i) => (i + 1 > first && i + 1 <= last && /^ \S/.test(line) ? [i + 1] : []));
  return starts.map((line, k) => {
    const strip = (ws: string[]) => withoutCallouts(ws).words.filter((w) => !/^\d+$/.test(w) || ws.length < 3);
    const before = strip(wordsOf(doc.lines, [line - 1, line - 1])).slice(-2);
    const after = strip(wordsOf(doc.lines, [line, line])).slice(0, 2);
    return { doc, page: Number(firstPage) + k + 1, phrase: [...before, ...after].join(' ') };
  });
});

describe('find-in-page and text-fragment links across printed page breaks', () => {
  test('the witnesses mark page breaks for the paginated texts', () => {
    expect(paged.length).toBeGreaterThan(0);
  });

  test('window.find finds each phrase across a page break inside a paragraph, at that page break', async () => {
    const docs = [...new Set(paged.map((p) => p.doc))];
    for (const doc of docs) {
      const { page } = await site.open(`/documents/${doc.id}/`);
      for (const { page: n, phrase } of paged.filter((p) => p.doc === doc)) {
        const result = await page.evaluate(
          ({ n, phrase }) => {
            const pb = document.getElementById(`page-${n}`)!;
            const block = pb.closest('p, h1, h2, h3, h4, h5, h6')!;
            const range = document.createRange();
            range.setStart(block, 0);
            range.setEndBefore(pb);
            if (range.toString().trim() === '') return 'starts a block';
            getSelection()!.removeAllRanges();
            // window.find is non-standard but what Chromium's find-in-page runs on
            const found = (window as unknown as { find(s: string): boolean }).find(phrase);
            return found && getSelection()!.getRangeAt(0).comparePoint(pb, 0) === 0 ? 'found at the break' : `not found (${found})`;
          },
          { n, phrase },
        );
        if (result !== 'starts a block') expect(result, `“${phrase}” across p. ${n}`).toBe('found at the break');
      }
    }
  });

  test('a #:~:text= link to a phrase across a page break scrolls to it (Siberia ¶ 5: “agreements of May 1918”, p. 89)', async () => {
    const across = paged.filter((p) => p.phrase.split(' ').length === 4);
    for (const { doc, page: n, phrase } of across.slice(0, 4)) {
      const { page } = await site.open(`/documents/${doc.id}/#:~:text=${encodeURIComponent(phrase).replace(/-/g, '%2D')}`);
      const midBlock = await page.evaluate((n) => {
        const pb = document.getElementById(`page-${n}`)!;
        const range = document.createRange();
        range.setStart(pb.closest('p, h1, h2, h3, h4, h5, h6')!, 0);
        range.setEndBefore(pb);
        return range.toString().trim() !== '';
      }, n);
      if (!midBlock) continue;
      await expect
        .poll(() => page.evaluate((n) => document.getElementById(`page-${n}`)!.getBoundingClientRect().top, n), { timeout: 3000 })
        .toBeGreaterThan(0);
      const top = await page.evaluate((n) => document.getElementById(`page-${n}`)!.getBoundingClientRect().top, n);
      expect(top, `“${phrase}” (p. ${n}) is on screen`).toBeLessThan(await page.evaluate(() => innerHeight));
      expect(await page.evaluate(() => scrollY), `the page moved to “${phrase}”`).toBeGreaterThan(200);
    }
  });
});

const siberia = documents.find((d) => /^firstPage:/m.test(d.markdown) && calloutCount(d.markdown) > 0)!;

describe('Link to this quote', () => {
  // words of Siberia ¶ 5 that cross the start of printed page 89, from its witness (lines 54–55)
  const quote = () => {
    const line = siberia.lines.findIndex((l) => /^ of May 1918/.test(l)) + 1;
    return [...wordsOf(siberia.lines, [line - 1, line - 1]).slice(-2), ...wordsOf(siberia.lines, [line, line]).slice(0, 3)].join(' ');
  };

  async function selectQuote(page: Page, words: string) {
    await page.evaluate((words) => {
      // find the words' text positions in the visible text of the page's paragraphs
      const nodes: [Text, number][] = [];
      let text = '';
      const walker = document.createTreeWalker(document.querySelector('.doc-text')!, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
        if (!t.parentElement!.checkVisibility()) continue;
        for (let i = 0; i < t.data.length; i++) {
          const ch = /\s/.test(t.data[i]) ? ' ' : t.data[i];
          if (ch === ' ' && text.endsWith(' ')) continue;
          text += ch;
          nodes.push([t, i]);
        }
      }
      const at = text.indexOf(words);
      if (at < 0) throw new Error(`“${words}” not in the page`);
      const range = document.createRange();
      range.setStart(...nodes[at]);
      const [endNode, endOffset] = nodes[at + words.length - 1];
      range.setEnd(endNode, endOffset + 1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    }, words);
  }

  test('selecting words offers the tools below the paragraph, announced and reachable by keyboard; the link opens on the words', async () => {
    const words = quote();
    expect(words).toBe('military agreements of May 1918');
    const { page } = await openWithClipboard(`/documents/${siberia.id}/`);
    await selectQuote(page, words);
    const bar = page.getByRole('group', { name: 'Quote the selected words' });
    await expect.poll(() => bar.count()).toBe(1);
    // placed after the paragraph, not over the words
    expect(await bar.evaluate((el) => el.previousElementSibling?.id)).toBe('p5');
    const box = (await bar.boundingBox())!;
    const p5 = (await page.locator('#p5').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(p5.y + p5.height - 1);
    expect(await page.locator('.live-note').textContent()).toContain('Quote tools below paragraph 5');
    // keyboard: from the paragraph's own tools, Tab reaches the quote tools
    await page.locator('#p5 .passage-tools button').last().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Link to this quote');
    await page.keyboard.press('Enter');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.pathname).toBe(`/documents/${siberia.id}/`);
    expect(url.hash).toMatch(/^#p5:~:text=/);
    // the spec's reserved characters in the terms are percent-encoded: "Sino-Japanese" has its hyphen as %2D
    const directive = url.hash.slice('#p5:~:text='.length);
    expect(directive.split(',').map(decodeURIComponent).join(' | ')).toContain('military agreements of May 1918');
    expect(directive).not.toMatch(/[^,]-[^,]/);
    expect(link).toContain('Sino%2DJapanese');

    // native text fragments: the page opens scrolled to the words
    const opened = await site.open(link.slice(site.url.length));
    await expect.poll(() => opened.page.evaluate(() => scrollY)).toBeGreaterThan(500);
    const top = await opened.page.evaluate(() => document.getElementById('page-89')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(0);
    expect(top).toBeLessThan(await opened.page.evaluate(() => innerHeight));

    // a browser without text fragments: the page's script marks the words from the URL and scrolls to them
    const context = await site.browser.newContext({ reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      delete (Document.prototype as unknown as { fragmentDirective?: unknown }).fragmentDirective;
    });
    const old = await context.newPage();
    await old.goto(link);
    await expect.poll(() => old.locator('mark.quote-hit').count()).toBeGreaterThan(0);
    expect(collapse((await old.locator('mark.quote-hit').allTextContents()).join(''))).toBe(words);
    const markTop = await old
      .locator('mark.quote-hit')
      .first()
      .evaluate((m) => m.getBoundingClientRect().top);
    expect(markTop).toBeGreaterThan(0);
    expect(markTop).toBeLessThan(await old.evaluate(() => innerHeight));
    // marked so that a reader sees it: a background of its own and an outline (the ring of reader-tools.css)
    const style = await old
      .locator('mark.quote-hit')
      .first()
      .evaluate((m) => ({ shadow: getComputedStyle(m).boxShadow, background: getComputedStyle(m).backgroundColor }));
    expect(style.shadow).not.toBe('none');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  test('a long quote becomes start,end; "Copy quote with citation" gives the words and the chosen style’s citation', async () => {
    const { page } = await openWithClipboard(`/documents/${siberia.id}/`);
    // the whole of ¶ 5's second sentence, from the witness: “The Sino-Japanese … unilateral expedition.”
    const line = siberia.lines.findIndex((l) => /^ of May 1918/.test(l)) + 1;
    const sentence = [...wordsOf(siberia.lines, [line - 1, line - 1]).slice(-4), ...wordsOf(siberia.lines, [line, line]).slice(0, 9)].join(
      ' ',
    );
    expect(sentence).toBe('The Sino-Japanese military agreements of May 1918 laid the basis for a unilateral');
    await selectQuote(page, sentence);
    const bar = page.getByRole('group', { name: 'Quote the selected words' });
    await expect.poll(() => bar.count()).toBe(1);
    await bar.getByRole('button', { name: 'Link to this quote' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const terms = link.split(':~:text=')[1].split(',').map(decodeURIComponent);
    // prefix-, start, end, -suffix
    expect(terms).toEqual([
      'sphere of influence.-',
      'The Sino-Japanese military agreements',
      'basis for a unilateral',
      '-expedition. With strong',
    ]);

    await bar.getByLabel('Style').selectOption('APA');
    await bar.getByRole('button', { name: 'Copy quote with citation' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^“The Sino/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // the APA citation of ¶ 5 as the cite page gives it (tests/data/citations.json pins the cite page's texts)
    const { page: cite } = await site.open(`/documents/${siberia.id}/cite/`);
    const apa = cite.locator('#p5 dt', { hasText: /^APA$/ }).locator('xpath=following-sibling::dd[1]').locator('.cite-text');
    const [inText, entry] = (await apa.allTextContents()).map((s) => s.trim());
    expect(copied).toBe(`“${sentence}” ${inText}\n\n${entry}`);
    // the choice is remembered
    const again = await page.evaluate(() => localStorage.getItem('archive-reader:citation-style'));
    expect(again).toBe('APA');
  });
});
