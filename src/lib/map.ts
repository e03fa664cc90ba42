// Static SVG maps drawn at build time (d3-geo, world-atlas, topojson-client): land outlines, place
// markers sized by mentions, and labels placed greedily so that they do not collide.
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import land110 from 'world-atlas/land-110m.json' with { type: 'json' };
import land50 from 'world-atlas/land-50m.json' with { type: 'json' };

export interface MapPlace {
  id: string;
  name: string;
  lon: number;
  lat: number;
  mentions: number;
  /** Ids of the documents that mention it, most mentions first. */
  documents: string[];
  href: string;
  label: string;
}

export interface DrawnMarker extends MapPlace {
  x: number;
  y: number;
  r: number;
}

export interface DrawnLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface DrawnMap {
  width: number;
  height: number;
  land: string;
  markers: DrawnMarker[];
  labels: DrawnLabel[];
}

const landOf = (topology: unknown) => {
  const t = topology as Topology<{ land: GeometryCollection }>;
  return feature(t, t.objects.land);
};

/**
 * Draw places on a map of `width`×`height`. `bounds` ([[west, south], [east, north]]) zooms to a region;
 * without it the whole world is shown. Markers outside the frame are left out.
 */
export function drawMap(
  places: MapPlace[],
  width: number,
  height: number,
  bounds?: [[number, number], [number, number]],
  options: { labels?: number; fontSize?: number } = {},
): DrawnMap {
  const projection: GeoProjection = geoNaturalEarth1();
  if (bounds) {
    const [[w, s], [e, n]] = bounds;
    projection.fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [w, s],
          [e, n],
          [w, n],
          [e, s],
          [(w + e) / 2, s],
          [(w + e) / 2, n],
        ],
      },
    );
    projection.clipExtent([
      [0, 0],
      [width, height],
    ]);
  } else {
    projection.fitSize([width, height], { type: 'Sphere' });
  }
  const path = geoPath(projection);
  const land = path(landOf(bounds ? land50 : land110)) ?? '';
  const maxMentions = Math.max(1, ...places.map((p) => p.mentions));
  const markers: DrawnMarker[] = [];
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy || xy[0] < 0 || xy[1] < 0 || xy[0] > width || xy[1] > height) continue;
    markers.push({ ...p, x: round(xy[0]), y: round(xy[1]), r: round(3 + 9 * Math.sqrt(p.mentions / maxMentions)) });
  }
  markers.sort((a, b) => b.mentions - a.mentions);
  return { width, height, land, markers, labels: placeLabels(markers, width, height, options.labels ?? 12, options.fontSize ?? 11) };
}

const round = (n: number) => Math.round(n * 10) / 10;

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Label the most-mentioned markers first; try right, left, above, below; skip a label that would collide. */
function placeLabels(markers: DrawnMarker[], width: number, height: number, max: number, fontSize: number): DrawnLabel[] {
  const taken: Box[] = markers.map((m) => [m.x - m.r, m.y - m.r, m.x + m.r, m.y + m.r]);
  const labels: DrawnLabel[] = [];
  for (const m of markers) {
    if (labels.length >= max) break;
    const w = m.name.length * fontSize * 0.56;
    const h = fontSize;
    const candidates: [DrawnLabel, Box][] = [
      [
        { id: m.id, text: m.name, x: m.x + m.r + 3, y: m.y + h / 3, anchor: 'start' },
        [m.x + m.r + 2, m.y - h / 2, m.x + m.r + 4 + w, m.y + h / 2],
      ],
      [
        { id: m.id, text: m.name, x: m.x - m.r - 3, y: m.y + h / 3, anchor: 'end' },
        [m.x - m.r - 4 - w, m.y - h / 2, m.x - m.r - 2, m.y + h / 2],
      ],
      [
        { id: m.id, text: m.name, x: m.x, y: m.y - m.r - 3, anchor: 'middle' },
        [m.x - w / 2, m.y - m.r - 3 - h, m.x + w / 2, m.y - m.r - 2],
      ],
      [
        { id: m.id, text: m.name, x: m.x, y: m.y + m.r + h, anchor: 'middle' },
        [m.x - w / 2, m.y + m.r + 2, m.x + w / 2, m.y + m.r + 3 + h],
      ],
    ];
    for (const [label, box] of candidates) {
      const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
      const own: Box = [m.x - m.r, m.y - m.r, m.x + m.r, m.y + m.r];
      if (inside && !taken.some((t) => t !== own && overlaps(t, box) && !(t[0] === own[0] && t[1] === own[1]))) {
        labels.push({ ...label, x: round(label.x), y: round(label.y) });
        taken.push(box);
        break;
      }
    }
  }
  return labels;
}
