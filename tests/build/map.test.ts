// The map: every place with coordinates appears on the world map exactly once, as a link with an
// accessible name; the list below is the text alternative; each place page has a locator map.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { loadPage } from '../support/dist.ts';

const withCoordinates = readdirSync('content/places')
  .filter((f) => parse(readFileSync(`content/places/${f}`, 'utf8')).coordinates)
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

describe('map', () => {
  const page = loadPage('/map/');
  test('every place with coordinates is on the world map exactly once, as a named link', () => {
    const links = Array.from(page.querySelectorAll('#map-world a.marker'));
    const ids = links.map((a) => a.getAttribute('href')!.replace(/^\/places\/|\/$/g, '')).sort();
    expect(ids).toEqual(withCoordinates);
    for (const a of links) expect(a.getAttribute('aria-label')).toMatch(/^.+: \d+ mentions?, in .+/);
  });

  test('the list below the map names the same places', () => {
    const listed = Array.from(page.querySelectorAll('.map-list tbody th a'))
      .map((a) => a.getAttribute('href')!.replace(/^\/places\/|\/$/g, ''))
      .sort();
    expect(listed).toEqual(withCoordinates);
  });

  test('insets show East Asia and Europe, and no two labels overlap (11 px sans, ~0.56 em per letter)', () => {
    expect(page.querySelector('#map-east-asia a[href="/places/vladivostok/"]')).not.toBeNull();
    expect(page.querySelector('#map-europe a[href="/places/berlin/"]')).not.toBeNull();
    for (const svg of Array.from(page.querySelectorAll('svg.place-map'))) {
      const boxes = Array.from(svg.querySelectorAll('text.map-label')).map((l) => {
        const x = Number(l.getAttribute('x'));
        const y = Number(l.getAttribute('y'));
        const w = l.textContent.length * 11 * 0.56;
        const anchor = l.getAttribute('text-anchor');
        const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
        return [left, y - 9, left + w, y + 2];
      });
      expect(boxes.length).toBeGreaterThan(3);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          expect(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], `${svg.id}: labels ${i} and ${j} overlap`).toBe(false);
        }
    }
  });

  test('each place page with coordinates shows a locator map with its marker', () => {
    for (const id of withCoordinates) {
      const locator = loadPage(`/places/${id}/`).querySelector('.locator-map svg');
      expect(locator, id).not.toBeNull();
      expect(locator!.querySelectorAll('a.marker').length, id).toBe(1);
    }
  });
});
