// Browser-test harness: serve dist/ on loopback and drive Debian's Chromium with playwright-core.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/browser.ts';
import { requireBuild } from './dist.ts';

export interface Site {
  url: string;
  browser: Browser;
  /**
   * A fresh page in a fresh context; every request that leaves the site's origin is recorded (and
   * refused), and so is every Content-Security-Policy violation the browser reports.
   */
  open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; foreignRequests: string[]; cspViolations: string[] }>;
  close(): Promise<void>;
}

/**
 * Serve a built site (dist/ unless another folder is given) and start the browser. `securityHeaders: false`
 * serves it without the HTTP Content-Security-Policy and the other security headers.
 */
export async function startSite(dir = 'dist', options: { securityHeaders?: boolean } = {}): Promise<Site> {
  if (dir === 'dist') requireBuild();
  const server: StaticServer = await startStaticServer(dir, 0, options);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const contexts: { close(): Promise<void> }[] = [];
  return {
    url: server.url,
    browser,
    async open(path, options = {}) {
      const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
      contexts.push(context);
      const foreignRequests: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url) || url.startsWith('data:')) return route.continue();
        foreignRequests.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const cspViolations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
      });
      await page.goto(server.url + path);
      return { page, foreignRequests, cspViolations };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}
