// Determinism: building again from the same sources gives byte-identical output, so that a published
// archive can be verified (rebuild and compare) and two states of it diffed file by file.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { expect, test } from 'vitest';
import { distDir, requireBuild } from '../support/dist.ts';

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

test('a second build is byte-identical to the first', () => {
  requireBuild();
  const outDir = mkdtempSync(join(tmpdir(), 'archive-rebuild-'));
  try {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
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
