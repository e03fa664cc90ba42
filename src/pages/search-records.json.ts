// The search records, one per paragraph and one per entity, built from the single source of mentions.
// src/integrations/pagefind.ts indexes them after the build and removes this file from the output.
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { archive } from '../lib/entities.ts';
import { editionOf } from '../lib/documents.ts';
import { entityKinds } from '../schemas/entities.ts';
import type { SearchRecord } from '../integrations/pagefind.ts';

const filterName = { person: 'person', place: 'place', org: 'organization' } as const;

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
        const key = filterName[m.kind as keyof typeof filterName];
        if (!key) continue;
        const name = nameOf.get(m.entity)!;
        filters[key] = [...new Set([...(filters[key] ?? []), name])];
      }
      const page = p.pageStart ?? doc.data.firstPage ?? null;
      const meta: Record<string, string> = {
        title: doc.data.title,
        document: doc.data.shortTitle,
        paragraph: String(p.n),
      };
      if (p.section) meta.section = p.section.text;
      if (page && doc.data.firstPage) meta.page = p.pageEnd ? `${page}–${p.pageEnd}` : String(page);
      records.push({ url: `/documents/${doc.id}/#${p.id}`, content: p.text, language: 'en', meta, filters });
    }
  }
  for (const e of entities) {
    const data = e.entry.data as { variants?: string[]; role?: string; modernName?: string; fullName?: string };
    const label = entityKinds[e.kind].label;
    const own = byEntity.get(`${e.kind}:${e.id}`) ?? [];
    const filters: Record<string, string[]> = {
      kind: [label],
      document: [...new Set(own.map((m) => m.document.data.shortTitle))],
    };
    const key = filterName[e.kind as keyof typeof filterName];
    if (key) filters[key] = [e.name];
    // names and variants first, so that a search for any spelling finds the entity
    const names = [...new Set([e.name, data.fullName, ...(data.variants ?? []), data.modernName].filter((s): s is string => Boolean(s)))];
    const sentence = (s: string) => (/[.!?…]$/.test(s) ? s : `${s}.`);
    const content = [names.join(' · ') + '.', e.description, data.role]
      .filter((s): s is string => Boolean(s))
      .map(sentence)
      .join(' ');
    records.push({
      url: e.href,
      content,
      language: 'en',
      meta: { title: e.name, kind: label, entity: `${e.kind}:${e.id}`, names: [e.name, ...(data.variants ?? [])].join('|') },
      filters,
    });
  }
  return new Response(JSON.stringify(records));
};
