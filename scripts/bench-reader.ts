// Reading-page benchmark (figures, not a test): the edition's reading pages against a Starlight 0.42 site built
// from the same three texts, in one run, in headless Chromium with a phone viewport and the CPU slowed 4×:
// style recalculation and layout time, first paint and first contentful paint, and Lighthouse's total blocking
// time (mobile defaults). Style and layout are given twice, from navigation until the page is quiet: as Chrome's
// Performance metrics (wall time on the slowed CPU) and as the renderer's CPU time in those trace events
// (UpdateLayoutTree, Layout: the `tdur` of a devtools.timeline trace), which other work on a busy machine
// hardly changes. Several runs alternate the sites; the medians and their ratios (edition / Starlight) are printed,
// with the quartiles of the run-by-run ratios (each edition load against the Starlight load of the same run).
//
// Usage (after `npm run build`):
//   npm run bench:reader [-- --runs 7] [--lighthouse 1] [--dist dist] [--dist other-build] [--starlight <dist>]
// --dist may be given more than once (e.g. a build of main's code and one of a branch): each is measured.
// Without --starlight the Starlight site is generated and built in a new folder tmp/bench-starlight-* (its dist/ is
// printed: pass it as --starlight next time to skip that build, ~30 s).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { parse as parseYaml } from 'yaml';
import { startStaticServer, type StaticServer } from './lib/static-server.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { plainMarkdown } from './lib/plain-markdown.ts';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    lighthouse: { type: 'string', default: '1' },
    dist: { type: 'string', multiple: true },
    starlight: { type: 'string' },
  },
});
const runs = Number(args.runs);
const lighthouseRuns = Number(args.lighthouse);
const editionDists = (args.dist ?? ['dist']).map((d) => resolve(d));
for (const d of editionDists) {
  if (!existsSync(join(d, 'index.html'))) throw new Error(`${d} holds no built site: run "npm run build" first`);
}

/** The texts, from content/documents/: id, title and body (frontmatter removed). */
const documentsDir = 'content/documents';
const documents = readdirSync(documentsDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const source = readFileSync(join(documentsDir, f), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
    if (!match) throw new Error(`${documentsDir}/${f}: no YAML frontmatter between --- lines`);
    const { title } = parseYaml(match[1]) as { title: string };
    return { id: basename(f, '.md'), title, body: source.slice(match[0].length) };
  });

