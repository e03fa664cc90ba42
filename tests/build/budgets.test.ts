// Performance budgets, held on the built site (sizes, not timings, so they cannot flake):
// - reading a document needs no JavaScript, and all scripts of a reading page together are ≤ 15 KB gzip, of which
//   at most 5 KB run when it loads (the tools are loaded on use);
//   search (Pagefind) is loaded only on the search page;
// - a document page's HTML + CSS (gzip) ≤ 1.5 × the gzip size of its plain text + 20 KB;
// - no web fonts (system font stacks); every image has its size, and is lazy unless it is the page's first.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { builtFiles, builtPages, distDir, loadPage, viewText } from '../support/dist.ts';

const documents = readdirSync('content/documents').map((f) => f.replace(/\.md$/, ''));
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const KB = 1024;

/**
 * A module script and the modules it imports, as files under dist/: statically (`import … from "./x.js"`, run
 * with the page) or, with `dynamic`, also those it loads on use (`import("./x.js")`) and theirs.
 */
function moduleGraph(src: string, dynamic: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(distDir, src), 'utf8');
  const imports = /(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
  const loads = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;
  for (const m of [...code.matchAll(imports), ...(dynamic ? code.matchAll(loads) : [])]) {
    moduleGraph(new URL(m[1], `http://x${src}`).pathname, dynamic, seen);
  }
  return seen;
}

/** The scripts of a page (gzip bytes): those run when it loads, and all of them with those loaded on use. */
function scriptsOf(path: string, dynamic = true) {
  const page = loadPage(path);
  const srcs = Array.from(page.querySelectorAll('script[src]')).map((s) => s.getAttribute('src')!);
  const files = new Set<string>();
  for (const src of srcs) for (const f of moduleGraph(src, dynamic)) files.add(f);
  const bytes = [...files].reduce((n, f) => n + gz(readFileSync(join(distDir, f))), 0);
  return { srcs, files: [...files], bytes };
}

