// Security in the browser: every kind of page loads under its Content-Security-Policy without a violation,
// asks nothing of any other origin, and still works (search runs Pagefind's WebAssembly, popovers open).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startSite, type Site } from '../support/site.ts';
import { cspMeta } from '../../src/lib/csp.ts';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => site?.close());

const siberia = '/documents/americas-withdrawal-from-siberia/';
const pageTypes = [
  '/',
  '/about/',
  siberia,
  `${siberia}source/`,
  `${siberia}cite/`,
  '/documents/in-tempestuous-times-part-four/',
  '/people/',
  '/people/william-s-graves/',
  '/places/shanghai/',
  '/organizations/war-refugee-board/',
  '/events/armistice-of-11-november-1918/',
  '/glossary/',
  '/map/',
  '/chronology/',
  '/data/',
  '/search/?q=Graves',
  '/no-such-page/',
];

describe('Content-Security-Policy and other origins', () => {
  test.each(pageTypes)('%s: the policy is in force, nothing is refused, nothing leaves the origin', async (path) => {
    const { page, foreignRequests, cspViolations } = await site.open(path);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(cspMeta);
    expect(cspViolations).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('search works under the policy (Pagefind compiles its WebAssembly)', async () => {
    const { page, cspViolations } = await site.open('/search/?q=Vladivostok');
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    expect(cspViolations).toEqual([]);
  });

  test('an inline script injected into a page is refused by the policy', async () => {
    const { page, cspViolations } = await site.open('/about/');
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  });
});
