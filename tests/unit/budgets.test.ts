// Performance budgets, held on the built site (sizes, not timings, so they cannot flake):
// - reading a document needs no JavaScript, and all scripts of a reading page together are ≤ 15 KB gzip;
//   search (Pagefind) is loaded only on the search page;
// - a document page's HTML + CSS (gzip) ≤ 1.5 × the gzip size of its plain text + 20 KB;
// - web fonts ≤ 100 KB in all; every image has its size, and is lazy unless it is at the top of the page.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir, loadPage, viewText } from '../support/dist.ts';

const documents = readdirSync('content/documents').map((f) => f.replace(/\.md$/, ''));
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const KB = 1024;

/** A module script and every module it imports statically, as files under dist/. */
function moduleGraph(src: string, seen = new Set<string>()): Set<string> {
  if (seen.has(src)) return seen;
  seen.add(src);
  const code = readFileSync(join(distDir, src), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    moduleGraph(new URL(m[1], `http://x${src}`).pathname, seen);
  }
  return seen;
}

function scriptsOf(path: string) {
  const page = loadPage(path);
  const srcs = Array.from(page.querySelectorAll('script[src]')).map((s) => s.getAttribute('src')!);
  const files = new Set<string>();
  for (const src of srcs) for (const f of moduleGraph(src)) files.add(f);
  const bytes = [...files].reduce((n, f) => n + gz(readFileSync(join(distDir, f))), 0);
  return { srcs, files: [...files], bytes };
}

describe('JavaScript on reading pages', () => {
  test.each(documents)('%s: all scripts together ≤ 15 KB gzip, none of them search', (doc) => {
    const { files, bytes } = scriptsOf(`/documents/${doc}/`);
    console.log(`[budget] /documents/${doc}/ scripts: ${(bytes / KB).toFixed(1)} KB gzip in ${files.length} files`);
    expect(bytes).toBeLessThanOrEqual(15 * KB);
    for (const f of files) expect(readFileSync(join(distDir, f), 'utf8')).not.toMatch(/pagefind/i);
  });

  test('the text is in the HTML: reading needs no script (every paragraph is server-rendered)', () => {
    for (const doc of documents) {
      const page = loadPage(`/documents/${doc}/`);
      expect(page.querySelectorAll('.doc-text p.passage').length).toBeGreaterThan(30);
      expect(page.querySelector('noscript') ?? page.querySelector('.doc-text')).not.toBeNull();
    }
  });

  test('only the search page loads Pagefind', () => {
    for (const { path } of builtPages()) {
      const html = readFileSync(join(distDir, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
      const { files } = scriptsOf(path);
      const usesPagefind = files.some((f) => /pagefind/.test(readFileSync(join(distDir, f), 'utf8'))) || /\/pagefind\//.test(html.replace(/<a [^>]*>/g, ''));
      expect(usesPagefind, path).toBe(path === '/search/');
    }
  });
});

describe('HTML and CSS of document pages', () => {
  test.each(documents)('%s: HTML + CSS gzip ≤ 1.5 × plain text gzip + 20 KB', (doc) => {
    const path = `/documents/${doc}/`;
    const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
    const page = loadPage(path);
    const css = Array.from(page.querySelectorAll('link[rel="stylesheet"]')).map((l) => readFileSync(join(distDir, l.getAttribute('href')!), 'utf8'));
    const plain = viewText(page.querySelector('.doc-text')!, 'reading');
    const used = gz(html) + css.reduce((n, c) => n + gz(c), 0);
    const budget = 1.5 * gz(plain) + 20 * KB;
    console.log(`[budget] ${path} HTML+CSS ${(used / KB).toFixed(1)} KB gzip; budget ${(budget / KB).toFixed(1)} KB (text ${(gz(plain) / KB).toFixed(1)} KB)`);
    expect(used).toBeLessThanOrEqual(budget);
  });
});

describe('fonts and images', () => {
  test('web fonts: at most 100 KB in all', () => {
    const fonts: number[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.(woff2?|ttf|otf|eot)$/i.test(e.name)) fonts.push(statSync(full).size);
      }
    };
    walk(distDir);
    expect(fonts.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(100 * KB);
  });

  test('every image has its width and height, and is lazy unless it opens the page', () => {
    for (const { path } of builtPages()) {
      const imgs = Array.from(loadPage(path).querySelectorAll('main img'));
      imgs.forEach((img, i) => {
        expect(img.getAttribute('width'), `${path} img ${i}`).toBeTruthy();
        expect(img.getAttribute('height'), `${path} img ${i}`).toBeTruthy();
        if (i > 0) expect(img.getAttribute('loading'), `${path} img ${i}`).toBe('lazy');
      });
    }
  });
});
