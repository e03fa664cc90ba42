// Element ids that the site's layout and pages use, which no id produced by content may take: a heading
// "## Main" would otherwise duplicate the skip link's target `#main`, a glossary term `view-reading` the view
// toggle. tests/build/layout-ids.test.ts checks that every fixed id in src/layouts, src/components and
// src/pages is covered here.

/** Ids the layout and pages write literally. */
export const layoutIds: ReadonlySet<string> = new Set([
  'annotating',
  'chronology-json',
  'citing',
  'dates',
  'edition-contents',
  'emendations',
  'entities-json',
  'events-csv',
  'entity-strip',
  'filter-all',
  'licence',
  'locator',
  'main',
  'map-east-asia',
  'map-europe',
  'map-filter',
  'map-world',
  'mentions',
  'mentions-csv',
  'names',
  'not-found-q',
  'organizations-csv',
  'original-notes',
  'original-notes-label',
  'overview',
  'pagination',
  'relations',
  'paragraphs',
  'people-csv',
  'places-csv',
  'places-geojson',
  'places-list',
  'related',
  'search-filters',
  'search-form',
  'search-more',
  'search-q',
  'search-results',
  'search-status',
  'search-suggestion',
  'search-ui',
  'show-annotations',
  'site-search-q',
  'sources',
  'structure',
  'tables',
  'tei',
  'texts',
  'timeline',
  'view-diplomatic',
  'view-reading',
  'what-was-removed',
  'whole',
  'whole-title',
  'footnote-label',
]);

/** Families of ids the edition generates (paragraphs, pages, emendations, notes, filters, index letters). */
export const layoutIdPatterns: readonly RegExp[] = [
  /^p\d+$/,
  /^page-\d+$/,
  /^em-\d+$/,
  /^date-note-\d+$/,
  /^noteref-\d+$/,
  /^original-note-\d+$/,
  /^entity-note-/,
  /^filter-/,
  /^map-filter-/,
  /^letter-/,
  /^user-content-/,
];

/** Whether content may not use `id` as an element id (it belongs to the layout). */
export function isLayoutId(id: string): boolean {
  return layoutIds.has(id) || layoutIdPatterns.some((p) => p.test(id));
}
