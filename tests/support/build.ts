// Build a fixture archive for real (astro build with ARCHIVE_CONTENT_DIR), for tests that check a whole built site.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { testSite } from './dist.ts';

/**
 * A new, empty folder for a test's own build, inside the project (`tmp/builds/<prefix>XXXXXX`, absolute path).
 * Inside, because Astro keeps a build's prerendered chunks in `<outDir>/.prerender/` only when the output folder
 * is under the working directory; for any other (os.tmpdir()) it uses the project's `.astro/.prerender/`, which
 * two builds running at once then share: one build rendered the other's fixture (node_modules/astro,
 * dist/prerender/utils.js, getServerOutputDirectory; dist/core/build/common.js, getOutDirWithinCwd).
 */
export function tempBuildDir(prefix: string): string {
  const parent = resolve('tmp', 'builds');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/**
 * Builds the archive in `contentDir` (relative to the project root) into `outDir`, with the tests' site address,
 * telemetry off and plain output. `outDir` must be inside the project (tempBuildDir). Throws with Astro's output
 * when the build fails.
 */
export function buildArchive(contentDir: string, outDir: string, timeoutMs = 240_000): void {
  if (!resolve(outDir).startsWith(process.cwd() + sep)) {
    throw new Error(`buildArchive: ${outDir} is outside the project, where builds at once share .astro/.prerender: use tempBuildDir()`);
  }
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, SITE_URL: testSite, ARCHIVE_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
}
