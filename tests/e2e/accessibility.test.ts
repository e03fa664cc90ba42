// axe-core (WCAG 2.2 A/AA rules) on every built page, in light and dark colour schemes.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { startSite, type Site } from '../support/site.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const pages = builtPages().map((p) => p.path);

describe('accessibility (axe)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of pages) {
      test(`${path} (${scheme})`, async () => {
        const { page } = await site.open(path, { colorScheme: scheme });
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const violations = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(violations).toEqual([]);
      });
    }
  }

  test('every page was checked', () => expect(pages.length).toBeGreaterThanOrEqual(6));
});
