// What search knows of each entity's names, shared by the search records (src/pages/search-records.json.ts) and
// the search page's data file (src/pages/search-data.json.ts), so that both list the same spellings.
import type { Entity } from './entities.ts';
import type { EntityKind } from '../schemas/entities.ts';
import type { EntityFilterKey } from '../client/search-data.ts';

/** The Pagefind filter key of each kind of entity: a passage record lists the entities it mentions under it. */
export const entityFilterKey: Record<EntityKind, EntityFilterKey> = {
  person: 'person',
  place: 'place',
  org: 'organization',
  event: 'event',
  term: 'term',
};

/** Every spelling of an entity a reader may type: name, full name, variants, modern name (distinct, in that order). */
export function entityNames(e: Entity): string[] {
  const data = e.entry.data as { variants?: string[]; modernName?: string; fullName?: string };
  return [...new Set([e.name, data.fullName, ...(data.variants ?? []), data.modernName].filter((s): s is string => Boolean(s)))];
}
