import { chromium } from 'playwright-core';
import { startStaticServer } from './lib/static-server.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
const server = await startStaticServer(process.env.DIST ?? 'dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const [out, ...paths] = process.argv.slice(2);
for (const width of [320, 390, 1280])
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(server.url + path);
      if (path.startsWith('/search/')) await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
      await page.waitForTimeout(300);
      const sw = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      const name = `${out}/${path.replace(/[^a-z0-9]+/gi, '_')}-${width}-${scheme}.png`;
      await page.screenshot({ path: name, clip: { x: 0, y: Number(process.env.Y ?? 0), width, height: 900 }, fullPage: true });
      console.log(name, 'scrollWidth/clientWidth', sw.join('/'));
    }
    await context.close();
  }
await browser.close();
await server.close();
