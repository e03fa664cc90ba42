// axe-core (WCAG 2.2 A/AA rules) on every built page in the light scheme, and on one page of each kind
// in the dark scheme (the colours are shared by kind, the content is not).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages, distDir } from '../support/dist.ts';
import { startSite, type Site } from '../support/site.ts';

let site: Site;
const pages: Partial<Record<'light' | 'dark', Page>> = {};
beforeAll(async () => {
  site = await startSite();
  for (const scheme of ['light', 'dark'] as const) pages[scheme] = (await site.open('/', { colorScheme: scheme })).page;
});
afterAll(async () => site?.close());

const all = builtPages().map((p) => p.path);
const kindOf = (path: string) => path.split('/')[1] || 'home';
/** Pages axe has analysed in the light scheme, whatever it found on them. */
const checked = new Set<string>();
const onePerKind = [...new Map(all.map((p) => [kindOf(p) + (p.split('/').length > 3 ? '/item' : ''), p])).values()];

async function violations(scheme: 'light' | 'dark', path: string) {
  const page = pages[scheme]!;
  await page.goto(site.url + path);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  if (scheme === 'light') checked.add(path);
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('accessibility (axe)', () => {
  for (const path of all) test(`${path} (light)`, async () => expect(await violations('light', path)).toEqual([]));
  for (const path of onePerKind) test(`${path} (dark)`, async () => expect(await violations('dark', path)).toEqual([]));
  // runs after the tests above (a file's tests run in order); the sitemap lists every page but the 404
  test('every page was checked: each page of the sitemap, and the 404 page', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    const listed = Array.from(sitemap.matchAll(/<loc>([^<]+)<\/loc>/g), (m) => new URL(m[1]).pathname);
    expect(listed.length).toBeGreaterThan(6);
    expect([...checked].sort()).toEqual([...listed, '/404.html'].sort());
  });
});
