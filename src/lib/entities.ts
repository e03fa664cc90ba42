// The archive's entities and their mentions, read from the collections and from the one list of mentions
// the Markdown pipeline extracted (edition.mentions). Every page that shows mentions reads this.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { entityHref, entityKinds, entityKindNames, type EntityKind } from '../schemas/entities.ts';
import { allDocuments, editionOf, type DocumentEntry } from './documents.ts';
import type { Mention } from '../schemas/edition.ts';
import { compareNames } from './collation.ts';
import { relationTypes, type Relation, type RelationType } from '../schemas/authority.ts';

type Collection = 'people' | 'places' | 'organizations' | 'events' | 'glossary';

export interface Entity {
  kind: EntityKind;
  id: string;
  /** Display name (a glossary entry's term). */
  name: string;
  /** One line: the description, or a term's meaning. */
  description: string;
  href: string;
  entry: CollectionEntry<Collection>;
}

/**
 * An entity's record read without knowing its kind: every field of every kind's schema
 * (src/schemas/entities.ts), each optional. Use `entity.entry.data as AnyEntityData`.
 */
export type AnyEntityData = Partial<
  EntityData<'person'> & EntityData<'place'> & EntityData<'org'> & EntityData<'event'> & EntityData<'term'>
>;
type EntityData<K extends EntityKind> = z.output<(typeof entityKinds)[K]['schema']>;

export interface DocumentMention extends Mention {
  document: DocumentEntry;
  kind: EntityKind;
  id: string;
}

interface Archive {
  entities: Entity[];
  mentions: DocumentMention[];
  documents: DocumentEntry[];
  /** Mentions by entity key ("place:shanghai"), in text order. */
  byEntity: Map<string, DocumentMention[]>;
  /** Mentions by document id, in text order. */
  byDocument: Map<string, DocumentMention[]>;
  /** Entity keys mentioned in each paragraph or heading ("<document>#<anchor>"). */
  byPassage: Map<string, Set<string>>;
  /** The documents that mention each entity, in the archive's document order. */
  documentsByEntity: Map<string, DocumentEntry[]>;
  /** Entities by key. */
  byKey: Map<string, Entity>;
}

let cache: Promise<Archive> | undefined;

/** Append to the list under a key of a map of lists. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function load() {
  const documents = await allDocuments();
  const entities: Entity[] = [];
  for (const kind of entityKindNames) {
    for (const entry of await getCollection(entityKinds[kind].collection)) {
      const data = entry.data as { name?: string; term?: string; description?: string; meaning?: string };
      entities.push({
        kind,
        id: entry.id,
        name: data.name ?? data.term ?? entry.id,
        description: (kind === 'term' ? data.meaning : data.description) ?? '',
        href: entityHref(kind, entry.id),
        entry,
      });
    }
  }
  entities.sort((a, b) => compareNames(a.name, b.name));
  const mentions: DocumentMention[] = [];
  for (const document of documents) {
    const { remarkPluginFrontmatter } = await render(document);
    for (const m of editionOf(remarkPluginFrontmatter).mentions) {
      const [kind, id] = m.entity.split(':') as [EntityKind, string];
      mentions.push({ ...m, document, kind, id });
    }
  }
  const mentioned = new Set(mentions.map((m) => m.entity));
  const orphans = entities.filter((e) => !mentioned.has(`${e.kind}:${e.id}`) && !(e.entry.data as { standalone?: boolean }).standalone);
  if (orphans.length) {
    throw new Error(
      `${orphans.length} entit${orphans.length === 1 ? 'y is' : 'ies are'} never mentioned in any text:\n` +
        orphans
          .map((e) => `${e.entry.filePath}:1:1: "${e.id}" is not annotated anywhere; annotate a mention or set \`standalone: true\``)
          .join('\n'),
    );
  }
  // indexes, built once: every page looks up its own mentions instead of scanning all of them, so that the
  // build grows linearly with the number of texts (npm run bench:scale)
  const byEntity = new Map<string, DocumentMention[]>();
  const byDocument = new Map<string, DocumentMention[]>();
  const byPassage = new Map<string, Set<string>>();
  for (const m of mentions) {
    push(byEntity, m.entity, m);
    push(byDocument, m.document.id, m);
    const where = `${m.document.id}#${m.anchor}`;
    (byPassage.get(where) ?? byPassage.set(where, new Set()).get(where)!).add(m.entity);
  }
  const documentsByEntity = new Map<string, DocumentEntry[]>();
  for (const [key, list] of byEntity) documentsByEntity.set(key, [...new Set(list.map((m) => m.document))]);
  const byKey = new Map(entities.map((e) => [`${e.kind}:${e.id}`, e]));
  return { entities, mentions, documents, byEntity, byDocument, byPassage, documentsByEntity, byKey };
}

/** Entities, mentions and documents (computed once per build). */
export function archive() {
  cache ??= load();
  return cache;
}

export async function entitiesOf(kind: EntityKind): Promise<Entity[]> {
  return (await archive()).entities.filter((e) => e.kind === kind);
}

export async function mentionsOf(kind: EntityKind, id: string): Promise<DocumentMention[]> {
  return (await archive()).byEntity.get(`${kind}:${id}`) ?? [];
}

/** Where a mention stands, for readers: "¶ 12", "Note a" or "Heading". */
export function placeLabel(m: Pick<DocumentMention, 'paragraph' | 'inNote'>): string {
  if (m.paragraph) return `¶ ${m.paragraph}`;
  return m.inNote ? `Note ${m.inNote}` : 'Heading';
}

/** One sentence that mentions an entity, with every span of the entity in it (in order), for entity pages. */
export interface MentionSentence {
  first: DocumentMention;
  /** [start, end) of each mention in `first.sentence`, ascending and not overlapping. */
  spans: [number, number][];
}

