// schema.org JSON-LD for documents and entities, from the same records the pages show.
import type { DocumentEntry } from './documents.ts';
import type { AnyEntityData, Entity, ShownRelation } from './entities.ts';
import { authorityFiles, type Authority, type AuthorityFile } from '../schemas/authority.ts';

type Json = Record<string, unknown>;

const compact = (o: Json): Json =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)));

/**
 * The schema.org type of each genre: NewsArticle and ScholarlyArticle (as before); a letter is a `Message` (sender,
 * recipient, dateSent), a report a `Report` (reportNumber, the issuing body as publisher), a book chapter a `Chapter`
 * of a `Book`; schema.org has no type for a speech or a diary entry: they are `CreativeWork`s with their `genre`
 * (a speech with the occasion as `recordedAt` Event, a kept diary an `ArchiveComponent` with its `holdingArchive`).
 */
export function schemaOrgType(doc: DocumentEntry): string {
  const d = doc.data;
  switch (d.genre) {
    case 'newspaper-article':
      return 'NewsArticle';
    case 'journal-article':
    case 'magazine-article':
      return 'ScholarlyArticle';
    case 'letter':
      return 'Message';
    case 'report':
      return 'Report';
    case 'book-chapter':
      return 'Chapter';
    case 'speech':
      return 'CreativeWork';
    case 'diary-entry':
      return d.diary?.archive ? 'ArchiveComponent' : 'CreativeWork';
  }
}

/** A person's name as a schema.org Person. */
const person = (name: string, extra: Json = {}): Json => compact({ '@type': 'Person', name, ...extra });

export function documentJsonLd(doc: DocumentEntry, url: string): Json {
  const d = doc.data;
  const periodical = d.publication
    ? compact({
        '@type': d.genre.endsWith('-article') ? 'Periodical' : 'CreativeWorkSeries',
        name: d.publication.title,
        publisher: d.publication.publisher ? { '@type': 'Organization', name: d.publication.publisher } : undefined,
      })
    : undefined;
  const issue =
    d.publication && (d.publication.issue || d.publication.volume)
      ? compact({
          '@type': 'PublicationIssue',
          issueNumber: d.publication.issue,
          isPartOf: d.publication.volume
            ? { '@type': 'PublicationVolume', volumeNumber: d.publication.volume, isPartOf: periodical }
            : periodical,
        })
      : periodical;
  const book = d.book
    ? compact({
        '@type': 'Book',
        name: d.book.title,
        editor: d.book.editors.map((e) => person(e)),
        volumeNumber: d.book.volume,
        publisher: { '@type': 'Organization', name: d.book.publisher, location: { '@type': 'Place', name: d.book.place } },
      })
    : undefined;
  const author = d.author
    ? person(d.author, { affiliation: d.affiliation })
    : d.report
      ? { '@type': 'Organization', name: d.report.issuer }
      : undefined;
  return compact({
    '@context': 'https://schema.org',
    '@type': schemaOrgType(doc),
    // what schema.org's type does not say: a speech, a diary entry, a letter's form (dispatch, telegram)
    genre: d.speech ? 'speech' : d.diary ? 'diary entry' : d.letter?.form,
    headline: d.title,
    name: d.part ? `${d.title}, ${d.part}` : d.title,
    author,
    creditText: d.attribution ? `Unsigned; attributed to ${d.attribution.name} (${d.attribution.certainty})` : undefined,
    datePublished: d.genre === 'letter' || d.genre === 'diary-entry' ? undefined : d.date.iso,
    dateCreated: d.genre === 'letter' || d.genre === 'diary-entry' ? d.date.iso : undefined,
    isPartOf: issue ?? book,
    pageStart: d.firstPage ? String(d.firstPage) : undefined,
    pageEnd: d.lastPage ? String(d.lastPage) : undefined,
    // a speech: the occasion it was given at
    recordedAt: d.speech
      ? { '@type': 'Event', name: d.speech.event, location: { '@type': 'Place', name: d.speech.place }, startDate: d.date.iso }
      : undefined,
    // a letter: Message's own properties
    sender: d.letter ? (author ?? (d.attribution ? person(d.attribution.name) : undefined)) : undefined,
    recipient: d.letter ? person(d.letter.recipient) : undefined,
    dateSent: d.letter ? d.date.iso : undefined,
    locationCreated: d.letter ? { '@type': 'Place', name: d.letter.place } : undefined,
    // a report: the issuing body publishes it
    reportNumber: d.report?.number,
    publisher: d.report
      ? compact({
          '@type': 'Organization',
          name: d.report.issuer,
          location: d.report.place ? { '@type': 'Place', name: d.report.place } : undefined,
        })
      : undefined,
    holdingArchive: d.diary?.archive ? { '@type': 'ArchiveOrganization', name: d.diary.archive } : undefined,
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
