// Browser-test harness: serve dist/ on loopback and drive Debian's Chromium with playwright-core.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { chromiumArgs, chromiumPath } from './browser.ts';
import { requireBuild } from './dist.ts';

export interface Site {
  url: string;
  browser: Browser;
  /** A fresh page in a fresh context; every request that leaves the site's origin is recorded. */
  open(path: string, options?: BrowserContextOptions): Promise<{ page: Page; foreignRequests: string[] }>;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  requireBuild();
  const server: StaticServer = await startStaticServer('dist');
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
      await page.goto(server.url + path);
      return { page, foreignRequests };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}
