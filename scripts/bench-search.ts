// Search benchmark (figures, not a test), run after a build:
//   npm run bench:search [-- --dist <folder>] [-- "first query" "second query"]
// 1. Speed and size: the index on disk, bytes fetched for a first and a second typed query, time from typing to
//    rendered results in headless Chromium.
// 2. Quality: a fixed set of queries per kind (exact names, variants, misspellings with one and two edits,
//    possessives, unaccented, phrases, common words), chosen from all three texts, each opened as /search/?q=… in a
//    fresh browser context. For each: precision at 5 (the share of the first five results that are right: the entity
//    or a passage that mentions it, judged from the edition's own data, dist/data/mentions.csv, never from search;
//    for queries that name no entity, a passage or page whose text has the words), whether the entity comes first,
//    the marks each of the first five passage results lands with, time from navigation to the first result, and
//    bytes transferred for the whole page. `--dist` measures another build (e.g. one of main) with the same queries.
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { globSync } from 'tinyglobby';
import { chromium, type BrowserContext } from 'playwright-core';
import { startStaticServer } from './lib/static-server.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { parseTerms, tokenize, wordKey } from '../src/client/words.ts';

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? args.splice(distAt, 2)[1] : 'dist';
const [first = 'Vladivostok', second = 'Kastner'] = args;

type Kind = 'exact name' | 'variant' | 'misspelt, 1 edit' | 'misspelt, 2 edits' | 'possessive' | 'unaccented' | 'phrase' | 'common word';
/** A query and what it asks for: an entity ("kind:id", as mentions.csv names it), or words that a right result has. */
interface Case {
  kind: Kind;
  q: string;
  entity?: string;
}
const nameKinds: Kind[] = ['exact name', 'variant', 'misspelt, 1 edit', 'misspelt, 2 edits', 'possessive', 'unaccented', 'phrase'];

