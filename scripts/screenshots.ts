// Take screenshots of built pages at desktop (1280), phone (390) and narrow phone (320) widths, light and dark,
// for a person to look at.
// Usage: node scripts/screenshots.ts [outDir] [path…]   (serves dist/ itself)
import { chromium } from 'playwright-core';
import { startStaticServer } from './lib/static-server.ts';
import { chromiumPath, chromiumArgs } from './lib/browser.ts';

const outDir = process.argv[2] ?? 'tmp/screenshots';
const paths = process.argv.slice(3);
const targets = paths.length
  ? paths
  : [
      '/',
      '/about/',
      '/documents/americas-withdrawal-from-siberia/#p12',
      '/documents/the-dawes-report/',
      '/documents/in-tempestuous-times-part-four/',
    ];

const server = await startStaticServer('dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
    ['narrow', { width: 320, height: 640 }],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const path of targets) {
        await page.goto(server.url + path);
        const file = `${outDir}/${name}-${scheme}-${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.png`;
        await page.screenshot({ path: file, fullPage: false });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
