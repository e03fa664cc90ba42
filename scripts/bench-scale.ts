// Scale benchmark (figures, not a test): a corpus of N documents (copies of the three texts under new
// slugs, annotations and all) built by the edition, and the same N documents built by a plain Astro Markdown
// pipeline without the annotation plugins, side by side.
//   npm run bench:scale -- <N> [more N…]      e.g. npm run bench:scale -- 100 1000
// Works in tmp/scale-<N>/ (git-ignored): content/ (the generated corpus beside links to the entity
// folders), dist/ (the edition), plain/ (a minimal Astro project) and plain-dist/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/support/static-server.ts';
import { chromiumArgs, chromiumPath } from '../tests/support/browser.ts';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../src/markdown/pipeline.ts';
import { loadEntityRegistry } from '../src/lib/entity-registry.ts';

const counts = process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!counts.length) {
  console.error('usage: npm run bench:scale -- <N> [more N…]');
  process.exit(2);
}

const root = process.cwd();
const sources = readdirSync('content/documents').filter((f) => f.endsWith('.md')).sort();
const entityFolders = ['people', 'places', 'organizations', 'events', 'glossary'];

function du(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    total += e.isDirectory() ? du(full) : statSync(full).size;
  }
  return total;
}

function generate(work: string, n: number) {
  const docs = join(work, 'content', 'documents');
  mkdirSync(docs, { recursive: true });
  for (const folder of entityFolders) symlinkSync(resolve('content', folder), join(work, 'content', folder));
  cpSync('content/annotation-lint-allowlist.yaml', join(work, 'content', 'annotation-lint-allowlist.yaml'));
  for (let i = 0; i < n; i++) {
    const file = sources[i % sources.length];
    writeFileSync(join(docs, file.replace(/\.md$/, `-copy-${String(i + 1).padStart(4, '0')}.md`)), readFileSync(join('content/documents', file)));
  }
}

/** A minimal Astro project: the glob loader, Astro's default Markdown pipeline, one page per document. */
function plainProject(work: string) {
  const dir = join(work, 'plain');
  mkdirSync(join(dir, 'src', 'pages', 'documents'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://archive-reader.example.org', trailingSlash: 'always' });\n");
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "export const collections = { documents: defineCollection({ loader: glob({ pattern: '*.md', base: '../content/documents' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'documents', '[slug].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n" +
      "export async function getStaticPaths() { return (await getCollection('documents')).map((doc) => ({ params: { slug: doc.id }, props: { doc } })); }\n" +
      "const { Content } = await render(Astro.props.doc);\n---\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{Astro.props.doc.data.title}</title></head><body><main><h1>{Astro.props.doc.data.title}</h1><Content /></main></body></html>\n",
  );
  return dir;
}

function build(args: string[], env: Record<string, string>) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--max-old-space-size=12288', 'node_modules/astro/bin/astro.mjs', 'build', ...args], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
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
  const docs = readdirSync(join(contentDir, 'documents')).map((f) => readFileSync(join(contentDir, 'documents', f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
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
  const plainDir = plainProject(work);
  const plain = build(['--root', plainDir, '--outDir', resolve(work, 'plain-dist')], {});
  const plainPages = Number(/(\d+) page\(s\) built/.exec(plain.log)?.[1] ?? NaN);

  const dist = join(work, 'dist');
  const searchBytes = await firstSearchBytes(dist, 'Vladivostok');
  results.push({ n, total: edition.seconds, astro: edition.seconds - pagefind, pagefind, plain: plain.seconds, stage: stage.edition });
  console.log(`\nN = ${n} documents (${records} search records; ${pages} pages in the edition, ${plainPages} in the plain build)`);
  console.log(`  edition build   ${edition.seconds.toFixed(1)} s  = Astro ${(edition.seconds - pagefind).toFixed(1)} s + Pagefind ${pagefind.toFixed(1)} s;  ${((edition.seconds / n) * 1000).toFixed(0)} ms per document`);
  console.log(`  plain build     ${plain.seconds.toFixed(1)} s  (Astro's Markdown pipeline, no annotation plugins, one page per document);  ${((plain.seconds / n) * 1000).toFixed(0)} ms per document`);
  console.log(`  Markdown stage  ${stage.edition.toFixed(1)} s with the annotation plugins, ${stage.plain.toFixed(1)} s with Astro's default pipeline: ratio ${(stage.edition / stage.plain).toFixed(2)}`);
  console.log(`  ratio           ${(edition.seconds / plain.seconds).toFixed(2)} (edition / plain, whole build: the edition also builds cite, source, TEI, entity, chronology and search pages)`);
  console.log(`  output          ${mb(du(dist))} (plain: ${mb(du(join(work, 'plain-dist')))});  Pagefind index ${mb(du(join(dist, 'pagefind')))}`);
  console.log(`  first search    ${kb(searchBytes)} fetched ("Vladivostok", search page to results)`);
  rmSync(join(work, 'plain-dist'), { recursive: true, force: true });
}

if (results.length > 1) {
  const [a, b] = [results[0], results.at(-1)!];
  console.log(`\ntime(${b.n}) / time(${a.n}) for ${b.n / a.n}× the documents: edition build ${(b.total / a.total).toFixed(2)}, Markdown stage ${(b.stage / a.stage).toFixed(2)}, plain build ${(b.plain / a.plain).toFixed(2)}`);
}
