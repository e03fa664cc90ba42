// Put the Content-Security-Policy meta tag first in every page's <head>, check that no page carries an inline
// script (the policy allows none), and write dist/_headers with the same policy for hosts that read it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseHTML } from 'linkedom';
import { cspMeta, securityHeaders } from '../lib/csp.ts';

/** Whether a page has a script element the browser would execute inline: no src, and a JavaScript type (or none). JSON-LD is data. */
function hasInlineScript(html: string): boolean {
  // cheap first: most pages have no <script> without src at all (parse only when the text says maybe)
  if (!/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/ld\+json")/i.test(html)) return false;
  const { document } = parseHTML(html);
  return Array.from(document.querySelectorAll('script:not([src])')).some((s) => {
    const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
    return type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript');
  });
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
    else if (entry.name.endsWith('.html')) out.push(full);
  }
  return out.sort();
}

export default function cspIntegration(): AstroIntegration {
  return {
    name: 'archive-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const offenders: string[] = [];
        const files = await htmlFiles(outDir);
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          if (hasInlineScript(html)) offenders.push(relative(outDir, file));
          const meta = `<meta http-equiv="Content-Security-Policy" content="${cspMeta}">`;
          const withMeta = html.replace(/<meta charset="utf-8"\s*\/?>/i, (charset) => `${charset}${meta}`);
          if (withMeta === html) throw new Error(`CSP: ${relative(outDir, file)} has no <meta charset="utf-8"> to put the policy after`);
          await writeFile(file, withMeta);
        }
        if (offenders.length) {
          throw new Error(
            `CSP: inline <script> in ${offenders.length} page(s), which the policy (script-src 'self') would block: ${offenders.slice(0, 5).join(', ')}` +
              '. Move the code into a module script (src/scripts/) imported from a <script> tag, and keep vite.build.assetsInlineLimit at 0.',
          );
        }
        const headers = ['/*', ...Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`)].join('\n') + '\n';
        await writeFile(join(outDir, '_headers'), headers);
        logger.info(`Content-Security-Policy in ${files.length} pages; _headers written`);
      },
    },
  };
}