/** Generates the Starlight project (its node_modules linked to ours) and builds it; returns its dist/. */
function buildStarlight(): string {
  // inside the repository (tmp/ is ignored by git, the linters and tsc), so that Node and Vite find our node_modules
  mkdirSync('tmp', { recursive: true });
  const root = mkdtempSync(resolve('tmp/bench-starlight-'));
  const docs = join(root, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  // Astro finds the packages it must bundle (not leave to Node) through the project's dependencies
  const ours = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string>>;
  const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((p) => [p, ours.dependencies[p] ?? ours.devDependencies[p]]));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'starlight-baseline', private: true, type: 'module', dependencies }));
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
      `export default defineConfig({ integrations: [starlight({ title: 'Archive Reader (Starlight baseline)' })]});\n`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
      `import { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  writeFileSync(join(docs, 'index.md'), `---\ntitle: The texts\n---\n\n${documents.map((d) => `- [${d.title}](/${d.id}/)`).join('\n')}\n`);
  for (const doc of documents) {
    writeFileSync(join(docs, `${doc.id}.md`), `---\ntitle: ${JSON.stringify(doc.title)}\n---\n\n${plainMarkdown(doc.body)}`);
  }
  console.log(`Building the Starlight baseline in ${root} …`);
  const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', root], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`the Starlight build failed:\n${result.stdout}\n${result.stderr}`);
  return join(root, 'dist');
}

const starlightDist = args.starlight ? resolve(args.starlight) : buildStarlight();
console.log(`Starlight baseline: ${starlightDist}`);

interface Site {
  name: string;
  server: StaticServer;
  path: (id: string) => string;
}
const sites: Site[] = [];
for (const [i, d] of editionDists.entries()) {
  sites.push({
    name: editionDists.length > 1 ? `edition ${i + 1}` : 'edition',
    server: await startStaticServer(d),
    path: (id) => `/documents/${id}/`,
  });
}
const starlight: Site = { name: 'Starlight', server: await startStaticServer(starlightDist), path: (id) => `/${id}/` };
sites.push(starlight);

interface Sample {
  style: number;
  layout: number;
  styleCpu: number;
  layoutCpu: number;
  firstPaint: number;
  fcp: number;
  tbt?: number;
}
const samples = new Map<string, Sample[]>(); // key: site name + document id
const key = (site: Site, id: string) => `${site.name}\u0000${id}`;

/** A complete ('X') event of a Chrome trace; `tdur` is the thread's CPU time in µs. */
interface TraceEvent {
  name: string;
  ph: string;
  tdur?: number;
  args?: { beginData?: { frame?: string } };
}

/** CPU time (ms) of the events called `name` for one frame (the trace holds the browser's other renderers too). */
function cpuMs(events: TraceEvent[], name: string, frame: string): number {
  return events
    .filter((e) => e.name === name && e.ph === 'X' && e.args?.beginData?.frame === frame)
    .reduce((ms, e) => ms + (e.tdur ?? 0) / 1000, 0);
}

/** One cold load of a page: phone viewport, CPU 4× slower, until the page has been quiet for a second. */
async function measure(browser: Browser, url: string): Promise<Sample> {
  // both sites are served with the edition's CSP header; Starlight's inline scripts need it lifted (for both)
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    bypassCSP: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  const paints = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])));
  await context.close();
  return {
    style: metric('RecalcStyleDuration'),
    layout: metric('LayoutDuration'),
    styleCpu: cpuMs(trace.traceEvents, 'UpdateLayoutTree', frameTree.frame.id),
    layoutCpu: cpuMs(trace.traceEvents, 'Layout', frameTree.frame.id),
    firstPaint: paints['first-paint'] ?? NaN,
    fcp: paints['first-contentful-paint'] ?? NaN,
  };
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const chromiumVersion = browser.version();
try {
  // warm-up (disk cache of the server, Chromium's own start-up), not counted
  for (const site of sites) await measure(browser, site.server.url + site.path(documents[0].id));
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? sites : [...sites].reverse();
    for (const doc of documents) {
      for (const site of order) {
        const sample = await measure(browser, site.server.url + site.path(doc.id));
        const list = samples.get(key(site, doc.id)) ?? [];
        list.push(sample);
        samples.set(key(site, doc.id), list);
      }
    }
    process.stdout.write(`run ${run + 1}/${runs} done\n`);
  }
} finally {
  await browser.close();
}

if (lighthouseRuns > 0) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    for (let run = 0; run < lighthouseRuns; run++) {
      const order = run % 2 === 0 ? sites : [...sites].reverse();
      for (const doc of documents) {
        for (const site of order) {
          const result = await lighthouse(site.server.url + site.path(doc.id), {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance'],
          });
          const tbt = result?.lhr.audits['total-blocking-time']?.numericValue;
          if (tbt === undefined) throw new Error(`Lighthouse gave no total blocking time for ${site.name} ${doc.id}`);
          const list = samples.get(key(site, doc.id))!;
          // attach to the samples in order; the median is taken over the Lighthouse runs alone
          const free = list.find((s) => s.tbt === undefined);
          if (free) free.tbt = tbt;
          else list.push({ style: NaN, layout: NaN, styleCpu: NaN, layoutCpu: NaN, firstPaint: NaN, fcp: NaN, tbt });
        }
      }
      process.stdout.write(`Lighthouse run ${run + 1}/${lighthouseRuns} done\n`);
    }
  } finally {
    chrome.kill();
  }
}
for (const site of sites) await site.server.close();

/** The q-quantile (0–1) of the numbers that are not NaN, linearly interpolated; NaN if there are none. */
function quantile(values: number[], q: number): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}
const median = (values: number[]) => quantile(values, 0.5);

const metricNames: [keyof Sample, string][] = [
  ['style', 'style recalculation'],
  ['layout', 'layout'],
  ['styleCpu', 'style recalculation, CPU'],
  ['layoutCpu', 'layout, CPU'],
  ['firstPaint', 'first paint'],
  ['fcp', 'first contentful paint'],
  ...(lighthouseRuns > 0 ? ([['tbt', 'Lighthouse blocking time']] as [keyof Sample, string][]) : []),
];
const editions = sites.filter((s) => s !== starlight);
const header = [
  'text',
  'metric (ms, median)',
  ...editions.map((s) => s.name),
  'Starlight',
  ...editions.map((s) => `${s.name} / Starlight`),
  ...editions.map(() => `run by run (p25–p75)`),
];
const rows: string[][] = [];
for (const doc of documents) {
  for (const [metric, label] of metricNames) {
    const base = median(samples.get(key(starlight, doc.id))!.map((s) => s[metric] ?? NaN));
    const values = editions.map((s) => median(samples.get(key(s, doc.id))!.map((x) => x[metric] ?? NaN)));
    // a Starlight figure of 0 (no blocking time) gives no ratio: "=" if the edition's is 0 too
    const ratio = (v: number) => (base > 0 ? (v / base).toFixed(2) : v === 0 ? '=' : '–');
    // the spread: the ratio of each run's edition load to the Starlight load next to it (runs alternate the sites),
    // so that a machine slower in one run counts against both; its quartiles say how far a median ratio can be trusted
    const baseRuns = samples.get(key(starlight, doc.id))!.map((s) => s[metric] ?? NaN);
    const spread = editions.map((s) => {
      const pairs = samples
        .get(key(s, doc.id))!
        .map((x, i) => (baseRuns[i] > 0 ? (x[metric] ?? NaN) / baseRuns[i] : NaN))
        .filter((r) => !Number.isNaN(r));
      return pairs.length ? `${quantile(pairs, 0.25).toFixed(2)}–${quantile(pairs, 0.75).toFixed(2)}` : '–';
    });
    rows.push([doc.id, label, ...values.map((v) => v.toFixed(0)), base.toFixed(0), ...values.map(ratio), ...spread]);
  }
}
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`\n${line(header)}\n${rows.map(line).join('\n')}`);
console.log(
  `\nChromium ${chromiumVersion}, 390 × 844 phone viewport, CPU 4× slower, ${runs} alternated runs per page (median)` +
    (lighthouseRuns > 0 ? `; Lighthouse ${lighthouseRuns} run(s) per page, mobile defaults.` : '.'),
);