/** The mentions of one entity, one entry per sentence (a sentence naming it three times is listed once). */
export function bySentence(mentions: readonly DocumentMention[]): MentionSentence[] {
  const out = new Map<string, MentionSentence>();
  for (const m of mentions) {
    const key = `${m.document.id}#${m.anchor}#${m.sentence}`;
    const entry = out.get(key);
    if (entry) entry.spans.push(m.at);
    else out.set(key, { first: m, spans: [m.at] });
  }
  for (const entry of out.values()) entry.spans.sort((a, b) => a[0] - b[0]);
  return [...out.values()];
}

/** Mentions grouped by document, in the archive's document order. */
export function byDocument(mentions: DocumentMention[]): { document: DocumentEntry; mentions: DocumentMention[] }[] {
  const groups = new Map<string, { document: DocumentEntry; mentions: DocumentMention[] }>();
  for (const m of mentions) {
    const group = groups.get(m.document.id) ?? { document: m.document, mentions: [] };
    group.mentions.push(m);
    groups.set(m.document.id, group);
  }
  return [...groups.values()];
}

/** Entities mentioned in the same paragraphs as this one, most shared first. */
export async function relatedTo(kind: EntityKind, id: string, limit = 12): Promise<{ entity: Entity; shared: number }[]> {
  const { byKey, byEntity, byPassage } = await archive();
  const key = `${kind}:${id}`;
  const counts = new Map<string, number>();
  const places = new Set((byEntity.get(key) ?? []).map((m) => `${m.document.id}#${m.anchor}`));
  for (const where of places) {
    for (const other of byPassage.get(where) ?? []) if (other !== key) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([k, shared]) => ({ entity: byKey.get(k)!, shared }))
    .filter((r) => r.entity)
    .sort((a, b) => b.shared - a.shared || compareNames(a.entity.name, b.entity.name))
    .slice(0, limit);
}

const inDocument = new Map<string, Promise<{ entity: Entity; count: number; alsoIn: DocumentEntry[]; alsoInCount: number }[]>>();

/**
 * The entities a text mentions, most mentioned first, each with its count and the other texts that mention it
 * (`alsoIn`: the first three of them in the archive's order; `alsoInCount`: how many in all).
 */
export function entitiesInDocument(documentId: string) {
  if (!inDocument.has(documentId)) inDocument.set(documentId, computeEntitiesInDocument(documentId));
  return inDocument.get(documentId)!;
}

async function computeEntitiesInDocument(documentId: string) {
  const { byKey, documentsByEntity, byDocument: own } = await archive();
  const counts = new Map<string, number>();
  for (const m of own.get(documentId) ?? []) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts.entries()]
    .map(([key, count]) => {
      // this text is one of the entity's texts: the others are all but one, and among its first four
      const texts = documentsByEntity.get(key)!;
      const alsoIn = texts
        .slice(0, 4)
        .filter((d) => d.id !== documentId)
        .slice(0, 3);
      return { entity: byKey.get(key)!, count, alsoIn, alsoInCount: texts.length - 1 };
    })
    .sort((a, b) => b.count - a.count || compareNames(a.entity.name, b.entity.name));
}

/** One relation as a page shows it: the type, the other entity, and where the relation is stated. */
export interface ShownRelation {
  type: RelationType;
  /** `out`: this entity is the subject ("member of X"); `in`: the other entity is ("members: Y"). */
  direction: 'out' | 'in';
  other: Entity;
  note?: string;
  sources: Relation['sources'];
}

let relationIndex: Promise<Map<string, ShownRelation[]>> | undefined;

/**
 * Every entity's relations, both ways: a relation declared in one entity's file appears on both pages
 * (the subject's as "member of …", the object's as "members: …"). Targets were checked to exist by the loader.
 */
export function relationsByEntity(): Promise<Map<string, ShownRelation[]>> {
  relationIndex ??= (async () => {
    const { entities, byKey } = await archive();
    const index = new Map<string, ShownRelation[]>();
    for (const subject of entities) {
      for (const r of (subject.entry.data as { relations?: Relation[] }).relations ?? []) {
        const object = byKey.get(r.target);
        if (!object) throw new Error(`${subject.entry.filePath}: relation target "${r.target}" is not an entity of the archive`);
        const common = { type: r.type, note: r.note, sources: r.sources };
        push(index, `${subject.kind}:${subject.id}`, { ...common, direction: 'out', other: object });
        push(index, r.target, { ...common, direction: 'in', other: subject });
      }
    }
    return index;
  })();
  return relationIndex;
}

/** An entity's relations grouped for display: a heading ("Member of", "Members") and its entries, in name order. */
export async function relationsOf(
  kind: EntityKind,
  id: string,
): Promise<{ label: string; type: RelationType; direction: 'out' | 'in'; items: ShownRelation[] }[]> {
  const groups = new Map<string, { label: string; type: RelationType; direction: 'out' | 'in'; items: ShownRelation[] }>();
  for (const r of (await relationsByEntity()).get(`${kind}:${id}`) ?? []) {
    const key = `${r.direction}:${r.type}`;
    const text = r.direction === 'out' ? relationTypes[r.type].label : relationTypes[r.type].inverse;
    const group = groups.get(key) ?? {
      label: text.charAt(0).toUpperCase() + text.slice(1),
      type: r.type,
      direction: r.direction,
      items: [],
    };
    group.items.push(r);
    groups.set(key, group);
  }
  const order = Object.keys(relationTypes);
  return [...groups.values()]
    .map((g) => ({ ...g, items: g.items.sort((a, b) => compareNames(a.other.name, b.other.name)) }))
    .sort((a, b) => (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) || order.indexOf(a.type) - order.indexOf(b.type));
}
