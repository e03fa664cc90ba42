// The annotation lint finds names left unannotated, honours the allowlist, and finds nothing in the archive.
import { expect, test } from 'vitest';
import { lintAnnotations } from '../../scripts/lint-annotations.ts';

test('lists unannotated names and variants, longest first, case-sensitively, minus the allowlist and words inside a :date', async () => {
  const found = await lintAnnotations(process.cwd(), 'tests/fixtures/lint');
  expect(found.map((f) => `${f.file}:${f.line} #${f.anchor} ${f.text} (${f.entity})`)).toEqual([
    'tests/fixtures/lint/documents/lint-text.md:18 #p1 Graves (person:william-graves)',
    'tests/fixtures/lint/documents/lint-text.md:20 #p2 General Graves (person:william-graves)',
  ]);
});

test('every name and variant in the three texts is annotated (or allowlisted with a reason)', async () => {
  const found = await lintAnnotations(process.cwd(), 'content');
  expect(found.map((f) => `${f.file}:${f.line} #${f.anchor} "${f.text}" (${f.entity}) … ${f.context} …`)).toEqual([]);
}, 60_000);
