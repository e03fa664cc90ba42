// For every entity, the mentions its page lists equal the annotations in the texts (counted in the
// Markdown sources independently of the pipeline).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPage } from '../support/dist.ts';
import { entityHref, entityKinds, type EntityKind } from '../../src/schemas/entities.ts';
import { countAnnotations } from '../support/annotations.ts';

const annotations = countAnnotations();

describe('mention counts', () => {
  test('the texts are annotated', () => expect(annotations.size).toBeGreaterThan(50));

  for (const kind of Object.keys(entityKinds) as EntityKind[]) {
    if (kind === 'term') continue;
    const dir = join(process.cwd(), 'content', entityKinds[kind].collection);
    test(`${entityKinds[kind].plural}: every page lists exactly its annotations`, () => {
      const wrong: string[] = [];
      for (const file of readdirSync(dir)) {
        const id = file.replace(/\.yaml$/, '');
        const page = loadPage(entityHref(kind, id));
        // one item per sentence, each mention of the entity marked in it
        const listed = page.querySelectorAll('.mentions li mark').length;
        const expected = annotations.get(`${kind}:${id}`) ?? 0;
        if (listed !== expected) wrong.push(`${kind}:${id} lists ${listed}, texts have ${expected}`);
      }
      expect(wrong).toEqual([]);
    });
  }

  test('glossary: each term links to as many passages as it has annotations', () => {
    const page = loadPage('/glossary/');
    const wrong: string[] = [];
    for (const file of readdirSync(join(process.cwd(), 'content', 'glossary'))) {
      const id = file.replace(/\.yaml$/, '');
      const links = Array.from(page.getElementById(id)?.querySelectorAll('.term-uses a') ?? []);
      const listed = links.reduce((n, a) => n + Number(a.getAttribute('data-count')), 0);
      const expected = annotations.get(`term:${id}`) ?? 0;
      if (listed !== expected) wrong.push(`term:${id} lists ${listed}, texts have ${expected}`);
    }
    expect(wrong).toEqual([]);
  });
});
