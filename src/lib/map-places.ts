// Places with coordinates, as the maps need them, from the one list of entities and mentions.
import { archive } from './entities.ts';
import type { MapPlace } from './map.ts';

export async function mapPlaces(): Promise<MapPlace[]> {
  const { entities, byEntity, documents } = await archive();
  const title = new Map(documents.map((d) => [d.id, d.data.shortTitle]));
  return entities
    .filter((e) => e.kind === 'place' && (e.entry.data as { coordinates?: unknown }).coordinates)
    .map((e) => {
      const { lat, lon } = (e.entry.data as { coordinates: { lat: number; lon: number } }).coordinates;
      const own = byEntity.get(`place:${e.id}`) ?? [];
      const perDoc = new Map<string, number>();
      for (const m of own) perDoc.set(m.document.id, (perDoc.get(m.document.id) ?? 0) + 1);
      const docs = [...perDoc.entries()].sort((a, b) => b[1] - a[1]).map(([d]) => d);
      const label = `${e.name}: ${own.length} mention${own.length === 1 ? '' : 's'}, in ${docs.map((d) => title.get(d)).join(' and ')}`;
      return { id: e.id, name: e.name, lon, lat, mentions: own.length, documents: docs, href: e.href, label };
    });
}

/** A colour class per document, in the archive's document order. */
export async function documentColours(): Promise<Record<string, string>> {
  const { documents } = await archive();
  return Object.fromEntries(documents.map((d, i) => [d.id, `text-${i + 1}`]));
}
