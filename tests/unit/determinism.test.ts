// Determinism: building again from the same sources gives byte-identical output, so that a published
// archive can be verified (rebuild and compare) and two states of it diffed file by file.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { distDir, requireBuild } from '../support/dist.ts';

function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return out;
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
