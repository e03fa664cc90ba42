// Malformed entity YAML fails with file:line and what to fix (tests/fixtures/bad-entities/<case>/, expected.txt).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readEntityFolder, relationProblems } from '../../src/loaders/entity-loader.ts';
import { ContentError } from '../../src/loaders/content-errors.ts';
import { entityKinds } from '../../src/schemas/entities.ts';

const base = 'tests/fixtures/bad-entities';
const cases = readdirSync(base).sort();

describe('bad entity files fail with file:line', () => {
  for (const name of cases) {
    test(name, () => {
      const read = Object.entries(entityKinds).map(([kind, { collection, schema }]) => ({
        kind,
        ...readEntityFolder(process.cwd(), `${base}/${name}/${collection}`, schema),
      }));
      // relations must name an entity of the case's own folders, as the build checks against the archive's
      const known = new Set(read.flatMap(({ kind, entries }) => entries.map((e) => `${kind}:${e.id}`)));
      const problems = [
        ...read.flatMap((r) => r.problems),
        ...relationProblems(
          read.flatMap((r) => r.entries),
          known,
        ),
      ];
      expect(problems.length, `${name} should report a problem`).toBeGreaterThan(0);
      const message = new ContentError(problems).message;
      for (const line of message.split('\n').slice(1)) expect(line).toMatch(/^tests\/fixtures\/bad-entities\/[^:]+\.ya?ml:\d+:\d+: \S/);
      const expectedFile = `${base}/${name}/expected.txt`;
      if (process.env.UPDATE) writeFileSync(expectedFile, message + '\n');
      expect(message + '\n').toBe(readFileSync(expectedFile, 'utf8'));
    });
  }

  test('the fixture entities are valid', () => {
    for (const { collection, schema } of Object.values(entityKinds)) {
      expect(readEntityFolder(process.cwd(), `tests/fixtures/entities/${collection}`, schema).problems).toEqual([]);
    }
  });
});
