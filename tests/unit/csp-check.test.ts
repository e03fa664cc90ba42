// The build's own CSP check (src/integrations/csp.ts): scripts from elsewhere are found, and a failed check
// removes the output, naming the Markdown file a document page came from.
import { mkdirSync, mkdtempSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import cspIntegration, { hasForeignScript } from '../../src/integrations/csp.ts';
import { cspMeta } from '../../src/lib/csp.ts';

const policy = `<meta http-equiv="Content-Security-Policy" content="${cspMeta}">`;
const page = (body: string) => `<!doctype html><html><head>${policy}</head><body>${body}</body></html>`;

describe('hasForeignScript', () => {
  test.each([
    ['<script src="https://cdn.example.com/x.js"></script>', true],
    ['<script src="//cdn.example.com/x.js"></script>', true],
    ['<SCRIPT SRC="HTTP://cdn.example.com/x.js"></SCRIPT>', true],
    ['<script src="data:text/javascript,alert(1)"></script>', true],
    ['<script type="module" src="/_astro/page.js"></script>', false],
    ['<script type="module" src="_astro/page.js"></script>', false],
    ['<p>no script</p>', false],
  ])('%s: %s', (html, expected) => {
    expect(hasForeignScript(Buffer.from(page(html)))).toBe(expected);
  });
});

describe('a failed check fails the build whole', () => {
  const run = async (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'csp-check-'));
    for (const [name, html] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), html);
    }
    const hook = cspIntegration().hooks['astro:build:done']!;
    const logger = { info: () => undefined };
    const error = await (hook as (o: unknown) => Promise<void>)({ dir: pathToFileURL(dir + '/'), logger }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    const left = existsSync(dir);
    rmSync(dir, { recursive: true, force: true });
    return { error, left };
  };

  test('a clean build passes and keeps its output', async () => {
    const { error, left } = await run({ 'index.html': page('<p>ok</p>') });
    expect(error).toBeUndefined();
    expect(left).toBe(true);
  });

  test('an outside script in a document page: the message names the Markdown file, and the output is gone', async () => {
    const { error, left } = await run({
      'index.html': page('<p>ok</p>'),
      'documents/a-text/index.html': page('<script src="https://evil.example/x.js"></script>'),
    });
    expect(error?.message).toContain('documents/a-text/index.html (from content/documents/a-text.md)');
    expect(error?.message).toContain('another origin');
    expect(left).toBe(false);
  });
});
