// The list of the layout's ids (src/lib/layout-ids.ts) covers every id the layout, components and pages write,
// read from their source files here, so that a new id in the layout cannot silently collide with content.
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { describe, expect, test } from 'vitest';
import { isLayoutId } from '../../src/lib/layout-ids.ts';

const sources = globSync(['src/layouts/**/*.astro', 'src/components/**/*.astro', 'src/pages/**/*.astro'], { cwd: process.cwd() }).sort();

describe('layout ids', () => {
  test('every literal id in the layout, components and pages is reserved', () => {
    const literal = sources.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bid="([^"{}]+)"/g)].map((m) => `${m[1]} (${file})`),
    );
    expect(sources.length).toBeGreaterThan(10);
    expect(literal.length).toBeGreaterThan(20);
    expect(literal.filter((entry) => !isLayoutId(entry.split(' ')[0]))).toEqual([]);
  });

  test('generated families are reserved, content-like ids are not', () => {
    expect(['main', 'p12', 'page-88', 'em-3', 'filter-the-dawes-report', 'user-content-fn-a'].map(isLayoutId)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['the-yeshivas-new-home', 'introduction', 'vladivostok', 'pa12'].map(isLayoutId)).toEqual([false, false, false, false]);
  });
});
