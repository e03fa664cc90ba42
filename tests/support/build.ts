// Build a fixture archive for real (astro build with ARCHIVE_CONTENT_DIR), for tests that check a whole built site.
import { spawnSync } from 'node:child_process';
import { testSite } from './dist.ts';

/**
 * Builds the archive in `contentDir` (relative to the project root) into `outDir`, with the tests' site address,
 * telemetry off and plain output. Throws with Astro's output when the build fails.
 */
export function buildArchive(contentDir: string, outDir: string, timeoutMs = 240_000): void {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, SITE_URL: testSite, ARCHIVE_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (result.status !== 0) throw new Error(result.stdout + result.stderr);
}