// Names from all three texts: Hebrew-transliterated (Kalmanovitz, Shmuelevitz, Vaad Hatzoloh, Weissmandl), Japanese
// (Hara, Ōtani, Ōi, Katō, Uchida, Shidehara, Shiberia shuppei), American and European (Graves, Wilson, Dawes…).
const cases: Case[] = [
  { kind: 'exact name', q: 'Kalmanovitz', entity: 'person:avrohom-kalmanovitz' },
  { kind: 'exact name', q: 'Shanghai', entity: 'place:shanghai' },
  { kind: 'exact name', q: 'Vladivostok', entity: 'place:vladivostok' },
  { kind: 'exact name', q: 'Dawes Committee', entity: 'organization:dawes-committee' },
  { kind: 'exact name', q: 'Hara', entity: 'person:takashi-hara' },
  { kind: 'exact name', q: 'Shmuelevitz', entity: 'person:chaim-shmuelevitz' },
  { kind: 'exact name', q: 'Graves', entity: 'person:william-s-graves' },
  { kind: 'variant', q: 'Kalmanowitz', entity: 'person:avrohom-kalmanovitz' },
  { kind: 'variant', q: 'Peyton March', entity: 'person:peyton-c-march' },
  { kind: 'variant', q: 'Hara Kei', entity: 'person:takashi-hara' },
  { kind: 'variant', q: 'Mirrer Yeshiva', entity: 'organization:mir-yeshiva' },
  { kind: 'variant', q: 'Vaad Hatzalah', entity: 'organization:vaad-hatzoloh' },
  { kind: 'variant', q: 'Shiberia shuppei', entity: 'event:siberian-intervention' },
  { kind: 'variant', q: 'Dawes report', entity: 'event:dawes-plan' },
  { kind: 'misspelt, 1 edit', q: 'Vladivostock', entity: 'place:vladivostok' },
  { kind: 'misspelt, 1 edit', q: 'Shanghay', entity: 'place:shanghai' },
  { kind: 'misspelt, 1 edit', q: 'Kalmanovits', entity: 'person:avrohom-kalmanovitz' },
  { kind: 'misspelt, 1 edit', q: 'Shmuelevits', entity: 'person:chaim-shmuelevitz' },
  { kind: 'misspelt, 1 edit', q: 'Kolchack', entity: 'person:alexander-kolchak' },
  { kind: 'misspelt, 1 edit', q: 'Weissmandle', entity: 'person:michael-dov-weissmandl' },
  { kind: 'misspelt, 1 edit', q: 'Lanzing', entity: 'person:robert-lansing' },
  { kind: 'misspelt, 2 edits', q: 'Kalmanovitch', entity: 'person:avrohom-kalmanovitz' },
  { kind: 'misspelt, 2 edits', q: 'Vladivastock', entity: 'place:vladivostok' },
  { kind: 'misspelt, 2 edits', q: 'Shmuelevich', entity: 'person:chaim-shmuelevitz' },
  { kind: 'misspelt, 2 edits', q: 'Shidahera', entity: 'person:kijuro-shidehara' },
  { kind: 'misspelt, 2 edits', q: 'Reparation Comision', entity: 'organization:reparation-commission' },
  { kind: 'misspelt, 2 edits', q: 'Czechoslovac Legoin', entity: 'organization:czechoslovak-legion' },
  { kind: 'possessive', q: "Kalmanovitz's", entity: 'person:avrohom-kalmanovitz' },
  { kind: 'possessive', q: "Wilson's", entity: 'person:woodrow-wilson' },
  { kind: 'possessive', q: 'Graves’s', entity: 'person:william-s-graves' },
  { kind: 'possessive', q: "Hara's", entity: 'person:takashi-hara' },
  { kind: 'possessive', q: 'Kolchak’s', entity: 'person:alexander-kolchak' },
  { kind: 'unaccented', q: 'Otani', entity: 'person:kikuzo-otani' },
  { kind: 'unaccented', q: 'Oi Shigemoto', entity: 'person:shigemoto-oi' },
  { kind: 'unaccented', q: 'Kato', entity: 'person:tsunetada-kato' },
  { kind: 'unaccented', q: 'Uchida Kosai', entity: 'person:kosai-uchida' },
  { kind: 'unaccented', q: 'Sztojay', entity: 'person:dome-sztojay' },
  { kind: 'unaccented', q: 'Compiegne', entity: 'event:armistice-of-11-november-1918' },
  { kind: 'phrase', q: '"Pearl Harbor"', entity: 'event:attack-on-pearl-harbor' },
  { kind: 'phrase', q: '"Mir Yeshiva"', entity: 'organization:mir-yeshiva' },
  { kind: 'phrase', q: '"Dawes Committee"', entity: 'organization:dawes-committee' },
  { kind: 'phrase', q: '"Reparation Commission"', entity: 'organization:reparation-commission' },
  { kind: 'phrase', q: '"Rav Kalmanovitz"', entity: 'person:avrohom-kalmanovitz' },
  { kind: 'phrase', q: '"seventh of Av 5705"' },
  { kind: 'common word', q: 'railway' },
  { kind: 'common word', q: 'gold' },
  { kind: 'common word', q: 'dangers' },
  { kind: 'common word', q: 'rescue' },
  { kind: 'common word', q: 'cafes' },
  { kind: 'common word', q: 'seventh of Av 5705' },
];

// --- the edition's own data: which pages are right for a query --------------------------------------------------

/** Page path of each entity ("person:john-pehle" → "/people/john-pehle/"), and the paragraphs that mention it. */
const entityPage = new Map<string, string>();
const mentionedIn = new Map<string, Set<string>>();
const entities = JSON.parse(readFileSync(join(dist, 'data/entities.json'), 'utf8')) as {
  entities: { id: string; kind: string; url: string }[];
};
for (const e of entities.entities) {
  const key = `${['term', 'person', 'organization', 'event'].includes(e.kind) ? e.kind : 'place'}:${e.id}`;
  entityPage.set(key, new URL(e.url).pathname + new URL(e.url).hash);
}
for (const row of csvParse(readFileSync(join(dist, 'data/mentions.csv'), 'utf8').replace(/^\uFEFF/, ''))) {
  if (!/^p\d+$/.test(row.anchor)) continue;
  const key = `${row.kind === 'term' ? 'term' : row.kind}:${row.entity}`;
  const url = new URL(row.url);
  (mentionedIn.get(key) ?? mentionedIn.set(key, new Set()).get(key)!).add(url.pathname + url.hash);
}

