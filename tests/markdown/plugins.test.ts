// Fixture tests for the edition's remark/rehype plugins: fixtures/<case>/input.md → output.html
// (and problems.txt: the content errors it must report, empty for a valid input).
// UPDATE=1 rewrites the expected files; review the diff.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblems, renderMarkdown } from '../support/render.ts';

const dir = new URL('./fixtures/', import.meta.url);
const cases = readdirSync(dir).sort();

describe('markdown plugins (fixtures)', () => {
  test('there are fixtures', () => expect(cases.length).toBeGreaterThan(8));

  for (const name of cases) {
    test(name, async () => {
      const base = new URL(`${name}/`, dir);
      const input = readFileSync(new URL('input.md', base), 'utf8');
      const { html, problems } = await renderMarkdown(input);
      const actualProblems = formatProblems(problems);
      const htmlFile = new URL('output.html', base);
      const problemsFile = new URL('problems.txt', base);
      if (process.env.UPDATE) {
        writeFileSync(htmlFile, html + '\n');
        writeFileSync(problemsFile, actualProblems ? actualProblems + '\n' : '');
      }
      expect(existsSync(htmlFile), `${name}: missing output.html (run with UPDATE=1)`).toBe(true);
      expect(html + '\n').toBe(readFileSync(htmlFile, 'utf8'));
      expect(actualProblems ? actualProblems + '\n' : '').toBe(readFileSync(problemsFile, 'utf8'));
    });
  }
});
