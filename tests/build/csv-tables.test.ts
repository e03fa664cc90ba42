// The spreadsheet tables (/data/people.csv, places.csv, organizations.csv, events.csv and mentions.csv): each opens in
// Excel as it is (UTF-8 byte-order mark, RFC 4180, read here by csv-parse), has a row per entity file in content/,
// and agrees with the entity files (names, dates, coordinates) and with the annotations (mention counts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, test } from 'vitest';
import { distDir, testSite } from '../support/dist.ts';
import { countAnnotations } from '../support/annotations.ts';

const annotations = countAnnotations();
const bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** The entity files of a collection: id → parsed YAML (the source the tables are built from). */
function entityFiles(collection: string): Map<string, Record<string, unknown>> {
  const dir = join('content', collection);
  return new Map(
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => [f.replace(/\.ya?ml$/, ''), parseYaml(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>]),
  );
}

/** A CSV download: its raw bytes and its records as objects keyed by the header row (csv-parse, strict column count). */
function table(file: string) {
  const bytes = readFileSync(join(distDir, 'data', file));
  const records = parseCsv<Record<string, string>>(bytes, { bom: true, columns: true, relax_column_count: false, skip_empty_lines: false });
  const header = parseCsv(bytes, { bom: true, to_line: 1 })[0];
  return { bytes, records, header };
}

// written from the issue (ids, names, variants, dates, roles, coordinates, mention counts, page URLs)
const tables = [
  {
    file: 'people.csv',
    collection: 'people',
    kind: 'person',
    path: '/people/',
    header: [
      'id',
      'name',
      'full_name',
      'variants',
      'born',
      'died',
      'role',
      'identified_from',
      'identification_certainty',
      'description',
      'unverified',
      'mentions',
      'documents',
      'url',
    ],
  },
  {
    file: 'places.csv',
    collection: 'places',
    kind: 'place',
    path: '/places/',
    header: [
      'id',
      'name',
      'modern_name',
      'variants',
      'kind',
      'latitude',
      'longitude',
      'description',
      'unverified',
      'mentions',
      'documents',
      'url',
    ],
  },
  {
    file: 'organizations.csv',
    collection: 'organizations',
    kind: 'org',
    path: '/organizations/',
    header: ['id', 'name', 'variants', 'founded', 'dissolved', 'description', 'unverified', 'mentions', 'documents', 'url'],
  },
  {
    file: 'events.csv',
    collection: 'events',
    kind: 'event',
    path: '/events/',
    header: ['id', 'name', 'variants', 'start', 'end', 'description', 'unverified', 'mentions', 'documents', 'url'],
  },
];

describe('spreadsheet tables', () => {
  for (const t of tables) {
    test(`${t.file}: byte-order mark, its columns, a row per file in content/${t.collection}/, names, variants and counts from the sources`, () => {
      const { bytes, records, header } = table(t.file);
      expect(bytes.subarray(0, 3).equals(bom), 'starts with the UTF-8 byte-order mark').toBe(true);
      expect(bytes.includes('\r\n'), 'CRLF line ends').toBe(true);
      expect(header).toEqual(t.header);
      const files = entityFiles(t.collection);
      expect(records.length).toBe(files.size);
      expect(new Set(records.map((r) => r.id))).toEqual(new Set(files.keys()));
      for (const r of records) {
        const source = files.get(r.id)!;
        expect(r.name, r.id).toBe(source.name);
        expect(r.variants, r.id).toBe(((source.variants as string[] | undefined) ?? []).join(' | '));
        expect(r.description, r.id).toBe(source.description);
        expect(Number(r.mentions), r.id).toBe(annotations.get(`${t.kind}:${r.id}`) ?? 0);
        expect(r.url, r.id).toBe(`${testSite}${t.path}${r.id}/`);
      }
    });
  }

  test('people.csv: dates and roles as in the files; "Ōtani Kikuzō" round-trips', () => {
    const people = entityFiles('people');
    for (const r of table('people.csv').records) {
      const source = people.get(r.id)!;
      expect([r.born, r.died, r.role], r.id).toEqual([source.born ?? '', source.died ?? '', source.role]);
    }
    const otani = table('people.csv').records.find((r) => r.id === 'kikuzo-otani')!;
    expect(otani.name).toBe('Ōtani Kikuzō');
    expect(otani.died).toBe('1923-11-26');
    // the bytes of the name are UTF-8 (what Excel reads once it sees the byte-order mark)
    expect(table('people.csv').bytes.includes(Buffer.from('Ōtani Kikuzō', 'utf8'))).toBe(true);
  });

  test('places.csv: coordinates as in the files, empty for a place without a point', () => {
    const places = entityFiles('places');
    let withPoint = 0;
    for (const r of table('places.csv').records) {
      const c = places.get(r.id)!.coordinates as { lat: number; lon: number } | undefined;
      if (c) withPoint++;
      expect([r.latitude, r.longitude], r.id).toEqual(c ? [String(c.lat), String(c.lon)] : ['', '']);
    }
    expect(withPoint).toBeGreaterThan(0);
  });

  test('events.csv and organizations.csv: their dates as in the files', () => {
    const events = entityFiles('events');
    for (const r of table('events.csv').records)
      expect([r.start, r.end], r.id).toEqual([events.get(r.id)!.start, events.get(r.id)!.end ?? '']);
    const orgs = entityFiles('organizations');
    for (const r of table('organizations.csv').records)
      expect([r.founded, r.dissolved], r.id).toEqual([orgs.get(r.id)!.founded ?? '', orgs.get(r.id)!.dissolved ?? '']);
  });

  test('mentions.csv: byte-order mark, and a row per annotation', () => {
    const { bytes, records } = table('mentions.csv');
    expect(bytes.subarray(0, 3).equals(bom)).toBe(true);
    expect(records.length).toBe([...annotations.values()].reduce((a, b) => a + b, 0));
  });

  test('the /data/ page links every table', () => {
    const page = readFileSync(join(distDir, 'data', 'index.html'), 'utf8');
    for (const file of [...tables.map((t) => t.file), 'mentions.csv']) expect(page).toContain(`href="/data/${file}"`);
  });
});