const pageText = new Map<string, Document>();
/** The text a result leads to, from the built page: the paragraph (#pN), the glossary entry, or the page's main. */
function textAt(href: string): string {
  const url = new URL(href, 'http://x');
  const file = join(dist, decodeURIComponent(url.pathname), 'index.html');
  if (!pageText.has(file)) pageText.set(file, parseHTML(readFileSync(file, 'utf8')).document);
  const doc = pageText.get(file)!;
  const el = (url.hash && doc.getElementById(decodeURIComponent(url.hash.slice(1)))) || doc.querySelector('main');
  return el ? readingText(el) : '';
}

/** An element's reading text: without apparatus (paragraph numbers, date conversions, note callouts, source readings). */
function readingText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const a of copy.querySelectorAll('[data-apparatus], .sic, .pnum')) a.remove();
  return copy.textContent ?? '';
}

/** Every paragraph of every text (path#pN) with its reading text. */
function allPassages(): [string, string][] {
  const out: [string, string][] = [];
  for (const file of globSync('documents/*/index.html', { cwd: dist })) {
    const doc = parseHTML(readFileSync(join(dist, file), 'utf8')).document;
    for (const p of doc.querySelectorAll('.doc-text p.passage[id]'))
      out.push([`/${file.replace(/index\.html$/, '')}#${p.id}`, readingText(p)]);
  }
  return out;
}
const passages = allPassages();

/** Whether a text has every word of the query (by Porter2 stem), and each quoted phrase word for word. */
function hasWords(text: string, q: string): boolean {
  const keys = tokenize(text).map((t) => wordKey(t.text));
  const joined = ` ${keys.join(' ')} `;
  return parseTerms(q).every((phrase) => joined.includes(` ${phrase.map(wordKey).join(' ')} `));
}

const strip = (href: string) => href.replace(/\?[^#]*/, '');

function isRight(c: Case, href: string): boolean {
  if (c.entity) return strip(href) === entityPage.get(c.entity) || (mentionedIn.get(c.entity)?.has(strip(href)) ?? false);
  return hasWords(textAt(strip(href)), c.q);
}
function relevantCount(c: Case): number {
  if (c.entity) return 1 + (mentionedIn.get(c.entity)?.size ?? 0);
  return passages.filter(([, text]) => hasWords(text, c.q)).length;
}

// --- 1. size and speed ---------------------------------------------------------------------------------------------

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
for (const c of cases)
  if (c.entity && !entityPage.has(c.entity)) throw new Error(`bench-search: no entity ${c.entity} in ${dist}/data/entities.json`);
const disk = sizes(join(dist, 'pagefind'));
console.log(`Build measured: ${dist}`);
console.log(`Pagefind output on disk: ${kb(disk.total)} in ${disk.files} files; the index and search runtime alone: ${kb(disk.index)}`);

const server = await startStaticServer(dist);
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
await page.close();

// --- 2. quality ----------------------------------------------------------------------------------------------------

interface Row {
  c: Case;
  p5: number;
  entityFirst: boolean | null;
  marks: number[];
  ms: number;
  kb: number;
  top: string[];
}

/** Opens a result in the same context and counts the marks in the paragraph it leads to. */
async function marksOn(context: BrowserContext, href: string): Promise<number> {
  const p = await context.newPage();
  await p.goto(`${server.url}${href}`);
  await p.waitForLoadState('load');
  await p.waitForTimeout(150); // the highlight script runs after load
  const n = await p.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const scope = (id && document.getElementById(id)) || document;
    return scope.querySelectorAll('mark.search-hit').length;
  });
  await p.close();
  return n;
}

