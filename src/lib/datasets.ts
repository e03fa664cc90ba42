// The archive's data as files for researchers, built from the one list of entities and mentions: JSON, GeoJSON and
// spreadsheet tables (CSV: one per entity kind, and the mentions).
import { stringify } from 'csv-stringify/sync';
import { archive, relationsByEntity, type AnyEntityData, type Entity } from './entities.ts';
import { sameAs } from './structured-data.ts';
import type { Authority } from '../schemas/authority.ts';
import { entityKinds, type EntityKind } from '../schemas/entities.ts';
import { chronology } from './chronology.ts';

/**
 * A table as CSV for spreadsheets: RFC 4180 (csv-stringify quotes a field that holds a comma, quote or line break),
 * CRLF line ends, and a UTF-8 byte-order mark, without which Excel reads UTF-8 as a legacy code page ("Ōtani Kikuzō"
 * shown as mojibake). Served as `text/csv; charset=utf-8` (scripts/lib/static-server.ts; README, "Deploying").
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return stringify([header, ...rows], { bom: true, record_delimiter: 'windows' });
}

/** How a CSV cell lists several values (variants, documents): one string, joined by " | ". */
export const listSeparator = ' | ';

export const mentionColumns = ['entity', 'kind', 'name', 'document', 'paragraph', 'anchor', 'page', 'text', 'sentence', 'url'] as const;

export async function mentionsCsv(site: URL): Promise<string> {
  const { mentions, entities } = await archive();
  const names = new Map(entities.map((e) => [`${e.kind}:${e.id}`, e.name]));
  const rows = mentions.map((m) => {
    const page = m.page ?? m.document.data.firstPage ?? '';
    return [
      m.id,
      entityKinds[m.kind].label.toLowerCase(),
      names.get(m.entity),
      m.document.id,
      m.paragraph ?? '',
      m.anchor,
      m.document.data.firstPage ? page : '',
      m.text,
      m.sentence,
      new URL(`/documents/${m.document.id}/#${m.anchor}`, site).href,
    ];
  });
  return toCsv(mentionColumns, rows);
}

/** A column of an entity table: its header, what it holds (listed on the /data/ page), and its value for an entity. */
export interface EntityColumn {
  name: string;
  note: string;
  value: (e: Entity, data: AnyEntityData, facts: { mentions: number; documents: string[]; url: string }) => string | number | undefined;
}

const common = {
  head: [
    { name: 'id', note: 'the permanent id (the file name in content/…)', value: (e) => e.id },
    { name: 'name', note: 'the name as readers know it', value: (e) => e.name },
  ] satisfies EntityColumn[],
  variants: {
    name: 'variants',
    note: `other forms of the name in the texts, separated by "${listSeparator}"`,
    value: (_, d) => d.variants?.join(listSeparator),
  } satisfies EntityColumn,
  tail: [
    { name: 'description', note: 'one line on who or what it is', value: (e) => e.description },
    {
      name: 'unverified',
      note: `the fields the editors could not verify, separated by "${listSeparator}"`,
      value: (_, d) => d.unverified?.join(listSeparator),
    },
    { name: 'mentions', note: 'how many times the texts mention it', value: (_, __, f) => f.mentions },
    {
      name: 'documents',
      note: `the ids of the texts that mention it, separated by "${listSeparator}"`,
      value: (_, __, f) => f.documents.join(listSeparator),
    },
    { name: 'url', note: 'its page in this edition', value: (_, __, f) => f.url },
  ] satisfies EntityColumn[],
};

/**
 * The columns of each entity table (people.csv, places.csv, organizations.csv, events.csv): id and names, the kind's
 * own dates, role or coordinates, then the description, unverified fields, mention count, texts and page.
 */
export const entityTables = {
  person: {
    file: 'people.csv',
    columns: [
      ...common.head,
      { name: 'full_name', note: 'the full name, where verified', value: (_, d) => d.fullName },
      common.variants,
      { name: 'born', note: 'date of birth (ISO: YYYY, YYYY-MM or YYYY-MM-DD, as precise as verified)', value: (_, d) => d.born },
      { name: 'died', note: 'date of death (ISO)', value: (_, d) => d.died },
      { name: 'role', note: 'how the person matters to these texts', value: (_, d) => d.role },
      {
        name: 'identified_from',
        note: 'for a person the texts do not name: the words of the text',
        value: (_, d) => d.identification?.textSays,
      },
      { name: 'identification_certainty', note: 'certain, probable or possible', value: (_, d) => d.identification?.certainty },
      ...common.tail,
    ],
  },
  place: {
    file: 'places.csv',
    columns: [
      ...common.head,
      { name: 'modern_name', note: 'the modern name and location', value: (_, d) => d.modernName },
      common.variants,
      {
        name: 'kind',
        note: 'city, district, region, country, continent, building, body-of-water, front or other',
        value: (_, d) => d.kind,
      },
      { name: 'latitude', note: 'decimal degrees north (WGS 84); empty for places without a point', value: (_, d) => d.coordinates?.lat },
      { name: 'longitude', note: 'decimal degrees east (WGS 84)', value: (_, d) => d.coordinates?.lon },
      ...common.tail,
    ],
  },
  org: {
    file: 'organizations.csv',
    columns: [
      ...common.head,
      common.variants,
      { name: 'founded', note: 'when it was founded (ISO)', value: (_, d) => d.founded },
      { name: 'dissolved', note: 'when it was dissolved (ISO)', value: (_, d) => d.dissolved },
      ...common.tail,
    ],
  },
  event: {
    file: 'events.csv',
    columns: [
      ...common.head,
      common.variants,
      { name: 'start', note: 'when it began (ISO)', value: (_, d) => d.start },
      { name: 'end', note: 'when it ended (ISO), for events that lasted', value: (_, d) => d.end },
      ...common.tail,
    ],
  },
} satisfies Partial<Record<EntityKind, { file: string; columns: EntityColumn[] }>>;

