// A hostile archive, with the Content-Security-Policy removed: the code must be safe on its own.
// tests/fixtures/markup-in-yaml holds markup in every entity field and markup written as text, odd links and
// notes in the Markdown (raw HTML itself is refused by the build). Built for real, every page's CSP meta is
// stripped, and every page is opened in Chromium: nothing may run, open a dialog, navigate away or load
// anything from another origin.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type Site } from '../support/site.ts';
import { buildArchive, tempBuildDir } from '../support/build.ts';

let outDir: string;
let site: Site;
let pages: string[];

beforeAll(async () => {
  outDir = tempBuildDir('archive-hostile-');
  buildArchive('tests/fixtures/markup-in-yaml', outDir);
  pages = globSync('**/*.html', { cwd: outDir }).sort();
  for (const file of pages) {
    const html = readFileSync(join(outDir, file), 'utf8');
    writeFileSync(join(outDir, file), html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
  }
  // no policy at all: neither the meta tag (stripped above) nor the server's header
  site = await startSite(outDir, { securityHeaders: false });
}, 300_000);
afterAll(async () => {
  await site?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('hostile archive without the CSP', () => {
  test('the policy is really gone from every page and from the server', async () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) expect(readFileSync(join(outDir, file), 'utf8')).not.toContain('Content-Security-Policy');
    const response = await fetch(`${site.url}/`);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });

  test('no page runs injected script, opens a dialog, navigates away or loads from another origin', async () => {
    const incidents: string[] = [];
    for (const file of pages) {
      const path = '/' + file.replace(/index\.html$/, '');
      const { page, foreignRequests } = await site.open(path);
      page.on('dialog', (dialog) => {
        incidents.push(`${path}: dialog "${dialog.message()}"`);
        void dialog.dismiss();
      });
      // hover and focus everything that could carry a handler, then let timers run
      for (const el of await page.locator('main a, main [tabindex]').all()) await el.hover({ timeout: 500 }).catch(() => undefined);
      await page.waitForTimeout(200);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
      if (pwned !== undefined) incidents.push(`${path}: injected script ran (__pwned=${JSON.stringify(pwned)})`);
      if (!page.url().startsWith(site.url)) incidents.push(`${path}: navigated to ${page.url()}`);
      for (const url of foreignRequests) incidents.push(`${path}: request to ${url}`);
      await page.close();
    }
    expect(incidents).toEqual([]);
  }, 300_000);
});
