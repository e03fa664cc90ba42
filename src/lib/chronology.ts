// One chronology across the texts: every date the texts give (annotated with :date), every event of
// the archive, and the texts' own publication, in time order. The chronology page, the timelines on event
// and person pages, and chronology.json all read this list.
import { archive, type DocumentMention, type Entity } from './entities.ts';
import { editionOf, type DocumentEntry } from './documents.ts';
import { render } from 'astro:content';
import { conversionText, formatRange, parseWhen, yearFraction, type DateRange } from './dates.ts';
import type { AnnotatedDate } from '../schemas/edition.ts';
import { compareCodes } from './collation.ts';

interface Common {
  /** Fragment id on the chronology page. */
  key: string;
  /** The days it covers. */
  range: Pick<DateRange, 'start' | 'end'>;
  /** The range in words: "17 July 1945", "August 1918", "1942–1945". */
  label: string;
  /** Ids of the texts it belongs to (for the filter). */
  documents: string[];
}

export interface DateEntry extends Common {
  kind: 'date';
  date: AnnotatedDate;
  document: DocumentEntry;
  /** Link to the paragraph: /documents/<slug>/#p12 */
  href: string;
  /** "7 Av 5705 = Tuesday, 17 July 1945" */
  conversion: string | null;
  event: Entity | null;
  /** Link to the editorial note on this date. */
  noteHref: string | null;
}

export interface EventEntry extends Common {
  kind: 'event';
  entity: Entity;
  /** The first paragraph of each text that mentions the event. */
  passages: { document: DocumentEntry; anchor: string; paragraph: number | null; href: string }[];
}

export interface PublicationEntry extends Common {
  kind: 'publication';
  document: DocumentEntry;
}

export type ChronologyEntry = DateEntry | EventEntry | PublicationEntry;

const kindOrder = { event: 0, date: 1, publication: 2 } as const;

async function load(): Promise<ChronologyEntry[]> {
  const { documents, entities, byEntity } = await archive();
  const entries: ChronologyEntry[] = [];
  const byId = new Map(entities.map((e) => [`${e.kind}:${e.id}`, e]));
  for (const document of documents) {
    const { remarkPluginFrontmatter } = await render(document);
    for (const date of editionOf(remarkPluginFrontmatter).dates) {
      entries.push({
        kind: 'date',
        key: `${document.id}-date-${date.n}`,
        range: date.range,
        label: formatRange(date.range),
        documents: [document.id],
        date,
        document,
        href: `/documents/${document.id}/#${date.anchor}`,
        conversion: date.hebrew ? conversionText(date.hebrew) : null,
        event: date.event ? (byId.get(`event:${date.event}`) ?? null) : null,
        noteHref: date.note ? `/documents/${document.id}/#user-content-fn-${date.note.label}` : null,
      });
    }
    const published = parseWhen(document.data.date.iso);
    entries.push({
      kind: 'publication',
      key: `${document.id}-published`,
      range: published,
      label: formatRange(published),
      documents: [document.id],
      document,
    });
  }
  for (const entity of entities.filter((e) => e.kind === 'event')) {
    const data = entity.entry.data as { start: string; end?: string };
    const range = { start: parseWhen(data.start).start, end: parseWhen(data.end ?? data.start).end };
    // the first mention in each text, in the archive's order of texts
    const first = new Map<string, DocumentMention>();
    for (const m of byEntity.get(`event:${entity.id}`) ?? []) if (!first.has(m.document.id)) first.set(m.document.id, m);
    const passages = documents.flatMap((document) => {
      const m = first.get(document.id);
      return m ? [{ document, anchor: m.anchor, paragraph: m.paragraph, href: `/documents/${document.id}/#${m.anchor}` }] : [];
    });
    entries.push({
      kind: 'event',
      key: `event-${entity.id}`,
      range,
      label: formatRange(range),
      documents: passages.map((p) => p.document.id),
      entity,
      passages,
    });
  }
  const docOrder = new Map(documents.map((d, i) => [d.id, i]));
  return entries.sort(
    (a, b) =>
      compareCodes(a.range.start, b.range.start) ||
      compareCodes(a.range.end, b.range.end) ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      (docOrder.get(a.documents[0]) ?? 0) - (docOrder.get(b.documents[0]) ?? 0) ||
      (a.kind === 'date' && b.kind === 'date' ? a.date.n - b.date.n : 0),
  );
}

let cache: Promise<ChronologyEntry[]> | undefined;

/** The chronology, in time order (computed once per build). */
export function chronology(): Promise<ChronologyEntry[]> {
  cache ??= load();
  return cache;
}

/** Each text's span of years on the chronology (its dates and the events it mentions; not its publication). */
export function textSpans(entries: ChronologyEntry[], documents: DocumentEntry[]) {
  const byDocument = new Map<string, ChronologyEntry[]>(documents.map((d) => [d.id, []]));
  for (const e of entries) if (e.kind !== 'publication') for (const id of e.documents) byDocument.get(id)?.push(e);
  return documents.map((document) => {
    const own = byDocument.get(document.id)!;
    const start = own.reduce((min, e) => (e.range.start < min ? e.range.start : min), '9999');
    const end = own.reduce((max, e) => (e.range.end > max ? e.range.end : max), '0000');
    return { document, start, end, entries: own, published: document.data.date.iso };
  });
}

/** A horizontal year axis for timelines: x of a day, and the tick years to label. */
export function yearAxis(firstYear: number, lastYear: number, x0: number, x1: number) {
  const span = lastYear + 1 - firstYear;
  const x = (isoDay: string) => x0 + ((yearFraction(isoDay) - firstYear) / span) * (x1 - x0);
  const step = span > 60 ? 10 : span > 24 ? 5 : span > 8 ? 2 : 1;
  const ticks: number[] = [];
  for (let y = Math.ceil(firstYear / step) * step; y <= lastYear + 1; y += step) ticks.push(y);
  return { x, ticks, xOfYear: (y: number) => x0 + ((y - firstYear) / span) * (x1 - x0) };
}

/** An event's or a person's dates, and the dates the texts give in the paragraphs that mention them. */
export async function entityTimeline(kind: 'event' | 'person', id: string) {
  const { entities, byEntity } = await archive();
  const entity = entities.find((e) => e.kind === kind && e.id === id);
  if (!entity) throw new Error(`entityTimeline: no ${kind} "${id}"`);
  const data = entity.entry.data as { start?: string; end?: string; born?: string; died?: string };
  const from = kind === 'event' ? data.start : data.born;
  const to = kind === 'event' ? (data.end ?? data.start) : data.died;
  const span = from && to ? { start: parseWhen(from).start, end: parseWhen(to).end } : undefined;
  const own = new Set((byEntity.get(`${kind}:${id}`) ?? []).map((m) => `${m.document.id}#${m.anchor}`));
  const dated = (await chronology()).filter(
    (e): e is DateEntry => e.kind === 'date' && ((kind === 'event' && e.date.event === id) || own.has(`${e.document.id}#${e.date.anchor}`)),
  );
  return { entity, span, from, to, dated };
}
