// The search records, one per paragraph and one per entity, built from the single source of mentions.
// src/integrations/pagefind.ts indexes them after the build and removes this file from the output.
//
// Pagefind searches every metadata value as well as the content, so a record carries no metadata whose words
// are not its own: a passage has none (the document title, section heading and page number made every paragraph
// of "…Avrohom Kalmanovitz Zt'l" match "Kalmanovitz", and page numbers match years); what a passage result shows
// comes from /search-data.json instead. An entity's record has its name as title (its own words).
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { archive } from '../lib/entities.ts';
import { editionOf } from '../lib/documents.ts';
import { entityKinds } from '../schemas/entities.ts';
import type { SearchRecord } from '../integrations/pagefind.ts';
import { entityFilterKey, entityNames } from '../lib/search-names.ts';

export const GET: APIRoute = async () => {
  const { documents, entities, byEntity, byDocument } = await archive();
  const records: SearchRecord[] = [];
  const nameOf = new Map(entities.map((e) => [`${e.kind}:${e.id}`, e.name]));
  for (const doc of documents) {
    const edition = editionOf((await render(doc)).remarkPluginFrontmatter);
    for (const p of edition.passages) {
      const here = (byDocument.get(doc.id) ?? []).filter((m) => m.anchor === p.id);
      const filters: Record<string, string[]> = { document: [doc.data.shortTitle], kind: ['Text passage'] };
      for (const m of here) {
        const key = entityFilterKey[m.kind];
        filters[key] = [...new Set([...(filters[key] ?? []), nameOf.get(m.entity)!])];
      }
      records.push({ url: `/documents/${doc.id}/#${p.id}`, content: p.text, language: 'en', meta: {}, filters });
    }
  }
  for (const e of entities) {
    const data = e.entry.data as { role?: string };
    const label = entityKinds[e.kind].label;
    const own = byEntity.get(`${e.kind}:${e.id}`) ?? [];
    const filters: Record<string, string[]> = {
      kind: [label],
      document: [...new Set(own.map((m) => m.document.data.shortTitle))],
      [entityFilterKey[e.kind]]: [e.name],
    };
    // names and variants first, so that a search for any spelling finds the entity
    const sentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);
    const content = [entityNames(e).join(' · ') + '.', e.description, data.role]
      .filter((s): s is string => Boolean(s))
      .map(sentence)
      .join(' ');
    records.push({ url: e.href, content, language: 'en', meta: { title: e.name }, filters });
  }
  return new Response(JSON.stringify(records));
};
