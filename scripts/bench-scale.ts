// Scale benchmark (figures, not a test): a corpus of N documents (copies of the three texts under new
// slugs, annotations and all) built by the edition, and the same N documents built by a plain Astro Markdown
// pipeline without the annotation plugins, side by side.
//   npm run bench:scale -- <N> [more N…]      e.g. npm run bench:scale -- 100 1000
// Works in tmp/scale-<N>/ (git-ignored): content/ (the generated corpus beside links to the entity
// folders), dist/ (the edition), plain-unified/ and plain-satteri/ (minimal Astro projects) and their dist folders.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { globSync } from 'tinyglobby';
import { stripVTControlCharacters } from 'node:util';
import { chromium } from 'playwright-core';
import { startStaticServer } from './lib/static-server.ts';
import { chromiumArgs, chromiumPath } from './lib/browser.ts';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../src/markdown/pipeline.ts';
import { loadEntityRegistry } from '../src/lib/entity-registry.ts';

const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (!counts.length) {
  console.error('usage: npm run bench:scale -- <N> [more N…]');
  process.exit(2);
}

const root = process.cwd();
const sources = readdirSync('content/documents')
  .filter((f) => f.endsWith('.md'))
  .sort();
const entityFolders = ['people', 'places', 'organizations', 'events', 'glossary'];

/** Bytes of all files under a folder (dotfiles too). */
function du(dir: string): number {
  return globSync('**', { cwd: dir, dot: true }).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}

function generate(work: string, n: number) {
  const docs = join(work, 'content', 'documents');
  mkdirSync(docs, { recursive: true });
  for (const folder of entityFolders) symlinkSync(resolve('content', folder), join(work, 'content', folder));
  // the copies name their originals' witnesses (witness.file), which the schema checks exist
  symlinkSync(resolve('content', 'witnesses'), join(work, 'content', 'witnesses'));
  cpSync('content/annotation-lint-allowlist.yaml', join(work, 'content', 'annotation-lint-allowlist.yaml'));
  for (let i = 0; i < n; i++) {
    const file = sources[i % sources.length];
    writeFileSync(
      join(docs, file.replace(/\.md$/, `-copy-${String(i + 1).padStart(4, '0')}.md`)),
      readFileSync(join('content/documents', file)),
    );
  }
}

/**
 * A minimal Astro project: the glob loader and one page per document, with Astro's Markdown pipeline and no
 * annotation plugins. `unified` is the remark/rehype processor the edition's plugins run in (the fair
 * baseline); `satteri` is Astro 7's default processor, native code with no remark/rehype plugins.
 */
