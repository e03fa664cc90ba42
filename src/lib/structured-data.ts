// schema.org JSON-LD for documents and entities, from the same records the pages show.
import type { DocumentEntry } from './documents.ts';
import type { AnyEntityData, Entity } from './entities.ts';

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

export function entityJsonLd(entity: Entity, url: string): Json {
  const data = entity.entry.data as AnyEntityData;
  const alternateName = data.variants?.filter((v) => v !== entity.name);
  const common = { '@context': 'https://schema.org', name: entity.name, alternateName, description: entity.description, url };
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
