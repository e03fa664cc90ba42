// The real `astro build` fails on bad content, with file:line, and fails again on the next build
// (Astro's own glob loader would log, write an empty page, and skip the file the second time).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { testSite } from '../support/dist.ts';
import { tempBuildDir } from '../support/build.ts';

function build(contentDir: string) {
  const outDir = tempBuildDir('archive-bad-build-');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, SITE_URL: testSite, ARCHIVE_CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const wrotePages = existsSync(join(outDir, 'index.html'));
  rmSync(outDir, { recursive: true, force: true });
  return { status: result.status, output: result.stdout + result.stderr, wrotePages };
}

describe('astro build is strict', () => {
  for (const [fixture, expected, beforePages] of [
    [
      'bad-content/unknown-directive',
      'tests/fixtures/bad-content/unknown-directive/documents/test-text.md:21:9: unknown directive :persn',
      true,
    ],
    [
      'bad-content/missing-title',
      'tests/fixtures/bad-content/missing-title/documents/test-text.md:1:1: missing required frontmatter field `title`',
      true,
    ],
    // found when the pages are generated, after the content has loaded: the build still fails
    ['orphan-entity', 'tests/fixtures/orphan-entity/people/nobody-mentioned.yaml:1:1: "nobody-mentioned" is not annotated anywhere', false],
  ] as const) {
    test(`${fixture}: exits non-zero with file:line, twice in a row`, () => {
      for (let attempt = 1; attempt <= 2; attempt++) {
        const { status, output, wrotePages } = build(`tests/fixtures/${fixture}`);
        expect(status, `attempt ${attempt}:\n${output}`).not.toBe(0);
        expect(output).toContain(expected);
        if (beforePages) expect(wrotePages).toBe(false);
      }
    }, 240_000);
  }
});
