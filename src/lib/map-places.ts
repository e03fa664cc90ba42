// Places with coordinates, as the maps need them, from the one list of entities and mentions.
import { archive } from './entities.ts';
import type { MapPlace } from './map.ts';
import { assignStyles, type TextStyle } from './palette.ts';

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

/** Each document's colour and marker shape (the rule: assignStyles in palette.ts), by document id. */
export async function documentStyles(): Promise<Record<string, TextStyle>> {
  const { documents } = await archive();
  return Object.fromEntries(assignStyles(documents.map((d) => ({ id: d.id, colour: d.data.colour }))));
}

/**
 * CSS for the map page's filter (no script): when the radio button `#map-filter-X` is checked, or the page was
 * opened at `/map/#text-X` (the link from X's reading page), hide every element whose data-in does not name X (markers,
 * labels, list rows) and draw each remaining marker in X's colour and shape. Scoped to `.map-page`.
 */
export function mapFilterCss(documentIds: string[]): string {
  return documentIds
    .flatMap((id) =>
      [`#map-filter-${id}:checked`, `#text-${id}:target`].flatMap((chosen) => {
        const when = `.map-page:has(${chosen})`;
        return [
          `${when} [data-in]:not([data-in~="${id}"]) { display: none; }`,
          `${when} .place-map .ring, ${when} .place-map .glyph { display: none; }`,
          `${when} .place-map .glyph[data-doc="${id}"] { display: inline; }`,
        ];
      }),
    )
    .join('\n');
}
