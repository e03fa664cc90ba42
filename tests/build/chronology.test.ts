// The chronology: every annotated date and every event is on it, in time order, each linking to the paragraph
// that gives it; the overview strip shows each text; chronology.json says the same; event and person pages
// show their timelines.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distDir, loadPage, viewText } from '../support/dist.ts';

const documents = readdirSync('content/documents').map((f) => f.replace(/\.md$/, ''));
const events = readdirSync('content/events').map((f) => f.replace(/\.yaml$/, ''));
/** :date directives in a text's source, counted without the pipeline. */
const annotatedDates = (doc: string) => [...readFileSync(`content/documents/${doc}.md`, 'utf8').matchAll(/:date\[/g)].length;

describe('chronology page', () => {
  const page = loadPage('/chronology/');
  const entries = Array.from(page.querySelectorAll('li.chrono-entry'));

  test.each(documents)('every date annotated in %s is an entry linking to a paragraph that holds it', (doc) => {
    const own = entries.filter((e) => e.id.startsWith(`${doc}-date-`));
    expect(own.length).toBe(annotatedDates(doc));
    const text = loadPage(`/documents/${doc}/`);
    for (const entry of own) {
      const link = entry.querySelector('.chrono-source a')!.getAttribute('href')!;
      const [path, anchor] = link.split('#');
      expect(path).toBe(`/documents/${doc}/`);
      const n = entry.id.split('-date-')[1];
      const date = text.querySelector(`#${anchor} [data-date="${n}"]`);
      expect(date, `${entry.id}: #${anchor} has no date ${n}`).not.toBeNull();
      // the marked words in the entry are the date's words in the reading text
      expect(entry.querySelector('mark')!.textContent).toBe(viewText(date!, 'reading').replace(/\s+/g, ' ').trim());
    }
  });

  test('every event is an entry linking to its page', () => {
    for (const id of events) {
      const entry = page.getElementById(`event-${id}`);
      expect(entry, id).not.toBeNull();
      expect(entry!.querySelector(`a[href="/events/${id}/"]`)).not.toBeNull();
    }
  });

  test('entries are in time order, from the Russo-Japanese War (or earlier) to the last publication', () => {
    const starts = entries.map((e) => e.getAttribute('data-start')!);
    expect(starts).toEqual([...starts].sort());
    const russoJapaneseWar = entries.findIndex((e) => e.id === 'event-russo-japanese-war');
    expect(russoJapaneseWar).toBeGreaterThan(-1);
    expect(entries.at(-1)!.classList.contains('chrono-publication')).toBe(true);
  });

  test('each entry is filed under its year, and the filter knows its texts', () => {
    for (const section of Array.from(page.querySelectorAll('section.chrono-year'))) {
      const year = section.querySelector('h2')!.textContent;
      for (const e of Array.from(section.querySelectorAll('li.chrono-entry'))) {
        expect(e.getAttribute('data-start')!.slice(0, 4)).toBe(year);
        for (const d of e.getAttribute('data-in')!.split(' ').filter(Boolean))
          expect(section.getAttribute('data-in')!.split(' ')).toContain(d);
      }
    }
    for (const doc of documents) expect(page.getElementById(`filter-${doc}`)).not.toBeNull();
    expect(page.querySelector('head style')!.textContent).toContain(`#filter-${documents[0]}:checked`);
  });

  test('mismatches and editorial notes are stated on their entries', () => {
    const elul = page.getElementById('in-tempestuous-times-part-four-date-1')!;
    // Rosh Chodesh Elul is two days, 30 Av and 1 Elul (issue 17): 3 and 4 September 1940
    expect(elul.querySelector('.chrono-conversion')!.textContent).toContain(
      '30 Av 5700 – 1 Elul 5700 = 3 September 1940 – 4 September 1940',
    );
    expect(elul.querySelector('.chrono-note')!.textContent).toContain('Rosh Chodesh Elul 5701');
    expect(elul.querySelector('.chrono-note a')!.getAttribute('href')).toBe(
      '/documents/in-tempestuous-times-part-four/#user-content-fn-elul5700',
    );
  });

  test('the overview strip has a row per text, with its span and a tick per dated entry', () => {
    const strip = page.querySelector('svg#overview')!;
    expect(strip.getAttribute('role')).toBe('img');
    const rows = Array.from(strip.querySelectorAll('g.row'));
    expect(rows.length).toBe(documents.length);
    for (const row of rows) {
      expect(row.querySelector('rect.span')).not.toBeNull();
      expect(row.querySelectorAll('rect.point').length).toBeGreaterThan(0);
    }
    expect(strip.querySelectorAll('g.band').length).toBeGreaterThan(0); // the Dawes and Siberia articles overlap
    expect(page.querySelector('.chrono-overview figcaption')!.textContent).toMatch(/Overlaps: /);
  });
});

describe('chronology.json', () => {
  const data = JSON.parse(readFileSync(`${distDir}/data/chronology.json`, 'utf8'));
  test('has every entry of the page, in the same order, with inclusive ISO ranges', () => {
    const page = loadPage('/chronology/');
    expect(data.entries.map((e: { id: string }) => e.id)).toEqual(Array.from(page.querySelectorAll('li.chrono-entry')).map((e) => e.id));
    for (const e of data.entries) {
      expect(e.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.end >= e.start).toBe(true);
      expect(['date', 'event', 'publication']).toContain(e.kind);
    }
  });
  test('a Hebrew date carries its value and conversion; a date links to its passage', () => {
    const avSeventh = data.entries.find((e: { hebrew?: { value: string } }) => e.hebrew?.value === '7 Av 5705');
    expect(avSeventh).toMatchObject({ start: '1945-07-17', end: '1945-07-17', hebrew: { gregorian: '7 Av 5705 = Tuesday, 17 July 1945' } });
    expect(avSeventh.passage).toMatch(/\/documents\/in-tempestuous-times-part-four\/#p\d+$/);
  });
});

describe('timelines on event and person pages', () => {
  test('an event page shows the event and the dates that date it', () => {
    const page = loadPage('/events/armistice-of-11-november-1918/');
    expect(page.querySelector('.entity-timeline svg.timeline-strip')).not.toBeNull();
    const items = Array.from(page.querySelectorAll('.timeline-list li')).map((li) => li.textContent);
    expect(items[0]).toContain('11 November 1918');
    expect(items.some((i) => i.includes('“November 1918”'))).toBe(true);
  });
  test('a person page shows the life and the dates beside the name', () => {
    const page = loadPage('/people/william-s-graves/');
    expect(page.querySelector('.timeline-list li')!.textContent).toContain('27 March 1865 – 27 February 1940');
    expect(page.querySelector('.timeline-list a[href="/chronology/#americas-withdrawal-from-siberia-date-11"]')).not.toBeNull();
  });
});