async function measure(c: Case): Promise<Row> {
  const context = await browser.newContext();
  const p = await context.newPage();
  const transfers: Promise<number>[] = [];
  p.on('requestfinished', (request) => transfers.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
  await p.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const list = document.querySelector('#search-results');
      if (list?.querySelector('.search-result')) {
        (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await p.goto(`${server.url}/search/?q=${encodeURIComponent(c.q)}`);
  await p.waitForFunction(() => document.documentElement.dataset.searchReady === 'true');
  await p.waitForFunction(() => /result/i.test(document.querySelector('#search-status')?.textContent ?? ''));
  await p.waitForTimeout(300);
  const ms = await p.evaluate(() => (window as unknown as { firstResultAt?: number }).firstResultAt ?? NaN);
  const hrefs = await p.locator('.search-result h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const top = hrefs.slice(0, 5);
  const right = top.filter((h) => isRight(c, h)).length;
  const p5 = top.length ? right / Math.max(1, Math.min(5, relevantCount(c))) : 0;
  const entityFirst = c.entity ? strip(hrefs[0] ?? '') === entityPage.get(c.entity) : null;
  const marks: number[] = [];
  for (const h of top) if (/#p\d+$/.test(h)) marks.push(await marksOn(context, h));
  const total = (await Promise.all(transfers)).reduce((a, b) => a + b, 0);
  await context.close();
  return { c, p5: Math.min(1, p5), entityFirst, marks, ms, kb: total / 1024, top };
}

const rows: Row[] = [];
for (const c of cases) rows.push(await measure(c));
await browser.close();
await server.close();

const pad = (s: string, n: number) => s.padEnd(n);
console.log('');
console.log(
  `${pad('kind', 18)}${pad('query', 24)}${pad('P@5', 6)}${pad('entity 1st', 11)}${pad('marks (first 5 passages)', 26)}${pad('1st result', 12)}bytes`,
);
for (const r of rows) {
  const first = r.entityFirst === null ? '—' : r.entityFirst ? 'yes' : 'NO';
  const marks = r.marks.length ? r.marks.join(' ') : '—';
  console.log(
    `${pad(r.c.kind, 18)}${pad(r.c.q, 24)}${pad(r.p5.toFixed(2), 6)}${pad(first, 11)}${pad(marks, 26)}${pad(Number.isNaN(r.ms) ? '—' : `${Math.round(r.ms)} ms`, 12)}${r.kb.toFixed(1)} KB`,
  );
}
console.log('');
console.log(
  `${pad('kind', 18)}${pad('queries', 9)}${pad('mean P@5', 10)}${pad('entity 1st', 12)}${pad('passages with ≥1 mark', 23)}${pad('median 1st result', 19)}mean bytes`,
);
const median = (xs: number[]) => {
  const known = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return known[Math.floor(known.length / 2)] ?? NaN;
};
let met = true;
for (const kind of [...new Set(cases.map((c) => c.kind))]) {
  const of = rows.filter((r) => r.c.kind === kind);
  const p5 = of.reduce((a, r) => a + r.p5, 0) / of.length;
  const named = of.filter((r) => r.entityFirst !== null);
  const firstCount = named.filter((r) => r.entityFirst).length;
  const marks = of.flatMap((r) => r.marks);
  const marked = marks.filter((m) => m > 0).length;
  if (nameKinds.includes(kind) && (p5 < 0.9 || firstCount < named.length)) met = false;
  if (marked < marks.length) met = false;
  console.log(
    `${pad(kind, 18)}${pad(String(of.length), 9)}${pad(p5.toFixed(2), 10)}${pad(named.length ? `${firstCount}/${named.length}` : '—', 12)}${pad(`${marked}/${marks.length}`, 23)}${pad(`${Math.round(median(of.map((r) => r.ms)))} ms`, 19)}${(of.reduce((a, r) => a + r.kb, 0) / of.length).toFixed(1)} KB`,
  );
}
console.log('');
console.log(
  `P@5: right results among the first five, over min(5, entity + passages that mention it); "right" is judged from ` +
    `${dist}/data/mentions.csv (for queries naming no entity: the words are in the passage or page). Marks: mark.search-hit ` +
    `in the paragraph each passage result leads to. 1st result: from navigation to /search/?q=… to the first result on ` +
    `screen, fresh context. Bytes: everything transferred for that page (compressed).`,
);
console.log(
  `Goal (entity first and mean P@5 ≥ 0.9 for every name kind, ≥ 1 mark on arrival for every passage result): ${met ? 'met' : 'NOT met'}`,
);
