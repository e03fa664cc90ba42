// Malformed content must fail with a message naming the file, the line and the fix; never an empty page.
// Each folder in tests/fixtures/bad-content/ is a tiny archive with one kind of error; expected.txt holds
// the exact message (UPDATE=1 rewrites it; review the diff).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadMarkdownFolder } from '../../src/loaders/markdown-loader.ts';
import { ContentError } from '../../src/loaders/content-errors.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { markdownOptions as pipeline } from '../../src/markdown/pipeline.ts';
import { loadEntityRegistry } from '../../src/lib/entity-registry.ts';

const markdownOptions = pipeline(loadEntityRegistry(process.cwd(), 'tests/fixtures/entities'));

const root = pathToFileURL(process.cwd() + '/');
const fixtures = new URL('../fixtures/bad-content/', import.meta.url);
const cases = readdirSync(fixtures).sort();

describe('bad content fails with file:line and what to fix', () => {
  test('at least twenty kinds of malformed Markdown content are covered', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  for (const name of cases) {
    test(name, async () => {
      const base = `tests/fixtures/bad-content/${name}/documents`;
      const error = await loadMarkdownFolder(root, { base, schema: documentSchema, markdown: markdownOptions }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, `${name} should fail`).toBeInstanceOf(ContentError);
      const message = (error as ContentError).message;
      // every problem names a file of the fixture and a line in it
      for (const line of message.split('\n').slice(1)) expect(line).toMatch(new RegExp(`^${base}/[^:]+:\\d+(:\\d+)?: \\S`));
      const expectedFile = new URL(`${name}/expected.txt`, fixtures);
      if (process.env.UPDATE) writeFileSync(expectedFile, message + '\n');
      expect(message + '\n').toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  test('the real archive loads without a problem', async () => {
    const markdown = pipeline(loadEntityRegistry(process.cwd(), 'content'));
    const files = await loadMarkdownFolder(root, { base: 'content/documents', schema: documentSchema, markdown });
    const documents = readdirSync('content/documents')
      .filter((n) => n.endsWith('.md'))
      .map((n) => n.slice(0, -3))
      .sort();
    expect(documents.length).toBeGreaterThan(0);
    expect(files.map((f) => f.id).sort()).toEqual(documents);
  });
});
