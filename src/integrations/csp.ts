// Check that every page carries the Content-Security-Policy (src/layouts/Base.astro puts it first in the
// head), no inline script and no script from another origin (the policy allows neither), and write
// dist/_headers with the same policy for hosts that read it. A failed check removes the output folder, so
// that no build that looks complete is left to deploy.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import { glob } from 'tinyglobby';
import { cspMeta, securityHeaders } from '../lib/csp.ts';

const metaTag = Buffer.from(`<meta http-equiv="Content-Security-Policy" content="${cspMeta}">`);
const scriptOpenings = [Buffer.from('<script'), Buffer.from('<SCRIPT')];

/** Whether a page has a script element the browser would execute inline: no src, and a JavaScript type (or none). JSON-LD is data. */
export function hasInlineScript(page: Buffer): boolean {
  // cheap first, on the bytes: most pages have no <script> without src at all (parse only when one may be)
  const maybe = scriptOpenings.some((opening) => {
    for (let at = page.indexOf(opening); at !== -1; at = page.indexOf(opening, at + 1)) {
      const end = page.indexOf('>', at);
      const tag = page.toString('latin1', at, end === -1 ? page.length : end + 1);
      if (!/\ssrc=/i.test(tag) && !/\stype="application\/ld\+json"/i.test(tag)) return true;
    }
    return false;
  });
  if (!maybe) return false;
  const { document } = parseHTML(page.toString('utf8'));
  return Array.from(document.querySelectorAll('script:not([src])')).some((s) => {
    const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
    return type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript');
  });
}

/** Whether the page's head holds the policy (before </head>). */
export function hasPolicy(page: Buffer): boolean {
  const at = page.indexOf(metaTag);
  return at !== -1 && at < page.indexOf('</head>');
}

/** Every page of the build, sorted (file-system order differs between machines). */
async function htmlFiles(dir: string): Promise<string[]> {
  return (await glob('**/*.html', { cwd: dir, absolute: true })).sort();
}

/** Whether a page loads a script from another origin (`src` with a scheme or `//`): the policy would refuse it. */
export function hasForeignScript(page: Buffer): boolean {
  if (!scriptOpenings.some((opening) => page.includes(opening))) return false;
  // lower-cased: tag and attribute names are case-insensitive, and so is a URL's scheme
  const { document } = parseHTML(page.toString('utf8').toLowerCase());
  return Array.from(document.querySelectorAll('script[src]')).some((s) =>
    /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test((s.getAttribute('src') ?? '').trim()),
  );
}

/** "documents/the-dawes-report/index.html (from content/documents/the-dawes-report.md)": where to look for the cause. */
function described(page: string): string {
  const id = /^documents\/([^/]+)\//.exec(page)?.[1];
  return id ? `${page} (from content/documents/${id}.md)` : page;
}

export default function cspIntegration(): AstroIntegration {
  return {
    name: 'archive-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const inline: string[] = [];
        const foreign: string[] = [];
        const unprotected: string[] = [];
        const files = await htmlFiles(outDir);
        for (const file of files) {
          const page = await readFile(file);
          const name = described(relative(outDir, file));
          if (hasInlineScript(page)) inline.push(name);
          if (hasForeignScript(page)) foreign.push(name);
          if (!hasPolicy(page)) unprotected.push(name);
        }
        const failures = [
          inline.length &&
            `inline <script> in ${inline.length} page(s), which the policy (script-src 'self') would block: ${inline.slice(0, 5).join(', ')}. ` +
              'Move the code into a module script (src/client/) imported from a <script> tag, and keep vite.build.assetsInlineLimit at 0.',
          foreign.length &&
            `a <script src> from another origin in ${foreign.length} page(s), which the policy would block: ${foreign.slice(0, 5).join(', ')}. ` +
              'Every script must come from this site (src/client/).',
          unprotected.length &&
            `no Content-Security-Policy meta tag in the head of ${unprotected.length} page(s): ${unprotected.slice(0, 5).join(', ')}. ` +
              'Every page must use src/layouts/Base.astro, which puts the policy first in the head.',
        ].filter((f): f is string => Boolean(f));
        if (failures.length) {
          await rm(outDir, { recursive: true, force: true });
          throw new Error(`CSP: ${failures.join('\n')}\n(${outDir} was removed: no build that looks complete is left to deploy.)`);
        }
        const headers = ['/*', ...Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`)].join('\n') + '\n';
        await writeFile(join(outDir, '_headers'), headers);
        logger.info(`Content-Security-Policy in ${files.length} pages, none with an inline script; _headers written`);
      },
    },
  };
}
