// Read the built site (dist/) for post-build tests: pages, parsed HTML, and the text a reader sees.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { distDir, requireBuild } from '../../scripts/lib/dist.ts';
import { parseHTML } from 'linkedom';

export { distDir, requireBuild };

/**
 * The tests' site address (SITE_URL): scripts/test.sh builds dist/ with it, and the tests that run their own builds
 * pass it. A reserved example domain (RFC 2606), so that no test build points at a real address.
 */
export const testSite = 'https://archive-reader.example.org';

/** Every built HTML file, as site paths ("/", "/about/", "/404.html") and absolute file names, sorted by path. */
export function builtPages(): { path: string; file: string }[] {
  requireBuild();
  return builtFiles('**/*.html')
    .map((rel) => {
      const path = '/' + rel;
      return { path: path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path, file: join(distDir, rel) };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The files of dist/ that match a glob (tinyglobby syntax), as sorted POSIX paths relative to dist/. */
export function builtFiles(pattern: string | string[]): string[] {
  requireBuild();
  return globSync(pattern, { cwd: distDir, dot: true }).sort();
}

export function loadPage(path: string): Document {
  requireBuild();
  const file = path.endsWith('.html') ? join(distDir, path) : join(distDir, path, 'index.html');
  return parseHTML(readFileSync(file, 'utf8')).document;
}

const blockTags = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'LI', 'BLOCKQUOTE', 'SECTION', 'DIV', 'BR']);

/**
 * The words of an element as one view shows them: `diplomatic` drops the edition's corrections,
 * `reading` drops the source readings; both drop apparatus (paragraph and page numbers, editorial notes).
 * `markPages` leaves ⟦88⟧ where printed page 88 begins. A note callout's number is drawn by CSS from its link's
 * `aria-label` (it is not text of the page): it counts here as the reader sees it, after the word.
 */
export function viewText(el: Element, view: 'diplomatic' | 'reading', options: { markPages?: boolean } = {}): string {
  const drop = view === 'diplomatic' ? 'corr' : 'sic';
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out += node.textContent;
      return;
    }
    if (node.nodeType !== 1) return;
    const e = node as Element;
    if (options.markPages && e.classList.contains('pb')) out += `⟦${e.getAttribute('data-page')}⟧`;
    if (e.hasAttribute('data-apparatus') || e.classList.contains(drop)) return;
    const callout = e.tagName === 'A' ? e.parentElement : null;
    if (callout?.classList.contains('noteref'))
      out += (callout.classList.contains('spaced') ? ' ' : '') + (e.getAttribute('aria-label') ?? '');
    if (blockTags.has(e.tagName)) out += '\n';
    for (const child of Array.from(e.childNodes)) walk(child);
    if (blockTags.has(e.tagName)) out += '\n';
  };
  walk(el);
  return out;
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The ids of the archive's documents, from content/documents/<id>.md (not from the built site), sorted. */
export function documentIds(): string[] {
  return readdirSync('content/documents')
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -'.md'.length))
    .sort();
}
