// Read the built site (dist/) for post-build tests: pages, parsed HTML, and the text a reader sees.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export const distDir = join(process.cwd(), 'dist');

export function requireBuild(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
}

/** Every built HTML file, as site paths ("/", "/about/", "/404.html"). */
export function builtPages(): { path: string; file: string }[] {
  requireBuild();
  const out: { path: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + relative(distDir, full).replace(/\\/g, '/');
        out.push({ path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file: full });
      }
    }
  };
  walk(distDir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
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
 * `markPages` leaves ⟦88⟧ where printed page 88 begins.
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
