// Search benchmark (figures, not a test): index size on disk, bytes fetched for a first and a second
// query, and time from typing to rendered results in headless Chromium. Run after a build:
//   npm run bench:search [-- "first query" "second query"]
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { globSync } from 'tinyglobby';
import { chromium } from 'playwright-core';
import { startStaticServer } from './lib/static-server.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';

const [first = 'Vladivostok', second = 'Kastner'] = process.argv.slice(2);

function sizes(dir: string): { total: number; index: number; files: number } {
  let total = 0;
  let index = 0;
  let files = 0;
  for (const file of globSync('**', { cwd: dir, dot: true }).sort()) {
    const size = statSync(join(dir, file)).size;
    total += size;
    files++;
    // the index proper: what search reads (not the optional UI bundles)
    if (!/pagefind-(component-|modular-)?ui|highlight|playground/.test(basename(file))) index += size;
  }
  return { total, index, files };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const disk = sizes('dist/pagefind');
console.log(`Pagefind output on disk: ${kb(disk.total)} in ${disk.files} files; the index and search runtime alone: ${kb(disk.index)}`);

const server = await startStaticServer('dist');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
let bytes = 0;
page.on('response', async (response) => {
  if (!response.url().includes('/pagefind/')) return;
  const body = await response.body().catch(() => Buffer.alloc(0));
  bytes += body.length;
});
await page.goto(`${server.url}/search/`);
await page.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
const afterLoad = bytes;
console.log(`Search page ready: ${kb(afterLoad)} of Pagefind files fetched (runtime, WASM, entry, filters)`);

async function timeQuery(q: string) {
  const before = bytes;
  await page.fill('#search-q', '');
  const start = Date.now();
  await page.type('#search-q', q, { delay: 0 });
  await page.waitForFunction((q) => (document.querySelector('#search-status')?.textContent ?? '').includes(`“${q}”`), q);
  const ms = Date.now() - start;
  await page.waitForTimeout(300); // let fragment fetches settle
  return { ms, fetched: bytes - before };
}
for (const q of [first, second]) {
  const { ms, fetched } = await timeQuery(q);
  console.log(
    `Query “${q}”: ${kb(fetched)} fetched; ${ms} ms from the first keystroke to rendered results (includes the 200 ms typing debounce)`,
  );
}
await browser.close();
await server.close();
