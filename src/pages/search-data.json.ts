// /search-data.json: what the search page needs beside Pagefind's index (shape: src/client/search-data.ts):
// every entity's names and the words the texts use for it, for name matching that forgives spelling, and what each
// passage result shows. Built from the entity collections and the one list of mentions.
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { archive } from '../lib/entities.ts';
import { editionOf } from '../lib/documents.ts';
import { entityFilterKey, entityNames } from '../lib/search-names.ts';
import type { SearchData, SearchEntity } from '../client/search-data.ts';

const fold = (s: string) => s.toLocaleLowerCase('en').normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();

export const GET: APIRoute = async () => {
  const { documents, entities, byEntity } = await archive();
  const taken = new Map<string, string>();
  const list: SearchEntity[] = entities.map((e) => {
    const key = entityFilterKey[e.kind];
    // the filter value names the entity in the index: two entities of a kind with one name could not be told apart
    const other = taken.get(`${key}:${e.name}`);
    if (other) {
      throw new Error(
        `${e.entry.filePath}:1:1: "${e.name}" is also the name of ${other}; search filters by name, so give one of them a distinct name`,
      );
    }
    taken.set(`${key}:${e.name}`, e.entry.filePath ?? e.id);
    const names = entityNames(e);
    const known = new Set(names.map(fold));
    const own = byEntity.get(`${e.kind}:${e.id}`) ?? [];
    const labels = [...new Set(own.map((m) => m.text.replace(/\s+/g, ' ').trim()))].filter((l) => !known.has(fold(l)));
    const passages = new Set(own.map((m) => `${m.document.id}#${m.anchor}`)).size;
    return { key, href: e.href, names, ...(labels.length ? { labels } : {}), passages };
  });
  const passages: SearchData['passages'] = {};
  for (const doc of documents) {
    const edition = editionOf((await render(doc)).remarkPluginFrontmatter);
    for (const p of edition.passages) {
      const start = p.pageStart ?? doc.data.firstPage ?? null;
      passages[`/documents/${doc.id}/#${p.id}`] = {
        document: doc.data.shortTitle,
        n: p.n,
        section: p.section?.text ?? '',
        page: start && doc.data.firstPage ? (p.pageEnd ? `${start}–${p.pageEnd}` : String(start)) : '',
      };
    }
  }
  const data: SearchData = { entities: list, passages };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
