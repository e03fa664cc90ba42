// Authority ids, relations and sources (issue 17): the id formats the schema accepts, and, read from content/,
// that every person, place, organization and event says where it stands in the authority files, that every
// relation names an entity of the archive, that no source is on a refused host, and the audit's corrections.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { authoritySchema } from '../../src/schemas/authority.ts';
import { entityKinds } from '../../src/schemas/entities.ts';
import { readEntityFolder, relationProblems, type EntityFile } from '../../src/loaders/entity-loader.ts';
import { sourceFindings } from '../../scripts/lint-annotations.ts';

const ok = (a: Record<string, string>) => authoritySchema.safeParse({ status: 'verified', source: 'the record', ...a }).success;

describe('authority id formats', () => {
  // the forms each file documents for its identifiers (Wikidata Q-ids, VIAF and GeoNames numbers, LC name authority ids)
  test.each([
    ['wikidata', 'Q42'],
    ['wikidata', 'Q34296'],
    ['viaf', '113230702'],
    ['geonames', '2013348'],
    ['lcnaf', 'n79021164'],
    ['lcnaf', 'nb2005012345'],
    ['lcnaf', 'nr93012345'],
    ['lcnaf', 'no2010123456'],
  ])('%s %s is accepted', (file, id) => expect(ok({ wikidata: 'Q1', [file]: id })).toBe(true));

  test.each([
    ['wikidata', '34296'],
    ['wikidata', 'q34296'],
    ['wikidata', 'Q034296'],
    ['wikidata', 'https://www.wikidata.org/wiki/Q34296'],
    ['viaf', 'Q12'],
    ['viaf', '12a'],
    ['geonames', 'https://www.geonames.org/2013348/'],
    ['geonames', ''],
    ['lcnaf', 'sh85012345'],
    ['lcnaf', 'n'],
  ])('%s %s is refused', (file, id) => expect(ok({ wikidata: 'Q1', [file]: id })).toBe(false));

  test('each status says what it must', () => {
    expect(authoritySchema.safeParse({ status: 'verified', source: 's' }).success).toBe(false); // no id
    expect(authoritySchema.safeParse({ status: 'uncertain', wikidata: 'Q1', source: 's' }).success).toBe(false); // no reason
    expect(authoritySchema.safeParse({ status: 'none-found', source: 's', reason: 'searched' }).success).toBe(true);
    expect(authoritySchema.safeParse({ status: 'none-found', wikidata: 'Q1', source: 's', reason: 'r' }).success).toBe(false);
    expect(authoritySchema.safeParse({ status: 'guessed', wikidata: 'Q1', source: 's' }).success).toBe(false);
  });
});

const kinds = ['person', 'place', 'org', 'event'] as const;
const read = Object.fromEntries(
  Object.entries(entityKinds).map(([kind, { collection, schema }]) => [
    kind,
    readEntityFolder(process.cwd(), `content/${collection}`, schema),
  ]),
);
const all: { kind: string; entry: EntityFile }[] = Object.entries(read).flatMap(([kind, r]) => r.entries.map((entry) => ({ kind, entry })));

describe('the archive', () => {
  test('every entity file is valid', () => {
    expect(Object.values(read).flatMap((r) => r.problems)).toEqual([]);
  });

  test('every person, place, organization and event has verified ids or says why not', () => {
    const entities = all.filter((e) => (kinds as readonly string[]).includes(e.kind));
    expect(entities.length).toBe(
      ['people', 'places', 'organizations', 'events'].reduce(
        (n, d) => n + readdirSync(`content/${d}`).filter((f) => f.endsWith('.yaml')).length,
        0,
      ),
    );
    const missing = entities.filter((e) => !e.entry.data.authority).map((e) => e.entry.filePath);
    expect(missing).toEqual([]);
    for (const { entry } of entities) {
      const a = entry.data.authority as { status: string; wikidata?: string; source: string; reason?: string };
      if (a.status === 'verified') expect(a.wikidata, entry.filePath).toMatch(/^Q\d+$/);
      else expect(a.reason, entry.filePath).toBeTruthy();
    }
  });

  test('every relation names an existing entity', () => {
    const known = new Set(all.map((e) => `${e.kind}:${e.entry.id}`));
    expect(
      relationProblems(
        all.map((e) => e.entry),
        known,
      ),
    ).toEqual([]);
    expect(all.some((e) => ((e.entry.data.relations as unknown[] | undefined) ?? []).length > 0)).toBe(true);
  });

  test('no source, in an entity or in a note, is on a refused host', () => {
    expect(sourceFindings(process.cwd(), 'content').filter((f) => f.refused)).toEqual([]);
  });
});

describe("the audit's corrections", () => {
  const kalmanovitz = readFileSync('content/documents/in-tempestuous-times-part-four.md', 'utf8');

  test('the note on "Semitatzky" gives the outside source, and the person has its spelling', () => {
    const note = kalmanovitz.split('\n').find((l) => l.startsWith('[^semitatzky]:'))!;
    expect(note).toContain('Zeidel Smiatcky');
    expect(note).not.toContain('No outside source');
    const person = read.person.entries.find((e) => e.id === 'zeidel-semiatitsky')!;
    expect(person.data.variants).toContain('Zeidel Smiatcky');
    expect(JSON.stringify(person.data.sources)).toContain('Smiatcky');
  });

  test('Rosh Chodesh Elul is dated as its two days, 30 Av and 1 Elul', () => {
    // each :date whose label (up to its own attributes) names Rosh Chodesh, and its hebrew= value
    const dates = kalmanovitz
      .split(':date[')
      .slice(1)
      .map((chunk) => /^(.*?)\]\{[^}]*hebrew="([^"]+)"/.exec(chunk))
      .filter((m): m is RegExpExecArray => m !== null && m[1].includes('Rosh Chodesh'))
      .map((m) => m[2]);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^30 Av (\d{4})\/1 Elul \1$/);
  });

  test('the Dawes Report note says what is missing is the speaker', () => {
    const note = readFileSync('content/documents/the-dawes-report.md', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('[^webster]:'))!;
    expect(note).toContain('stand in quotation marks');
    expect(note).not.toContain('not named as a quotation');
  });

  test('continents have no map point; large countries say what their point stands for', () => {
    for (const id of ['europe', 'asia']) expect(read.place.entries.find((e) => e.id === id)!.data.coordinates).toBeUndefined();
    for (const id of ['canada', 'united-states', 'russia', 'china'])
      expect(read.place.entries.find((e) => e.id === id)!.data.mapPoint).toBeTruthy();
  });
});
