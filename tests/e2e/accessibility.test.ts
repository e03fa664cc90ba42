// axe-core (WCAG 2.2 A/AA rules) on every built page in the light scheme, and on one page of each kind
// in the dark scheme (the colours are shared by kind, the content is not).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../support/dist.ts';
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
const onePerKind = [...new Map(all.map((p) => [kindOf(p) + (p.split('/').length > 3 ? '/item' : ''), p])).values()];

async function violations(scheme: 'light' | 'dark', path: string) {
  const page = pages[scheme]!;
  await page.goto(site.url + path);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('accessibility (axe)', () => {
  for (const path of all) test(`${path} (light)`, async () => expect(await violations('light', path)).toEqual([]));
  for (const path of onePerKind) test(`${path} (dark)`, async () => expect(await violations('dark', path)).toEqual([]));
  test('every page was checked', () => expect(all.length).toBeGreaterThanOrEqual(6));
});
