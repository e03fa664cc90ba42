// Security on the built site: the policy on every page, the _headers file (and the README's copy of it),
// external links that cannot reach back into the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir, loadPage, testSite } from '../support/dist.ts';
import { cspMeta, securityHeaders } from '../../src/lib/csp.ts';

describe('security headers and links', () => {
  test('every page has the Content-Security-Policy first in its head, before any script or style', () => {
    for (const { path } of builtPages()) {
      const head = loadPage(path).querySelector('head')!;
      const meta = head.querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(meta?.getAttribute('content'), path).toBe(cspMeta);
      const first = head.querySelector('script, style, link[rel="stylesheet"]');
      if (first) expect(meta!.compareDocumentPosition(first) & 4, path).toBe(4); // DOCUMENT_POSITION_FOLLOWING
    }
  });

  test('dist/_headers gives the same policy as a header, and the README shows that file as it is', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers).toBe(['/*', ...Object.entries(securityHeaders).map(([k, v]) => `  ${k}: ${v}`)].join('\n') + '\n');
    expect(readFileSync('README.md', 'utf8')).toContain('```\n' + headers + '```');
    expect(securityHeaders['Content-Security-Policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  test('every link to another site carries rel="noopener"', () => {
    const site = testSite;
    let external = 0;
    for (const { path } of builtPages()) {
      for (const a of Array.from(loadPage(path).querySelectorAll('a[href^="http"]'))) {
        if (a.getAttribute('href')!.startsWith(site)) continue;
        external++;
        expect(a.getAttribute('rel') ?? '', `${path}: ${a.getAttribute('href')}`).toMatch(/\bnoopener\b/);
      }
    }
    expect(external).toBeGreaterThan(50);
  });
});

describe('the build-time CSP check (src/integrations/csp.ts)', async () => {
  const { hasInlineScript, hasPolicy } = await import('../../src/integrations/csp.ts');
  const page = (head: string, body = '') =>
    Buffer.from(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
  const policy = `<meta http-equiv="Content-Security-Policy" content="${cspMeta}">`;

  test.each([
    ['<script>alert(1)</script>', true],
    ['<SCRIPT>alert(1)</SCRIPT>', true],
    ['<script type="module">import "/x.js";</script>', true],
    ['<script type="text/javascript">x()</script>', true],
    ['<script type="module" src="/_astro/page.js"></script>', false],
    ['<script type="application/ld+json">{"@type":"Article"}</script>', false],
    ['<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', false],
    ['<meta name="description" content="<script>x</script> in an attribute">', false],
  ])('%s: inline script %s', (html, expected) => {
    expect(hasInlineScript(page(policy, html))).toBe(expected);
  });

  test('a page without the policy in its head is found', () => {
    expect(hasPolicy(page(policy))).toBe(true);
    expect(hasPolicy(page(''))).toBe(false);
    expect(hasPolicy(page('', policy))).toBe(false);
  });
});
