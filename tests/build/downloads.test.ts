// Data downloads parse, match their shape, and agree with the annotations.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { distDir } from '../support/dist.ts';
import { countAnnotations } from '../support/annotations.ts';
import { entityKinds } from '../../src/schemas/entities.ts';

const annotations = countAnnotations();
const total = [...annotations.values()].reduce((a, b) => a + b, 0);

/** RFC 4180 records, read by csv-parse (the file starts with a UTF-8 byte-order mark: see csv-tables.test.ts). */
const parseCsv = (text: string): string[][] => parse(text, { bom: true });

describe('data downloads', () => {
  test('mentions.csv has one row per annotation, ten columns each, and the same counts per entity', () => {
    const [header, ...rows] = parseCsv(readFileSync(`${distDir}/data/mentions.csv`, 'utf8'));
    expect(header).toEqual(['entity', 'kind', 'name', 'document', 'paragraph', 'anchor', 'page', 'text', 'sentence', 'url']);
    expect(rows.length).toBe(total);
    expect(rows.every((r) => r.length === 10)).toBe(true);
    const kindOf = Object.fromEntries(Object.entries(entityKinds).map(([k, v]) => [v.label.toLowerCase(), k]));
    const counted = new Map<string, number>();
    for (const r of rows) counted.set(`${kindOf[r[1]]}:${r[0]}`, (counted.get(`${kindOf[r[1]]}:${r[0]}`) ?? 0) + 1);
    expect(counted).toEqual(annotations);
    // the printed page is given for the paginated article only, and within its pages
    for (const r of rows) {
      if (r[3] === 'americas-withdrawal-from-siberia') expect(Number(r[6])).toBeGreaterThanOrEqual(87);
      else expect(r[6]).toBe('');
    }
  });

  test('entities.json lists every entity with its sources and mention count', () => {
    const data = JSON.parse(readFileSync(`${distDir}/data/entities.json`, 'utf8'));
    const ids = new Set(data.entities.map((e: { kind: string; id: string }) => `${e.kind}:${e.id}`));
    expect(ids.size).toBe(data.entities.length);
    for (const e of data.entities) {
      expect(typeof e.description === 'string' || typeof e.meaning === 'string').toBe(true);
      expect(Array.isArray(e.sources)).toBe(true);
      expect(e.mentions).toBeGreaterThan(0);
    }
    expect(data.entities.reduce((n: number, e: { mentions: number }) => n + e.mentions, 0)).toBe(total);
  });

  test('places.geojson is a FeatureCollection of points with valid coordinates', () => {
    const geo = JSON.parse(readFileSync(`${distDir}/data/places.geojson`, 'utf8'));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(40);
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(-180);
      expect(lon).toBeLessThanOrEqual(180);
      expect(lat).toBeGreaterThanOrEqual(-90);
      expect(lat).toBeLessThanOrEqual(90);
      expect(f.properties.mentions).toBe(annotations.get(`place:${f.id}`));
    }
  });
});