export type TableKind = keyof typeof entityTables;

/** One entity table as CSV: a row per entity of the kind, in the archive's name order. */
export async function entityCsv(kind: TableKind, site: URL): Promise<string> {
  const { entities, byEntity, documentsByEntity } = await archive();
  const { columns } = entityTables[kind];
  const rows = entities
    .filter((e) => e.kind === kind)
    .map((e) => {
      const key = `${e.kind}:${e.id}`;
      const facts = {
        mentions: byEntity.get(key)?.length ?? 0,
        documents: (documentsByEntity.get(key) ?? []).map((d) => d.id),
        url: new URL(e.href, site).href,
      };
      const data = e.entry.data as AnyEntityData;
      return columns.map((c: EntityColumn) => c.value(e, data, facts));
    });
  return toCsv(
    columns.map((c) => c.name),
    rows,
  );
}

/**
 * Every entity with its record as in content/ (including `authority`; a place's own `kind` as `place_kind`), its mention count, `same_as` (the URLs of
 * its verified authority records) and `relations` both ways: `direction` "out" is a relation its own file
 * declares ("member-of" the `target`), "in" one another entity declares towards it (`target` is that entity).
 */
export async function entitiesJson(site: URL) {
  const { entities, mentions } = await archive();
  const relations = await relationsByEntity();
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return {
    title: 'Archive Reader: entities',
    generated_from: 'content/{people,places,organizations,events,glossary}/*.yaml',
    relation_types: 'member-of, leader-of, part-of, located-in, participant-in, successor-of (src/schemas/authority.ts)',
    entities: entities.map((e) => {
      const key = `${e.kind}:${e.id}`;
      const data = e.entry.data as Record<string, unknown> & { authority?: Authority };
      // a place's own `kind` (city, country…) would replace the entity kind: it is published as `place_kind`
      const { kind: placeKind, ...record } = data as typeof data & { kind?: string };
      return {
        id: e.id,
        kind: entityKinds[e.kind].label.toLowerCase(),
        url: new URL(e.href, site).href,
        mentions: counts.get(key) ?? 0,
        ...(e.kind === 'place' ? { place_kind: placeKind } : {}),
        ...record,
        same_as: sameAs(data.authority),
        relations: (relations.get(key) ?? []).map((r) => ({
          type: r.type,
          direction: r.direction,
          target: `${r.other.kind}:${r.other.id}`,
          name: r.other.name,
          url: new URL(r.other.href, site).href,
          note: r.note ?? null,
          sources: r.sources,
        })),
      };
    }),
  };
}

export async function placesGeoJson(site: URL) {
  const { entities, byEntity } = await archive();
  return {
    type: 'FeatureCollection',
    features: entities
      .filter((e) => e.kind === 'place' && (e.entry.data as { coordinates?: unknown }).coordinates)
      .map((e) => {
        const data = e.entry.data as { coordinates: { lat: number; lon: number }; kind: string; modernName?: string };
        const own = byEntity.get(`place:${e.id}`) ?? [];
        return {
          type: 'Feature',
          id: e.id,
          geometry: { type: 'Point', coordinates: [data.coordinates.lon, data.coordinates.lat] },
          properties: {
            name: e.name,
            modernName: data.modernName ?? null,
            kind: data.kind,
            description: e.description,
            mentions: own.length,
            documents: [...new Set(own.map((m) => m.document.id))],
            url: new URL(e.href, site).href,
          },
        };
      }),
  };
}

/** The chronology as data: every entry, in time order, with its range, texts and links. */
export async function chronologyJson(site: URL) {
  const url = (path: string) => new URL(path, site).href;
  return {
    title: 'Archive Reader: chronology',
    generated_from: 'the :date annotations of content/documents/*.md, content/events/*.yaml and the texts’ publication dates',
    calendar_note: 'Hebrew dates converted to the Gregorian calendar with @hebcal/core at build time; ranges are inclusive ISO dates.',
    entries: (await chronology()).map((e) => {
      const common = {
        id: e.key,
        kind: e.kind,
        start: e.range.start,
        end: e.range.end,
        label: e.label,
        documents: e.documents,
        url: url(`/chronology/#${e.key}`),
      };
      if (e.kind === 'date') {
        return {
          ...common,
          text: e.date.text,
          when: e.date.when,
          hebrew: e.date.hebrew ? { value: e.date.hebrew.value, gregorian: e.conversion } : null,
          gloss: e.date.gloss?.value ?? null,
          event: e.date.event,
          mismatches: e.date.mismatches,
          note: e.date.note?.text ?? null,
          paragraph: e.date.paragraph,
          page: e.date.page,
          sentence: e.date.sentence,
          passage: url(e.href),
        };
      }
      if (e.kind === 'event')
        return {
          ...common,
          event: e.entity.id,
          name: e.entity.name,
          description: e.entity.description,
          page: url(e.entity.href),
          passages: e.passages.map((p) => url(p.href)),
        };
      return {
        ...common,
        title: e.document.data.title,
        as_printed: e.document.data.date.original,
        text: url(`/documents/${e.document.id}/`),
      };
    }),
  };
}
