// Wording from counts: the pages say how many texts the archive has from content/, never a fixed number; the
// reader's contents box mentions only the apparatus the text has.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { builtPages, loadPage } from '../support/dist.ts';

const files = readdirSync('content/documents').filter((f) => f.endsWith('.md'));
const count = files.length;
// the site's style: words up to ten, figures above
const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const said = count <= 10 ? words[count] : String(count);
const capital = said.charAt(0).toUpperCase() + said.slice(1);
const plural = count === 1 ? '' : 's';

describe('the number of texts', () => {
  test(`the home page and the footer say ${said} (counted in content/documents)`, () => {
    const home = loadPage('/');
    expect(home.querySelector('h1')!.textContent).toBe(`${capital} text${plural}, edited for reading and citing`);
    expect(home.querySelector('.lede')!.textContent).toContain(`A small archive of ${said} historical text${plural},`);
    expect(home.querySelector('meta[name=description]')!.getAttribute('content')).toMatch(
      new RegExp(`^${capital} historical text${plural}, `),
    );
    for (const path of ['/', '/about/', '/map/', '/people/'])
      expect(loadPage(path).querySelector('.site-footer')!.textContent, path).toContain(
        `A scholarly digital edition of ${said} historical text${plural}.`,
      );
  });

  test('no page states another number of texts', () => {
    const numbers = [...words.slice(1), '\\d+'].join('|');
    const claim = new RegExp(`\\b(${numbers}) (?:historical |source )?texts\\b`, 'gi');
    const wrong: string[] = [];
    for (const { path, file } of builtPages()) {
      // an entity's own count ("2 in 2 texts") is about the entity, not the archive
      const html = readFileSync(file, 'utf8')
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<span class="count">[^<]*<\/span>/g, '');
      for (const m of html.matchAll(claim)) if (m[1].toLowerCase() !== said.toLowerCase()) wrong.push(`${path}: “${m[0]}”`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("the reader's contents box", () => {
  for (const f of files) {
    const id = f.slice(0, -3);
    const source = readFileSync(`content/documents/${f}`, 'utf8');
    const front = parse(source.split(/^---$/m)[1]) as { firstPage?: number };
    const breaks = source.split('\n').filter((l) => /^\s*(\*\s*){3,}$/.test(l)).length;
    const paginated = front.firstPage !== undefined || /:pb\{/.test(source);
    const callouts = /:noteref\{/.test(source);
    test(`${id}: mentions section breaks (${breaks}), printed pages (${paginated}) and note callouts (${callouts}) only if it has them`, () => {
      const box = loadPage(`/documents/${id}/`).querySelector('.doc-contents')!.textContent.replace(/\s+/g, ' ');
      expect(box.includes('⁂'), 'section breaks').toBe(breaks > 0);
      if (breaks > 0) expect(box).toContain(`${breaks <= 10 ? words[breaks] : breaks} section break${breaks === 1 ? '' : 's'}`);
      expect(box.includes('printed pages'), 'printed pages').toBe(paginated);
      expect(box.includes('note callouts'), 'note callouts').toBe(callouts);
    });
  }
});
