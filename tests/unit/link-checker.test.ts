// The link checker itself must catch what it promises to catch.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';

test('reports a missing page, a missing #fragment and a resource from another origin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(
    join(dir, 'index.html'),
    `<p id="top"><a href="/a/#p2">ok</a> <a href="/a/#p9">bad fragment</a> <a href="/missing/">gone</a> <a href="#top">self</a> <a href="https://example.org/">external link is fine</a></p><script src="https://cdn.example.org/x.js"></script>`,
  );
  writeFileSync(join(dir, 'a', 'index.html'), `<p id="p2">x</p>`);
  const { problems } = checkLinks(dir);
  rmSync(dir, { recursive: true, force: true });
  expect(problems.map((p) => `${p.href}: ${p.problem}`)).toEqual([
    '/a/#p9: no element with id="p9" on /a/',
    '/missing/: no page at /missing/',
    'https://cdn.example.org/x.js: loads a resource from another origin',
  ]);
});
