// A production build needs SITE_URL (README, "Deploying"): without it, or with something that is not a web address,
// `npm run build` and a direct `astro build` stop before building anything, saying what to set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { siteUrlFromEnv } from '../../src/integrations/site-url.ts';
import { testSite } from '../support/dist.ts';

const outDir = mkdtempSync(join(tmpdir(), 'archive-no-site-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Run a build command with SITE_URL set to `site` (or unset). */
function build(args: string[], site: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
  delete env.SITE_URL;
  if (site !== undefined) env.SITE_URL = site;
  const result = spawnSync(process.execPath, [...args, '--outDir', outDir], { env, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('SITE_URL', () => {
  test('npm run build without it fails with the fix, and writes nothing', () => {
    const { status, output } = build(['scripts/astro.ts', 'build'], undefined);
    expect(status).toBe(1);
    expect(output).toContain('SITE_URL is not set');
    expect(output).toContain('SITE_URL=https://<your domain> npm run build');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  test('astro build run directly fails the same way (the integration)', () => {
    const { status, output } = build(['node_modules/astro/bin/astro.mjs', 'build'], '');
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL is not set');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  test('a value that is not an http(s) address is refused, naming it', () => {
    const { status, output } = build(['scripts/astro.ts', 'build'], 'archive.example.org');
    expect(status).toBe(1);
    expect(output).toContain('SITE_URL="archive.example.org" is not a web address');
    expect(() => siteUrlFromEnv('ftp://archive.example.org/')).toThrow(/not a web address/);
    expect(() => siteUrlFromEnv('https://archive.example.org/?x=1')).toThrow(/not a web address/);
    expect(siteUrlFromEnv('https://archive.example.org')).toBe('https://archive.example.org');
    expect(siteUrlFromEnv(' ')).toBeUndefined();
  });

  test('npm start and the test script set one', () => {
    expect(readFileSync('scripts/start.sh', 'utf8')).toMatch(/export SITE_URL="\$\{SITE_URL:-http:\/\/127\.0\.0\.1:\$\{PORT:-4321\}\}"/);
    expect(readFileSync('scripts/test.sh', 'utf8')).toContain(`export SITE_URL=${testSite}\n`);
  });
});
