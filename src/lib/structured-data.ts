// schema.org JSON-LD for documents and entities, from the same records the pages show.
import type { DocumentEntry } from './documents.ts';
import type { AnyEntityData, Entity, ShownRelation } from './entities.ts';
import { authorityFiles, type Authority, type AuthorityFile } from '../schemas/authority.ts';

type Json = Record<string, unknown>;

const compact = (o: Json): Json =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)));

export function documentJsonLd(doc: DocumentEntry, url: string): Json {
  const d = doc.data;
  const periodical = compact({
    '@type': 'Periodical',
    name: d.publication.title,
    publisher: d.publication.publisher ? { '@type': 'Organization', name: d.publication.publisher } : undefined,
  });
  const issue =
    d.publication.issue || d.publication.volume
      ? compact({
          '@type': 'PublicationIssue',
          issueNumber: d.publication.issue,
          isPartOf: d.publication.volume
            ? { '@type': 'PublicationVolume', volumeNumber: d.publication.volume, isPartOf: periodical }
            : periodical,
        })
      : periodical;
  return compact({
    '@context': 'https://schema.org',
    '@type': d.genre === 'newspaper-article' ? 'NewsArticle' : 'ScholarlyArticle',
    headline: d.title,
    name: d.part ? `${d.title}, ${d.part}` : d.title,
    author: d.author ? compact({ '@type': 'Person', name: d.author, affiliation: d.affiliation }) : undefined,
    creditText: d.attribution ? `Unsigned; attributed to ${d.attribution.name} (${d.attribution.certainty})` : undefined,
    datePublished: d.date.iso,
    isPartOf: issue,
    pageStart: d.firstPage ? String(d.firstPage) : undefined,
    pageEnd: d.lastPage ? String(d.lastPage) : undefined,
    inLanguage: 'en',
    abstract: d.summary,
    copyrightNotice: d.rights,
    isBasedOn: d.sourceUrl,
    url,
  });
}

/**
 * The records of a verified authority identification as URLs for schema.org `sameAs` (an uncertain one is
 * not published as `sameAs`, which asserts identity; the page shows it as "possibly").
 */
export function sameAs(authority: Authority | undefined): string[] {
  if (authority?.status !== 'verified') return [];
  return (Object.keys(authorityFiles) as AuthorityFile[]).filter((f) => authority[f]).map((f) => authorityFiles[f].url(authority[f]!));
}

/** The schema.org type of each entity kind. */
const schemaType = { person: 'Person', place: 'Place', org: 'Organization', event: 'Event', term: 'DefinedTerm' } as const;

/**
 * An entity's relations as schema.org properties, from either side (src/schemas/authority.ts types):
 * member-of → memberOf / member; leader-of → memberOf / member as an OrganizationRole "leader";
 * part-of → containedInPlace / containsPlace, parentOrganization / subOrganization, superEvent / subEvent;
 * located-in → containedInPlace / containsPlace, location; participant-in → attendee on the event (schema.org
 * has no property from a person to an event); successor-of has no schema.org property and is published in
 * entities.json and TEI only.
 */
function relationProperties(kind: Entity['kind'], relations: readonly ShownRelation[], site: URL): Json {
  const props: Record<string, Json[]> = {};
  const add = (property: string, value: Json) => (props[property] ??= []).push(value);
  const ref = (e: Entity) => ({ '@type': schemaType[e.kind], name: e.name, url: new URL(e.href, site).href });
  const role = (e: Entity, roleName: string, property: 'memberOf' | 'member') => ({
    '@type': property === 'memberOf' ? 'OrganizationRole' : 'Role',
    roleName,
    [property]: ref(e),
  });
  for (const r of relations) {
    const other = r.other;
    const out = r.direction === 'out';
    switch (r.type) {
      case 'member-of':
        add(out ? 'memberOf' : 'member', ref(other));
        break;
      case 'leader-of':
        add(out ? 'memberOf' : 'member', role(other, 'leader', out ? 'memberOf' : 'member'));
        break;
      case 'part-of':
      case 'located-in':
        if (kind === 'place' && other.kind === 'place') add(out ? 'containedInPlace' : 'containsPlace', ref(other));
        else if (r.type === 'located-in' && out) add('location', ref(other));
        else if (kind === 'org' && other.kind === 'org') add(out ? 'parentOrganization' : 'subOrganization', ref(other));
        else if (kind === 'event' && other.kind === 'event') add(out ? 'superEvent' : 'subEvent', ref(other));
        break;
      case 'participant-in':
        if (!out && kind === 'event' && (other.kind === 'person' || other.kind === 'org')) add('attendee', ref(other));
        break;
      case 'successor-of':
        break;
    }
  }
  return props;
}

export function entityJsonLd(entity: Entity, url: string, relations: readonly ShownRelation[] = [], site?: URL): Json {
  const data = entity.entry.data as AnyEntityData;
  const alternateName = data.variants?.filter((v) => v !== entity.name);
  const common = {
    '@context': 'https://schema.org',
    name: entity.name,
    alternateName,
    description: entity.description,
    url,
    sameAs: sameAs(data.authority),
    ...(site ? relationProperties(entity.kind, relations, site) : {}),
  };
  switch (entity.kind) {
    case 'person':
      return compact({ ...common, '@type': 'Person', birthDate: data.born, deathDate: data.died });
    case 'place':
      return compact({
        ...common,
        '@type': 'Place',
        geo: data.coordinates ? { '@type': 'GeoCoordinates', latitude: data.coordinates.lat, longitude: data.coordinates.lon } : undefined,
      });
    case 'org':
      return compact({ ...common, '@type': 'Organization', foundingDate: data.founded, dissolutionDate: data.dissolved });
    case 'event':
      return compact({ ...common, '@type': 'Event', startDate: data.start, endDate: data.end });
    case 'term':
      return compact({ ...common, '@type': 'DefinedTerm', description: data.meaning, inLanguage: data.language });
  }
}

/** Serialise for a <script type="application/ld+json"> without letting the data end the element. */
export function jsonLdScript(data: Json | Json[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
