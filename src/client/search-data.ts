// The shape of /search-data.json, the small file the search page loads beside Pagefind's index: every entity's
// names (for exact and forgiving name matching) and what a passage result shows (text, paragraph, section, page).
// Written at build time by src/pages/search-data.json.ts; read in the browser by src/client/search.ts.

/** Pagefind filter keys that name an entity: a passage record carries one value per entity it mentions. */
export const entityFilterKeys = ['person', 'place', 'organization', 'event', 'term'] as const;
export type EntityFilterKey = (typeof entityFilterKeys)[number];

/** One entity as the search page knows it. */
export interface SearchEntity {
  /** Pagefind filter key of its kind ("person", "place", "organization", "event", "term"). */
  key: EntityFilterKey;
  /** Its page: "/people/john-pehle/", "/glossary/#ataman". */
  href: string;
  /**
   * Every spelling a reader may type, as the records give them: first the display name (a glossary entry's term),
   * which is also its filter value (unique within `key`), then full name, variants and modern name.
   */
  names: string[];
  /**
   * The words the texts use for it (each mention's label) that are not already in `names`, e.g. "the General":
   * what the reader's highlight marks in a passage listed because it mentions the entity.
   */
  labels?: string[];
  /** How many paragraphs mention it: breaks ties between equally close names (the better known first). */
  passages: number;
}

/** What a passage result shows, since passage records carry no searchable metadata (see search-records.json.ts). */
export interface SearchPassage {
  /** The text's short title: "Withdrawal from Siberia (2013)". */
  document: string;
  /** Paragraph number. */
  n: number;
  /** The heading it stands under, or "". */
  section: string;
  /** Printed page or range ("90", "90–91"), or "" where the text has no printed pages. */
  page: string;
}

export interface SearchData {
  entities: SearchEntity[];
  /** By the passage's URL, as Pagefind returns it: "/documents/<id>/#p12". */
  passages: Record<string, SearchPassage>;
}
