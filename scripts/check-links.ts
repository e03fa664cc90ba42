// Post-build check: every internal link and #fragment in dist/ resolves, and no page loads a resource
// from another origin. Usage: node scripts/check-links.ts [dist]   (exit 1 on any problem)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { globSync } from 'tinyglobby';
import { parseHTML } from 'linkedom';

export interface LinkProblem {
  page: string;
  href: string;
  problem: string;
}

/** Every HTML file under a folder, as sorted paths that start with the folder. */
function htmlFiles(dir: string): string[] {
  return globSync('**/*.html', { cwd: dir, dot: true })
    .sort()
    .map((file) => join(dir, file));
}

/** The site path of a built file: dist/about/index.html → /about/ */
function sitePath(dist: string, file: string): string {
  const rel = '/' + relative(dist, file).replace(/\\/g, '/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The built file that answers a site path, or undefined. */
function fileFor(dist: string, path: string): string | undefined {
  const candidate = join(dist, decodeURIComponent(path));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function checkLinks(dist = 'dist'): { pages: number; links: number; problems: LinkProblem[] } {
  const files = htmlFiles(dist);
  const idsByFile = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let set = idsByFile.get(file);
    if (!set) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      set = new Set(Array.from(document.querySelectorAll('[id]')).map((e) => e.id));
      idsByFile.set(file, set);
    }
    return set;
  };
  const problems: LinkProblem[] = [];
  let links = 0;
  const base = 'http://site.invalid';
  for (const file of files) {
    const page = sitePath(dist, file);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const refs: { href: string; resource: boolean }[] = [
      ...Array.from(document.querySelectorAll('a[href]')).map((e) => ({ href: e.getAttribute('href')!, resource: false })),
      ...Array.from(document.querySelectorAll('link[href]')).map((e) => ({
        href: e.getAttribute('href')!,
        resource: e.getAttribute('rel') !== 'canonical',
      })),
      ...Array.from(document.querySelectorAll('script[src], img[src], source[src], iframe[src]')).map((e) => ({
        href: e.getAttribute('src')!,
        resource: true,
      })),
    ];
    for (const { href, resource } of refs) {
      links++;
      const url = new URL(href, base + page);
      if (url.origin !== base) {
        if (resource) problems.push({ page, href, problem: 'loads a resource from another origin' });
        else if (!/^(https?|mailto):$/.test(url.protocol)) problems.push({ page, href, problem: `unexpected link scheme ${url.protocol}` });
        continue;
      }
      const target = fileFor(dist, url.pathname);
      if (!target) {
        problems.push({ page, href, problem: `no page at ${url.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) {
        problems.push({ page, href, problem: `no element with id="${fragment}" on ${url.pathname}` });
      }
    }
  }
  return { pages: files.length, links, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = checkLinks(process.argv[2] ?? 'dist');
  for (const p of result.problems) console.error(`${p.page}: ${p.href} — ${p.problem}`);
  console.log(`${result.pages} pages, ${result.links} links checked, ${result.problems.length} problems`);
  process.exit(result.problems.length ? 1 : 0);
}
