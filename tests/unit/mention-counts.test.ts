// For every entity, the mentions its page lists equal the annotations in the texts (counted in the
// Markdown sources independently of the pipeline).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPage } from '../support/dist.ts';
import { entityHref, entityKinds, type EntityKind } from '../../src/schemas/entities.ts';

const docsDir = join(process.cwd(), 'content', 'documents');
const annotations = new Map<string, number>();
for (const name of readdirSync(docsDir)) {
  const text = readFileSync(join(docsDir, name), 'utf8');
  // each `]{ref=id}` closes a mention: walk back to its opening `:kind[`, balancing nested brackets
  for (const m of text.matchAll(/\]\{ref=([a-z0-9-]+)\}/g)) {
    let depth = 0;
    let i = m.index;
    for (; i >= 0; i--) {
      if (text[i] === ']') depth++;
      if (text[i] === '[' && --depth === 0) break;
    }
    const kind = /:(person|place|org|event|term)$/.exec(text.slice(Math.max(0, i - 8), i))?.[1];
    if (!kind) throw new Error(`${name}: cannot find the directive of …${text.slice(i, m.index + 20)}`);
    annotations.set(`${kind}:${m[1]}`, (annotations.get(`${kind}:${m[1]}`) ?? 0) + 1);
  }
}

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
        const listed = page.querySelectorAll('.mentions li').length;
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
