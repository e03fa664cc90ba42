// The archive's entities and their mentions, read from the collections and from the one list of mentions
// the Markdown pipeline extracted (edition.mentions). Every page that shows mentions reads this.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { entityHref, entityKinds, entityKindNames, type EntityKind } from '../schemas/entities.ts';
import { allDocuments, editionOf, type DocumentEntry } from './documents.ts';
import type { Mention } from '../markdown/rehype-mentions.ts';

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

export interface DocumentMention extends Mention {
  document: DocumentEntry;
  kind: EntityKind;
  id: string;
}

let cache: Promise<{ entities: Entity[]; mentions: DocumentMention[]; documents: DocumentEntry[] }> | undefined;

async function load() {
  const documents = await allDocuments();
  const entities: Entity[] = [];
  for (const kind of entityKindNames) {
    for (const entry of await getCollection(entityKinds[kind].collection as Collection)) {
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
  entities.sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
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
        orphans.map((e) => `${e.entry.filePath}:1:1: "${e.id}" is not annotated anywhere; annotate a mention or set \`standalone: true\``).join('\n'),
    );
  }
  return { entities, mentions, documents };
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
  return (await archive()).mentions.filter((m) => m.kind === kind && m.id === id);
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
  const { mentions, entities } = await archive();
  const key = `${kind}:${id}`;
  const places = new Set(mentions.filter((m) => m.entity === key).map((m) => `${m.document.id}#${m.anchor}`));
  const counts = new Map<string, Set<string>>();
  for (const m of mentions) {
    const where = `${m.document.id}#${m.anchor}`;
    if (m.entity === key || !places.has(where)) continue;
    counts.set(m.entity, (counts.get(m.entity) ?? new Set()).add(where));
  }
  const byKey = new Map(entities.map((e) => [`${e.kind}:${e.id}`, e]));
  return [...counts.entries()]
    .map(([k, where]) => ({ entity: byKey.get(k)!, shared: where.size }))
    .filter((r) => r.entity)
    .sort((a, b) => b.shared - a.shared || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit);
}

/** Per entity of a document: mention count, and the other documents that also mention it. */
export async function entitiesInDocument(documentId: string) {
  const { mentions, entities } = await archive();
  const byKey = new Map(entities.map((e) => [`${e.kind}:${e.id}`, e]));
  const rows = new Map<string, { entity: Entity; count: number; alsoIn: Set<DocumentEntry> }>();
  for (const m of mentions) {
    if (m.document.id !== documentId) continue;
    const row = rows.get(m.entity) ?? { entity: byKey.get(m.entity)!, count: 0, alsoIn: new Set<DocumentEntry>() };
    row.count++;
    rows.set(m.entity, row);
  }
  for (const m of mentions) {
    const row = rows.get(m.entity);
    if (row && m.document.id !== documentId) row.alsoIn.add(m.document);
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name));
}
