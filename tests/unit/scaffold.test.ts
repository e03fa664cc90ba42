// The scaffolds of scripts/new.ts (npm run new:document / new:entity), run as an editor would: the written file has
// every field of its schema, each with the schema's own JSDoc; untouched, it fails to load with a located message
// for each field to fill; filled in, the loader accepts it. A malformed or taken id is refused.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadMarkdownFolder } from '../../src/loaders/markdown-loader.ts';
import { readEntityFolder } from '../../src/loaders/entity-loader.ts';
import { ContentError, type LocatedProblem } from '../../src/loaders/content-errors.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { personSchema, placeSchema } from '../../src/schemas/entities.ts';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import { loadEntityRegistry } from '../../src/lib/entity-registry.ts';

const archive = mkdtempSync(join(tmpdir(), 'archive-scaffold-'));
afterAll(() => rmSync(archive, { recursive: true, force: true }));

/** `npm run new:<what> -- …args` against the temporary archive. */
function scaffold(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    env: { ...process.env, ARCHIVE_CONTENT_DIR: archive },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

/** Load the archive's documents; the problems the loader reports (none when it accepts them). */
async function loadDocuments(): Promise<LocatedProblem[]> {
  try {
    await loadMarkdownFolder(pathToFileURL(archive + '/'), {
      base: 'documents',
      schema: documentSchema,
      markdown: markdownOptions(loadEntityRegistry(process.cwd(), 'content')),
    });
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/** The 1-based line of `key:` (uncommented, at that indent) in a scaffold. */
const lineOf = (text: string, key: string, indent = '') =>
  text.split('\n').findIndex((l) => l === `${indent}${key}:` || l.startsWith(`${indent}${key}: `)) + 1;

/** Fill a scaffold's empty `key:` line (first match at that indent) with a YAML value. */
const fill = (text: string, key: string, value: string, indent = '') =>
  text.replace(new RegExp(`^${indent}${key}:$`, 'm'), `${indent}${key}: ${value}`);

describe('npm run new:document', () => {
  const file = join(archive, 'documents', 'fourth-text.md');

  test('writes every field of the schema, commented with its JSDoc, and prints the next steps', () => {
    const { status, out } = scaffold('document', 'fourth-text', '--genre', 'speech');
    expect(status).toBe(0);
    expect(out).toContain('fourth-text.md');
    expect(out).toMatch(/Next:\n {2}1\. Fill the record/);
    expect(out).toContain('witnesses/fourth-text.txt');
    const text = readFileSync(file, 'utf8');
    // every top-level field of the schema is there, written or commented out (read from the schema, not a list here)
    for (const key of Object.keys(documentSchema.shape)) expect(text, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    // with the schema's own words above it (src/schemas/document.ts)
    expect(text).toContain('# Title as printed (the article');
    expect(text).toContain('# The occasion, e.g. "Joint Session of Congress"');
    expect(text).toMatch(/^genre: speech$/m);
    expect(text).toMatch(/^speech:$/m);
    expect(text).toMatch(/^# letter:$/m);
  });

  test('untouched, it fails to load with a located message for each required field', async () => {
    const text = readFileSync(file, 'utf8');
    const problems = await loadDocuments();
    const at = (key: string, line: number) =>
      expect(
        problems.some((p) => p.line === line && p.reason.includes(`\`${key}\` is empty: fill it in`)),
        `${key} at line ${line}:\n${problems.map((p) => `${p.line}: ${p.reason}`).join('\n')}`,
      ).toBe(true);
    expect(problems.every((p) => p.file.endsWith('documents/fourth-text.md') && p.line !== undefined)).toBe(true);
    for (const key of ['title', 'shortTitle', 'author', 'rights', 'summary']) at(key, lineOf(text, key));
    at('date.original', lineOf(text, 'original', '  '));
    at('date.iso', lineOf(text, 'iso', '  '));
    at('speech.event', lineOf(text, 'event', '  '));
    at('transcription.copy', lineOf(text, 'copy', '  '));
  });

  test('filled in, with a paragraph of text, the loader accepts it', async () => {
    let text = readFileSync(file, 'utf8');
    for (const [key, value] of [
      ['title', 'Address to a Joint Session of Congress on the Conditions of Peace'],
      ['shortTitle', 'Fourteen Points (1918)'],
      ['author', 'Woodrow Wilson'],
      ['rights', 'Public domain.'],
      ['summary', 'The Fourteen Points.'],
    ])
      text = fill(text, key, JSON.stringify(value));
    for (const [key, value] of [
      ['event', 'Joint Session of Congress'],
      ['place', 'Washington, DC'],
      ['original', 'January 8, 1918'],
      ['calendar', 'gregorian'],
      ['iso', '"1918-01-08"'],
      ['copy', 'The Congressional Record.'],
    ])
      text = fill(text, key, value, '  ');
    writeFileSync(file, `${text}\nIt will be our wish and purpose that the processes of peace shall be absolutely open.\n`);
    expect(await loadDocuments()).toEqual([]);
  });

  test('refuses a taken id and a malformed one, writing nothing', () => {
    const taken = scaffold('document', 'fourth-text');
    expect(taken.status).toBe(1);
    expect(taken.err).toContain('the id "fourth-text" is taken');
    const malformed = scaffold('document', 'Fourth_Text');
    expect(malformed.status).toBe(1);
    expect(malformed.err).toContain('"Fourth_Text" is not an id');
    expect(scaffold('document', 'x', '--genre', 'poem').err).toContain('unknown genre "poem"');
  });
});

describe('npm run new:entity', () => {
  test('a person: untouched it fails naming the fields, filled it loads', () => {
    expect(scaffold('entity', 'person', 'new-person').status).toBe(0);
    const file = join(archive, 'people', 'new-person.yaml');
    let text = readFileSync(file, 'utf8');
    for (const key of Object.keys(personSchema.shape)) expect(text, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    const untouched = readEntityFolder(archive, 'people', personSchema).problems;
    for (const key of ['name', 'role', 'description'])
      expect(
        untouched.some((p) => p.line === lineOf(text, key) && p.reason.includes(`\`${key}\``)),
        key,
      ).toBe(true);
    text = fill(fill(fill(text, 'name', 'Ōtani Kikuzō'), 'role', 'Commander.'), 'description', 'A Japanese general.');
    writeFileSync(file, text);
    const filled = readEntityFolder(archive, 'people', personSchema);
    expect(filled.problems).toEqual([]);
    expect(filled.entries[0].data).toMatchObject({ name: 'Ōtani Kikuzō', role: 'Commander.' });
  });

  test('a place by its collection name; the coordinates documented; a layout id refused', () => {
    expect(scaffold('entity', 'places', 'new-place').status).toBe(0);
    const text = readFileSync(join(archive, 'places', 'new-place.yaml'), 'utf8');
    for (const key of Object.keys(placeSchema.shape)) expect(text, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    expect(text).toMatch(/# Latitude in decimal degrees[^\n]*\n {2}# lat:/);
    expect(scaffold('entity', 'place', 'main').err).toContain("used by the site's layout");
    expect(scaffold('entity', 'planet', 'mars').err).toContain('unknown kind "planet"');
  });
});