describe('JavaScript on reading pages', () => {
  test.each(documents)('%s: all scripts together (loaded at once and on use) ≤ 15 KB gzip, none of them search', (doc) => {
    const { files, bytes } = scriptsOf(`/documents/${doc}/`);
    const atLoad = scriptsOf(`/documents/${doc}/`, false);
    console.log(
      `[budget] /documents/${doc}/ scripts: ${(atLoad.bytes / KB).toFixed(1)} KB gzip run at load (${atLoad.files.length} files), ` +
        `${(bytes / KB).toFixed(1)} KB with those loaded on use (${files.length} files)`,
    );
    expect(bytes).toBeLessThanOrEqual(15 * KB);
    // the tools (citations, quotes, search-result words) are loaded on use, not with the page
    expect(atLoad.files.length).toBeLessThan(files.length);
    expect(atLoad.bytes).toBeLessThanOrEqual(5 * KB);
    for (const f of files) expect(readFileSync(join(distDir, f), 'utf8')).not.toMatch(/pagefind/i);
  });

  test('the text is in the HTML: reading needs no script (every paragraph is server-rendered)', () => {
    for (const doc of documents) {
      const page = loadPage(`/documents/${doc}/`);
      expect(page.querySelectorAll('.doc-text .passage').length).toBeGreaterThan(0);
      expect(page.querySelector('noscript') ?? page.querySelector('.doc-text')).not.toBeNull();
    }
  });

  test('only the search page loads Pagefind', () => {
    for (const { path } of builtPages()) {
      const html = readFileSync(join(distDir, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
      const { files } = scriptsOf(path);
      const usesPagefind =
        files.some((f) => /pagefind/.test(readFileSync(join(distDir, f), 'utf8'))) || /\/pagefind\//.test(html.replace(/<a [^>]*>/g, ''));
      expect(usesPagefind, path).toBe(path === '/search/');
    }
  });
});

describe('HTML and CSS of document pages', () => {
  test.each(documents)('%s: HTML + CSS gzip ≤ 1.5 × plain text gzip + 20 KB', (doc) => {
    const path = `/documents/${doc}/`;
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const page = loadPage(path);
    const css = Array.from(page.querySelectorAll('link[rel="stylesheet"]')).map((l) =>
      readFileSync(join(distDir, l.getAttribute('href')!), 'utf8'),
    );
    const plain = viewText(page.querySelector('.doc-text')!, 'reading');
    const used = gz(html) + css.reduce((n, c) => n + gz(c), 0);
    const budget = 1.5 * gz(plain) + 20 * KB;
    console.log(
      `[budget] ${path} HTML+CSS ${(used / KB).toFixed(1)} KB gzip; budget ${(budget / KB).toFixed(1)} KB (text ${(gz(plain) / KB).toFixed(1)} KB)`,
    );
    expect(used).toBeLessThanOrEqual(budget);
  });
});

/**
 * Web fonts a built folder ships: font files (.woff, .woff2, .ttf, .otf, .eot) and @font-face rules in its CSS
 * and HTML. The edition uses the reader's system fonts (README, "Budgets"), so there must be none.
 * `scanned` counts the CSS and HTML files read, so that an empty scan cannot pass.
 */
function webFonts(dir: string): { scanned: number; found: string[] } {
  const fontFiles = globSync('**/*.{woff,woff2,ttf,otf,eot}', { cwd: dir, dot: true, caseSensitiveMatch: false });
  const styled = globSync('**/*.{css,html}', { cwd: dir, dot: true });
  const fontFaces = styled.filter((file) => /@font-face/i.test(readFileSync(join(dir, file), 'utf8'))).map((file) => `${file}: @font-face`);
  return { scanned: styled.length, found: [...fontFiles, ...fontFaces].sort() };
}

/**
 * Images that break the budget in the HTML pages of a built folder: every <img> needs width and height (no layout
 * shift), and every image after the first on its page needs loading="lazy". `pages` counts the pages scanned.
 */
function imageProblems(dir: string): { pages: number; images: number; problems: string[] } {
  const pages = globSync('**/*.html', { cwd: dir, dot: true }).sort();
  let images = 0;
  const problems: string[] = [];
  for (const file of pages) {
    const imgs = Array.from(parseHTML(readFileSync(join(dir, file), 'utf8')).document.querySelectorAll('img'));
    images += imgs.length;
    imgs.forEach((img, i) => {
      const name = `${file}: img ${i + 1} (${img.getAttribute('src') ?? 'no src'})`;
      if (!img.getAttribute('width') || !img.getAttribute('height')) problems.push(`${name} has no width or height`);
      if (i > 0 && img.getAttribute('loading') !== 'lazy') problems.push(`${name} is not loading="lazy"`);
    });
  }
  return { pages: pages.length, images, problems };
}

/** A tiny built site that breaks both rules (tests/fixtures/budgets/): the checks must see it. */
const badFixture = fileURLToPath(new URL('../fixtures/budgets/', import.meta.url));

describe('fonts and images', () => {
  test('no web fonts: no font file and no @font-face anywhere in dist/', () => {
    const { scanned, found } = webFonts(distDir);
    expect(scanned).toBe(builtFiles('**/*.{css,html}').length);
    expect(scanned).toBeGreaterThan(builtPages().length); // every page and at least one stylesheet
    expect(found).toEqual([]);
  });

  test('the font check finds a font file and an @font-face rule (fixture)', () => {
    expect(webFonts(badFixture).found).toEqual(['fonts.css: @font-face', 'fonts/Serif.WOFF2', 'page/index.html: @font-face']);
  });

  test('every image has its width and height, and is lazy unless it opens the page', () => {
    const { pages, images, problems } = imageProblems(distDir);
    console.log(`[budget] images: ${images} in ${pages} pages`);
    expect(pages).toBe(builtPages().length);
    expect(pages).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('the image check finds an unsized image and an eager one below the first (fixture)', () => {
    expect(imageProblems(badFixture)).toEqual({
      pages: 1,
      images: 3,
      problems: ['page/index.html: img 2 (/b.png) has no width or height', 'page/index.html: img 3 (/c.png) is not loading="lazy"'],
    });
  });
});
