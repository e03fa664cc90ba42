// The archive's data as files for researchers, built from the one list of entities and mentions.
import { archive, relationsByEntity } from './entities.ts';
import { sameAs } from './structured-data.ts';
import type { Authority } from '../schemas/authority.ts';
import { entityKinds } from '../schemas/entities.ts';
import { chronology } from './chronology.ts';

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
const csvField = (value: string | number | null | undefined) => {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

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
  return [mentionColumns, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
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
