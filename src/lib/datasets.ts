// The archive's data as files for researchers, built from the one list of entities and mentions.
import { archive } from './entities.ts';
import { entityKinds } from '../schemas/entities.ts';

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
const csvField = (value: unknown) => {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const mentionColumns = ['entity', 'kind', 'name', 'document', 'paragraph', 'anchor', 'page', 'text', 'sentence', 'url'] as const;

export async function mentionsCsv(site: URL): Promise<string> {
  const { mentions, entities } = await archive();
  const names = new Map(entities.map((e) => [`${e.kind}:${e.id}`, e.name]));
  const rows = mentions.map((m) => {
    const page = m.page ?? m.document.data.firstPage ?? '';
    return [m.id, entityKinds[m.kind].label.toLowerCase(), names.get(m.entity), m.document.id, m.paragraph ?? '', m.anchor, m.document.data.firstPage ? page : '', m.text, m.sentence, new URL(`/documents/${m.document.id}/#${m.anchor}`, site).href];
  });
  return [mentionColumns, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export async function entitiesJson(site: URL) {
  const { entities, mentions } = await archive();
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return {
    title: 'Archive Reader: entities',
    generated_from: 'content/{people,places,organizations,events,glossary}/*.yaml',
    entities: entities.map((e) => ({
      id: e.id,
      kind: entityKinds[e.kind].label.toLowerCase(),
      url: new URL(e.href, site).href,
      mentions: counts.get(`${e.kind}:${e.id}`) ?? 0,
      ...(e.entry.data as Record<string, unknown>),
    })),
  };
}

export async function placesGeoJson(site: URL) {
  const { entities, mentions } = await archive();
  return {
    type: 'FeatureCollection',
    features: entities
      .filter((e) => e.kind === 'place' && (e.entry.data as { coordinates?: unknown }).coordinates)
      .map((e) => {
        const data = e.entry.data as { coordinates: { lat: number; lon: number }; kind: string; modernName?: string };
        const own = mentions.filter((m) => m.entity === `place:${e.id}`);
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