function plainProject(work: string, processor: 'unified' | 'satteri') {
  const dir = join(work, `plain-${processor}`);
  mkdirSync(join(dir, 'src', 'pages', 'documents'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\n" +
      (processor === 'unified' ? "import { unified } from '@astrojs/markdown-remark';\n" : '') +
      "export default defineConfig({ site: 'https://archive-reader.example.org', trailingSlash: 'always'" +
      (processor === 'unified' ? ', markdown: { processor: unified({}) }' : '') +
      ' });\n',
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "export const collections = { documents: defineCollection({ loader: glob({ pattern: '*.md', base: '../content/documents' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'documents', '[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n" +
      "export async function getStaticPaths() { return (await getCollection('documents')).map((doc) => ({ params: { slug: doc.id }, props: { doc } })); }\n" +
      'const { Content } = await render(Astro.props.doc);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{Astro.props.doc.data.title}</title></head><body><main><h1>{Astro.props.doc.data.title}</h1><Content /></main></body></html>\n',
  );
  return dir;
}

/** Seconds from Astro's "Completed in 1m 30s" / "Completed in 15.88s". */
function seconds(text: string | undefined): number {
  const m = text && /(?:(\d+)m\s*)?(?:([\d.]+)s|(\d+)ms)/.exec(text);
  if (!m) return NaN;
  return Number(m[1] ?? 0) * 60 + (m[2] ? Number(m[2]) : Number(m[3]) / 1000);
}

/** The edition build's stages, from its log: content (loading and rendering the texts), pages, Pagefind. */
function stages(log: string) {
  const plain = stripVTControlCharacters(log);
  const after = (marker: string) => seconds(/Completed in ([^.\n]*(?:\.\d+)?s)/.exec(plain.slice(plain.indexOf(marker)))?.[1]);
  return { content: after('Collecting build info'), pages: after('generating static routes') };
}

/** Time per kind of page (summed from Astro's "(+12ms)" per page), largest first. */
function pageKinds(log: string) {
  const kinds = new Map<string, { ms: number; count: number }>();
  for (const [, path, ms] of stripVTControlCharacters(log).matchAll(/├─ (\/\S+) \(\+([\d.]+m?s)\)/g)) {
    const kind = path
      .replace(/^\/documents\/[^/]+\/(cite|source)\//, '/documents/*/$1/')
      .replace(/^\/documents\/[^/]+\/index\.html$/, '/documents/*/ (reader)')
      .replace(/^\/documents\/[^/]+\.md$/, '/documents/*.md')
      .replace(/^\/data\/tei\/[^/]+\.xml$/, '/data/tei/*.xml')
      .replace(/^\/(people|places|organizations|events|glossary)\/[^/]+\/index\.html$/, '/<entity>/ pages');
    const k = kinds.get(kind) ?? { ms: 0, count: 0 };
    k.ms += seconds(ms) * 1000;
    k.count++;
    kinds.set(kind, k);
  }
  return [...kinds.entries()].sort((a, b) => b[1].ms - a[1].ms);
}

function build(args: string[], env: Record<string, string>) {
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    ['--max-old-space-size=12288', '--max-semi-space-size=64', 'node_modules/astro/bin/astro.mjs', 'build', ...args],
    {
      cwd: root,
      env: { SITE_URL: 'https://archive-reader.example.org', ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
  return { seconds, log: result.stdout + result.stderr };
}

async function firstSearchBytes(dist: string, query: string) {
  const server = await startStaticServer(dist);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (r) => {
      if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, undefined, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    return bytes;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The Markdown stage alone, in this process: the N documents through the edition's pipeline (every
 * annotation plugin) and through Astro's default pipeline (GFM, Shiki; directives stay text).
 */
async function markdownStage(contentDir: string) {
  const docs = readdirSync(join(contentDir, 'documents')).map((f) =>
    readFileSync(join(contentDir, 'documents', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
  );
  const edition = await createMarkdownProcessor(markdownOptions(loadEntityRegistry(root, contentDir)));
  const plain = await createMarkdownProcessor({});
  const time = async (processor: typeof plain, bodies = docs) => {
    const started = performance.now();
    for (const body of bodies) await processor.render(body, { frontmatter: {} });
    return (performance.now() - started) / 1000;
  };
  // warm both (grammar loading, JIT) on the first texts, then measure
  await time(plain, docs.slice(0, 6));
  await time(edition, docs.slice(0, 6));
  return { edition: await time(edition), plain: await time(plain) };
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const results: { n: number; total: number; astro: number; pagefind: number; plain: number; stage: number }[] = [];

for (const n of counts) {
  const work = join('tmp', `scale-${n}`);
  rmSync(work, { recursive: true, force: true });
  generate(work, n);
  const contentDir = join(work, 'content');

  const stage = await markdownStage(contentDir);
  const edition = build(['--outDir', join(work, 'dist')], { ARCHIVE_CONTENT_DIR: contentDir });
  const pagefind = Number(/indexed \d+ records .* in ([\d.]+) s/.exec(edition.log)?.[1] ?? NaN);
  const records = Number(/indexed (\d+) records/.exec(edition.log)?.[1] ?? NaN);
  const pages = Number(/(\d+) page\(s\) built/.exec(edition.log)?.[1] ?? NaN);
  const builds = { unified: 0, satteri: 0 };
  let plainPages = NaN;
  for (const processor of ['unified', 'satteri'] as const) {
    const plain = build(['--root', plainProject(work, processor), '--outDir', resolve(work, `plain-${processor}-dist`)], {});
    builds[processor] = plain.seconds;
    plainPages = Number(/(\d+) page\(s\) built/.exec(plain.log)?.[1] ?? NaN);
  }
  const plainSize = du(join(work, 'plain-unified-dist'));

  const dist = join(work, 'dist');
  const searchBytes = await firstSearchBytes(dist, 'Vladivostok');
  const { content, pages: pagesTime } = stages(edition.log);
  results.push({ n, total: edition.seconds, astro: edition.seconds - pagefind, pagefind, plain: builds.unified, stage: stage.edition });
  const per = (t: number) => `${((t / n) * 1000).toFixed(0)} ms per document`;
  console.log(`\nN = ${n} documents (${records} search records; ${pages} pages in the edition, ${plainPages} in each plain build)`);
  console.log(
    `  edition build   ${edition.seconds.toFixed(1)} s  = Astro ${(edition.seconds - pagefind).toFixed(1)} s + Pagefind ${pagefind.toFixed(1)} s;  ${per(edition.seconds)}`,
  );
  console.log(
    `    stages        content (load, validate, render the texts) ${content.toFixed(1)} s, pages ${pagesTime.toFixed(1)} s, Pagefind ${pagefind.toFixed(1)} s, the rest (start, bundling, checks, sitemap) ${(edition.seconds - content - pagesTime - pagefind).toFixed(1)} s`,
  );
  for (const [kind, { ms, count }] of pageKinds(edition.log).slice(0, 8)) {
    console.log(
      `    ${kind.padEnd(34)} ${(ms / 1000).toFixed(1).padStart(6)} s for ${String(count).padStart(5)} (${(ms / count).toFixed(0)} ms each)`,
    );
  }
  console.log(
    `  plain build     ${builds.unified.toFixed(1)} s  (Astro with the remark/rehype processor and no annotation plugins, one page per document);  ${per(builds.unified)}`,
  );
  console.log(
    `  Astro default   ${builds.satteri.toFixed(1)} s  (Astro 7's native Sätteri processor, which runs no remark/rehype plugins);  ${per(builds.satteri)}`,
  );
  console.log(
    `  Markdown stage  ${stage.edition.toFixed(1)} s with the annotation plugins, ${stage.plain.toFixed(1)} s with remark/rehype alone: ratio ${(stage.edition / stage.plain).toFixed(2)}`,
  );
  console.log(
    `  ratio           ${(edition.seconds / builds.unified).toFixed(2)} whole build / plain build (the edition also builds cite, source, TEI, entity, chronology and search pages); ${(content / builds.unified).toFixed(2)} content stage / plain build; ${(edition.seconds / builds.satteri).toFixed(2)} whole build / Astro default`,
  );
  console.log(`  output          ${mb(du(dist))} (plain: ${mb(plainSize)});  Pagefind index ${mb(du(join(dist, 'pagefind')))}`);
  console.log(`  first search    ${kb(searchBytes)} fetched ("Vladivostok", search page to results)`);
  for (const processor of ['unified', 'satteri']) rmSync(join(work, `plain-${processor}-dist`), { recursive: true, force: true });
}

if (results.length > 1) {
  const [a, b] = [results[0], results.at(-1)!];
  console.log(
    `\ntime(${b.n}) / time(${a.n}) for ${b.n / a.n}× the documents: edition build ${(b.total / a.total).toFixed(2)} (Astro ${(b.astro / a.astro).toFixed(2)}, Pagefind ${(b.pagefind / a.pagefind).toFixed(2)}), Markdown stage ${(b.stage / a.stage).toFixed(2)}, plain build ${(b.plain / a.plain).toFixed(2)}`,
  );
}
