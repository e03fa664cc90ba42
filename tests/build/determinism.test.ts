// Determinism: building again from the same sources, on a machine with another locale and time zone, gives
// byte-identical output, so that a published archive can be verified (rebuild and compare) and two states of it
// diffed file by file. The second build runs under LANG=cs_CZ.UTF-8 (Czech sorts "ch" after "h") and
// TZ=Pacific/Kiritimati (UTC+14, a day ahead of UTC for ten hours of every day).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { expect, test } from 'vitest';
import { distDir, requireBuild, testSite } from '../support/dist.ts';
import { tempBuildDir } from '../support/build.ts';

/** Every file under a folder (dotfiles too) and its sha256, by POSIX path relative to the folder. */
function digests(dir: string): Map<string, string> {
  const files = globSync('**', { cwd: dir, dot: true }).sort();
  return new Map(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** Another machine: Czech locale, a time zone fourteen hours east of UTC. */
const elsewhere = { LANG: 'cs_CZ.UTF-8', LC_ALL: 'cs_CZ.UTF-8', TZ: 'Pacific/Kiritimati' };

test('the other machine really has another locale and time zone (so the comparison below means something)', () => {
  const probe = spawnSync(
    process.execPath,
    ['-e', 'console.log(new Intl.Collator().resolvedOptions().locale, new Date("2026-01-01").getTimezoneOffset())'],
    {
      env: { ...process.env, ...elsewhere },
      encoding: 'utf8',
    },
  );
  expect(probe.stdout.trim()).toBe('cs-CZ -840');
});

test('a second build, under another locale and time zone, is byte-identical to the first', () => {
  requireBuild();
  const outDir = tempBuildDir('archive-rebuild-');
  try {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { SITE_URL: testSite, ...process.env, ...elsewhere, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const first = digests(distDir);
    const second = digests(outDir);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(300);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}, 360_000);
