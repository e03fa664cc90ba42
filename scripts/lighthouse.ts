// Lighthouse (mobile defaults: emulated phone, simulated slow 4G and CPU) against the built site served
// locally, offline: performance, accessibility, best practices and SEO of one page of each kind.
// Usage: npm run lighthouse [-- <path>…]   (builds nothing: run `npm run build` first; writes tmp/lighthouse/*.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from './lib/static-server.ts';
import { chromiumPath } from './lib/browser.ts';
import { requireBuild } from './lib/dist.ts';

const defaults = [
  '/',
  '/documents/in-tempestuous-times-part-four/',
  '/documents/the-dawes-report/',
  '/documents/americas-withdrawal-from-siberia/',
  '/people/avrohom-kalmanovitz/',
  '/places/shanghai/',
  '/search/?q=Vladivostok',
  '/map/',
  '/chronology/',
];
const paths = process.argv.slice(2).length ? process.argv.slice(2) : defaults;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

requireBuild();
mkdirSync('tmp/lighthouse', { recursive: true });
const server = await startStaticServer('dist');
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const rows: string[][] = [];
let below = 0;
try {
  for (const path of paths) {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    writeFileSync(`tmp/lighthouse/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}.json`, JSON.stringify(lhr));
    const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
    rows.push([path, ...scores.map(String)]);
    // what cost points, so a score below 100 comes with its reason
    const lost = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable' &&
          a.scoreDisplayMode !== 'manual',
      )
      .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    if (scores.some((s) => s < 100)) {
      below++;
      console.log(`${path}: ${lost.join('; ') || 'no single failing audit'}`);
    }
    const m = (id: string) => lhr.audits[id]?.displayValue ?? '–';
    console.log(
      `${path}: FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, TBT ${m('total-blocking-time')}, CLS ${m('cumulative-layout-shift')}`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
const header = ['page', ...categories];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log('\n' + line(header) + '\n' + rows.map(line).join('\n'));
console.log(
  `\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile defaults; ${below} of ${rows.length} pages below 100 somewhere (reports in tmp/lighthouse/).`,
);
