// The search page: Pagefind over paragraph and entity records, names that forgive spelling, filters whose counts are
// those of the listed results, state in the URL (/search/?q=…&person=…), and results that land on their paragraph
// with the words the engine matched there marked.
//
// A query that names an entity (a name or variant, or close to one) lists that entity, then every passage that
// mentions it (through its filter value), then the other matches. A word that is not in the texts is never searched
// as it is: Pagefind would fall back to whatever shares its first letters ("Vladivostock" found the "V" of
// "Gustaf V"); it is corrected to the nearest word of a name, with "Did you mean…?", or reported as not found.
import { contentWords, NameIndex } from './name-match.ts';
import type { SearchData, SearchEntity } from './search-data.ts';
import { boundedText, urlLimits } from './url-input.ts';
import { findPhrase, fold, formatTerms, markable, tokenize, wordKey, type Token } from './words.ts';

interface PagefindResult {
  id: string;
  score: number;
  /** Word positions of the matches in the record's content (split on whitespace). */
  words: number[];
  data(): Promise<ResultData>;
}
interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindResult[];
  filters: Counts;
}
/** Pagefind's filter object: values of a key must all match; `any` takes one of several such objects. */
type FilterQuery = Record<string, string[] | Record<string, string[]>[]>;
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: FilterQuery }): Promise<PagefindSearch>;
  filters(): Promise<Counts>;
}

const filterGroups = [
  { key: 'kind', label: 'Kind of page' },
  { key: 'document', label: 'Text' },
  { key: 'person', label: 'Person' },
  { key: 'place', label: 'Place' },
  { key: 'organization', label: 'Organization' },
  { key: 'event', label: 'Event' },
  { key: 'term', label: 'Glossary term' },
] as const;
const passageKind = 'Text passage';
const PAGE = 20;
/** Words shown around the first marked words of a result. */
const excerptWords = 36;
/** Facet values in one fixed order, whatever the reader's browser locale. */
const facetOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const statusLine = document.querySelector<HTMLElement>('#search-status')!;
const suggestionLine = document.querySelector<HTMLElement>('#search-suggestion')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

interface State {
  q: string;
  filters: Record<string, string[]>;
}

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const { key } of filterGroups) {
    const values = [...new Set(params.getAll(key).map(boundedText))].filter(Boolean).slice(0, urlLimits.maxFilterValues);
    if (values.length) filters[key] = values;
  }
  return { q: boundedText(params.get('q')), filters };
}

function writeUrl(state: State, push: boolean) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key, values] of Object.entries(state.filters)) for (const v of values) params.append(key, v);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function currentState(): State {
  const filters: Record<string, string[]> = {};
  for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (filters[box.name] ??= []).push(box.value);
  }
  // filters not on screen yet (the page is still loading) stay as the URL gave them
  if (!filtersBox.childElementCount) Object.assign(filters, readUrl().filters);
  return { q: boundedText(input.value.trim()), filters };
}

function setStatus(text: string, state: 'searching' | 'done') {
  statusLine.textContent = text;
  statusLine.dataset.state = state;
  list.setAttribute('aria-busy', String(state === 'searching'));
}

// At once, before the index loads: the query of the URL in the box, and a visible "Searching…". What the reader
// types meanwhile is kept, and searched as soon as search is ready.
const initial = readUrl();
input.value = initial.q;
if (initial.q || Object.keys(initial.filters).length) setStatus('Searching…', 'searching');
let ready = false;
let pending: { state: State; push: boolean } | null = null;
let typing: number | undefined;

function request(state: State, push: boolean) {
  writeUrl(state, push);
  if (!ready) {
    pending = { state, push };
    if (state.q || Object.keys(state.filters).length) setStatus('Searching…', 'searching');
    return;
  }
  void update(state);
}
input.addEventListener('input', () => {
  window.clearTimeout(typing);
  typing = window.setTimeout(() => request(currentState(), false), 200);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  window.clearTimeout(typing);
  request(currentState(), true);
});

const pagefindUrl = '/pagefind/pagefind.js';
async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
  await pagefind.options({ excerptLength: excerptWords });
  await pagefind.init();
  return pagefind;
}
async function loadData(): Promise<SearchData> {
  const response = await fetch('/search-data.json');
  if (!response.ok) throw new Error(`/search-data.json: ${response.status}`);
  return (await response.json()) as SearchData;
}
let pagefind: Pagefind;
let data: SearchData;
try {
  [pagefind, data] = await Promise.all([loadPagefind(), loadData()]);
} catch (error) {
  setStatus('Search could not load. Reload the page, or use the indexes of people, places and terms.', 'done');
  throw error;
}
const names = new NameIndex(data.entities);
const totals = await pagefind.filters();

/** Whether the word an index match stands on is the query word, its stem or an extension of it (not a fallback). */
function genuine(matched: string, queryWord: string): boolean {
  const want = fold(queryWord);
  const key = wordKey(queryWord);
  const candidates = [matched, ...tokenize(matched).map((t) => t.text)];
  return candidates.some((c) => fold(c).startsWith(want) || wordKey(c).startsWith(key));
}

/** The words of a record's content, as Pagefind counts them for `locations`. */
const contentWordsOf = (d: ResultData) => d.content.split(/[^\S\uFEFF]+/);

/** What the index made of the query's words: those it lacks, and the words its best match stands on (folded). */
interface Judgement {
  unknown: string[];
  matched: Set<string>;
}

/**
 * The words of the query that are not in the texts: Pagefind then matches something else (a lone letter, a
 * fragment), so the top result's matched words are compared with each query word. Stop words and lone letters
 * are not judged.
 */
async function judgeWords(q: string, search: PagefindSearch, filters: FilterQuery): Promise<Judgement> {
  const words = [...new Set(contentWords(q))];
  const matched = new Set<string>();
  const judge = async (found: PagefindSearch, ws: string[]) => {
    const top = found.results[0];
    if (!top) return ws;
    const d = await top.data();
    const all = contentWordsOf(d);
    const at = d.locations.map((i) => all[i] ?? '');
    for (const m of at) for (const t of tokenize(m)) matched.add(fold(t.text));
    if (!at.length) return [];
    return ws.filter((w) => !at.some((m) => genuine(m, w)));
  };
  if (!words.length) return { unknown: [], matched };
  if (search.results.length || words.length === 1) return { unknown: await judge(search, words), matched };
  // nothing at all for several words: find which of them the texts lack
  const unknown = (await Promise.all(words.map(async (w) => judge(await pagefind.search(w, { filters }), [w])))).flat();
  return { unknown, matched };
}

interface Listing {
  /** What was searched: the query, or its correction. */
  query: string;
  /** The correction, when the query had words the texts lack and every one was close to a name's word. */
  suggestion: string | null;
  /** Query words that are neither in the texts nor close to any name. */
  missing: string[];
  entities: SearchEntity[];
  results: PagefindResult[];
  counts: Counts;
}

const kindOnly = (filters: Record<string, string[]>, kind: string): string[] => [...new Set([...(filters.kind ?? []), kind])];

/** Count of a union: what A and B have, less what they share. */
function unionCounts(a: Counts, b: Counts, shared: Counts): Counts {
  const out: Counts = {};
  for (const { key } of filterGroups) {
    const values = new Set([...Object.keys(a[key] ?? {}), ...Object.keys(b[key] ?? {})]);
    out[key] = {};
    for (const v of values) out[key][v] = (a[key]?.[v] ?? 0) + (b[key]?.[v] ?? 0) - (shared[key]?.[v] ?? 0);
  }
  return out;
}

/** Replace words of `q` (whole words) by their corrections. */
function replaceWords(q: string, fixes: Map<string, string>): string {
  let out = '';
  let last = 0;
  for (const t of tokenize(q)) {
    const fix = fixes.get(t.text);
    if (!fix) continue;
    out += q.slice(last, t.start) + fix;
    last = t.end;
  }
  return out + q.slice(last);
}

/**
 * When a query names no entity, the name it was probably meant to be: each word that is no name's word is
 * corrected to the nearest one (NameIndex.correct). The correction is used when it names an entity or repairs a
 * word the texts lack, and for every corrected word either the texts lack it, or the index matched it only as the
 * beginning of that very name ("Kalmanovits" found "Kalmanovitz"), or it matched no passage at all.
 */
async function correction(q: string, found: PagefindSearch, filters: FilterQuery, passages: Set<string>) {
  const { unknown, matched } = await judgeWords(q, found, filters);
  const fixes = new Map<string, string>();
  for (const w of contentWords(q)) {
    if (names.knows(w)) continue;
    const fix = names.correct(w);
    if (fix && (unknown.includes(w) || matched.has(fold(fix)) || !passages.size)) fixes.set(w, fix);
  }
  const missing = unknown.filter((w) => !fixes.has(w));
  if (missing.length || !fixes.size) return { missing, corrected: null, entities: [] };
  const corrected = replaceWords(q, fixes);
  const entities = names.entitiesFor(corrected);
  return { missing, corrected: entities.length || unknown.length ? corrected : null, entities };
}

async function find(state: State): Promise<Listing> {
  const { q, filters } = state;
  const listing: Listing = { query: q, suggestion: null, missing: [], entities: [], results: [], counts: {} };
  if (!q) {
    const all = await pagefind.search(null, { filters });
    return { ...listing, results: all.results, counts: all.filters };
  }
  listing.entities = names.entitiesFor(q);
  const passageFilter = { ...filters, kind: kindOnly(filters, passageKind) };
  let [found, passages] = await Promise.all([pagefind.search(q, { filters }), pagefind.search(q, { filters: passageFilter })]);
  let inPassages = new Set(passages.results.map((r) => r.id));
  if (!listing.entities.length) {
    const fix = await correction(q, found, filters, inPassages);
    if (fix.missing.length) return { ...listing, missing: fix.missing };
    if (fix.corrected) {
      listing.query = listing.suggestion = fix.corrected;
      listing.entities = fix.entities;
      [found, passages] = await Promise.all([
        pagefind.search(fix.corrected, { filters }),
        pagefind.search(fix.corrected, { filters: passageFilter }),
      ]);
      inPassages = new Set(passages.results.map((r) => r.id));
    }
  }
  const matches = found.results;
  if (!listing.entities.length) {
    listing.results = [...matches.filter((r) => inPassages.has(r.id)), ...matches.filter((r) => !inPassages.has(r.id))];
    listing.counts = found.filters;
    return listing;
  }
  // the entities, then every passage that mentions one of them (those that match the query first), then the rest
  const named: FilterQuery = { ...filters, any: listing.entities.map((e) => ({ [e.key]: [e.names[0]] })) };
  const [mentioning, mentioningPassages, shared] = await Promise.all([
    pagefind.search(null, { filters: named }),
    pagefind.search(null, { filters: { ...named, kind: passageFilter.kind } }),
    pagefind.search(listing.query, { filters: named }),
  ]);
  const mentions = new Set(mentioningPassages.results.map((r) => r.id));
  const inMentioning = new Set(mentioning.results.map((r) => r.id));
  const matchIds = new Set(matches.map((r) => r.id));
  // the entities' own records, in the order entitiesFor gave them (best known first)
  const order = new Map(listing.entities.map((e, i) => [e.href, i]));
  const records = await Promise.all(
    mentioning.results
      .filter((r) => !mentions.has(r.id))
      .map(async (r) => ({ result: matches.find((m) => m.id === r.id) ?? r, at: order.get((await r.data()).url) ?? order.size })),
  );
  records.sort((a, b) => a.at - b.at);
  listing.results = [
    ...records.map((r) => r.result),
    ...matches.filter((r) => mentions.has(r.id)),
    ...mentioningPassages.results.filter((r) => !matchIds.has(r.id)),
    ...matches.filter((r) => !inMentioning.has(r.id) && inPassages.has(r.id)),
    ...matches.filter((r) => !inMentioning.has(r.id) && !inPassages.has(r.id)),
  ];
  listing.counts = unionCounts(found.filters, mentioning.filters, shared.filters);
  return listing;
}

/**
 * The words to mark in a result: the runs of consecutive words Pagefind matched (a phrase stays a phrase; a run
 * of stop words or a lone letter is dropped; where punctuation joins a matched word to another, "Commission,—and",
 * the other is not part of the run), then the names of the listed entities as this record writes them.
 */
function termsOf(d: ResultData, entities: readonly SearchEntity[], query: string): string[][] {
  const asked = tokenize(query).map((t) => t.text);
  const wanted = (word: string) => asked.some((q) => genuine(word, q));
  const words = contentWordsOf(d);
  const terms: string[][] = [];
  const seen = new Set<string>();
  const add = (phrase: string[]) => {
    const id = phrase.map(wordKey).join(' ');
    if (!phrase.length || seen.has(id) || !markable(phrase)) return;
    seen.add(id);
    terms.push(phrase);
  };
  const at = [...new Set(d.locations)].sort((a, b) => a - b);
  for (let i = 0; i < at.length;) {
    let j = i;
    while (j + 1 < at.length && at[j + 1] === at[j] + 1) j++;
    const run = words.slice(at[i], at[j] + 1).flatMap((w) => tokenize(w).map((t) => t.text));
    while (run.length && !wanted(run[0])) run.shift();
    while (run.length && !wanted(run[run.length - 1])) run.pop();
    add(run);
    i = j + 1;
  }
  const tokens = tokenize(d.content);
  const keys = tokens.map((t) => wordKey(t.text));
  for (const e of entities) {
    if (!d.filters[e.key]?.includes(e.names[0])) continue;
    const spellings = [...e.names, ...(e.labels ?? [])].map((s) => tokenize(s).map((t) => t.text)).sort((a, b) => b.length - a.length);
    for (const s of spellings) {
      const first = findPhrase(tokens, s, keys)[0];
      if (first !== undefined) add(tokens.slice(first, first + s.length).map((t) => t.text));
    }
  }
  // the reader takes at most urlLimits.maxWords words: keep whole phrases within that
  let budget = urlLimits.maxWords;
  return terms.filter((t) => (budget -= t.length) >= 0);
}

/** Character ranges of `terms` in `text`, longest phrases first, never overlapping. */
function rangesOf(text: string, terms: readonly string[][]): [number, number][] {
  const tokens: Token[] = tokenize(text);
  const keys = tokens.map((t) => wordKey(t.text));
  const used = new Set<number>();
  const ranges: [number, number][] = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    for (const i of findPhrase(tokens, term, keys)) {
      const span = Array.from({ length: term.length }, (_, k) => i + k);
      if (span.some((k) => used.has(k))) continue;
      span.forEach((k) => used.add(k));
      ranges.push([tokens[i].start, tokens[i + term.length - 1].end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** An excerpt of the content around its first marked words, with exactly those words marked. */
function excerptOf(text: string, terms: readonly string[][]): DocumentFragment {
  const ranges = rangesOf(text, terms);
  const words = [...text.matchAll(/\S+/g)];
  const firstWord = ranges.length ? words.findIndex((w) => w.index + w[0].length > ranges[0][0]) : 0;
  const startWord = Math.max(0, Math.min(firstWord - Math.floor(excerptWords / 3), words.length - excerptWords));
  const endWord = Math.min(words.length, startWord + excerptWords) - 1;
  const from = words[startWord]?.index ?? 0;
  const to = words[endWord] ? words[endWord].index + words[endWord][0].length : text.length;
  const out = document.createDocumentFragment();
  if (from > 0) out.append('… ');
  let at = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    out.append(text.slice(at, Math.max(at, s)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(Math.max(at, s), Math.min(e, to));
    out.append(mark);
    at = Math.min(e, to);
  }
  out.append(text.slice(at, to));
  if (to < text.length) out.append(' …');
  return out;
}

function resultItem(d: ResultData, entities: readonly SearchEntity[], query: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const link = document.createElement('a');
  const passage = data.passages[d.url];
  const terms = termsOf(d, entities, query);
  const [path, hash] = d.url.split('#');
  link.href = passage && terms.length ? `${path}?highlight=${encodeURIComponent(formatTerms(terms))}#${hash}` : d.url;
  const where = document.createElement('p');
  where.className = 'result-where';
  if (passage) {
    link.textContent = `${passage.document}, ¶ ${passage.n}`;
    where.textContent = [passage.section, passage.page ? `p. ${passage.page}` : ''].filter(Boolean).join(' · ');
  } else {
    link.textContent = d.meta.title;
    where.textContent = d.filters.kind?.[0] ?? '';
  }
  const heading = document.createElement('h2');
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.append(excerptOf(d.content, terms));
  li.append(heading, where, excerpt);
  return li;
}

function renderFilters(counts: Counts, state: State) {
  filtersBox.replaceChildren();
  for (const { key, label } of filterGroups) {
    const chosen = new Set(state.filters[key] ?? []);
    const values = Object.entries(counts[key] ?? {})
      .filter(([value, n]) => n > 0 || chosen.has(value))
      .sort((a, b) => b[1] - a[1] || facetOrder.compare(a[0], b[0]));
    if (!values.length) continue;
    const group = document.createElement('details');
    group.className = 'filter-group';
    group.open = chosen.size > 0 || key === 'kind' || key === 'document';
    const summary = document.createElement('summary');
    summary.textContent = chosen.size ? `${label} (${chosen.size} chosen)` : label;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.className = 'visually-hidden';
    legend.textContent = label;
    fieldset.append(legend);
    for (const [value, n] of values) {
      const lab = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = chosen.has(value);
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = ` ${n}`;
      lab.append(box, ` ${value}`, count);
      fieldset.append(lab);
    }
    group.append(summary, fieldset);
    filtersBox.append(group);
  }
}

function showSuggestion(listing: Listing) {
  suggestionLine.replaceChildren();
  suggestionLine.hidden = !listing.suggestion;
  if (!listing.suggestion) return;
  const link = document.createElement('a');
  link.href = `${location.pathname}?${new URLSearchParams({ q: listing.suggestion })}`;
  const em = document.createElement('em');
  em.textContent = listing.suggestion;
  link.append(em);
  suggestionLine.append('Did you mean ', link, '?');
}

let shown: { results: PagefindResult[]; entities: SearchEntity[]; query: string } = { results: [], entities: [], query: '' };
let run = 0;

async function update(state: State, fromUrl = false) {
  const ticket = ++run;
  if (fromUrl) input.value = state.q;
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    renderFilters(totals, state);
    list.replaceChildren();
    showSuggestion({ query: '', suggestion: null, missing: [], entities: [], results: [], counts: {} });
    more.hidden = true;
    setStatus('Type a word, a phrase or a name.', 'done');
    return;
  }
  setStatus('Searching…', 'searching');
  const listing = await find(state);
  if (ticket !== run) return;
  renderFilters(listing.counts, state);
  shown = { results: listing.results, entities: listing.entities, query: listing.query };
  const first = await page(0);
  if (ticket !== run) return;
  list.replaceChildren(...first);
  more.hidden = list.children.length >= shown.results.length;
  showSuggestion(listing);
  const n = listing.results.length;
  const filtered = hasFilters ? ' (filtered)' : '';
  const typed = `“${state.q}”`;
  if (listing.missing.length) {
    const words = listing.missing.map((w) => `“${w}”`).join(', ');
    setStatus(`No results for ${typed}: ${words} is in no text and close to no name.`, 'done');
  } else if (!n) {
    setStatus(`No results${state.q ? ` for ${typed}` : ''}${hasFilters ? ' with these filters' : ''}.`, 'done');
  } else {
    const count = `${n} result${n === 1 ? '' : 's'}`;
    const lead = listing.suggestion
      ? `${typed} is in no text; ${count} for “${listing.query}”`
      : `${count}${state.q ? ` for ${typed}` : ''}`;
    setStatus(`${lead}${filtered}.`, 'done');
  }
}

/** The items of the page of results starting at `start`. */
async function page(start: number): Promise<HTMLLIElement[]> {
  const { results, entities, query } = shown;
  return Promise.all(results.slice(start, start + PAGE).map(async (r) => resultItem(await r.data(), entities, query)));
}

filtersBox.addEventListener('change', () => request(currentState(), true));
suggestionLine.addEventListener('click', (e) => {
  const link = (e.target as Element).closest('a');
  if (!link) return;
  e.preventDefault();
  input.value = link.textContent ?? '';
  request(currentState(), true);
});
more.addEventListener('click', () => {
  void page(list.children.length).then((items) => {
    list.append(...items);
    more.hidden = list.children.length >= shown.results.length;
  });
});
window.addEventListener('popstate', () => void update(readUrl(), true));
document.querySelector('#search-ui')!.removeAttribute('hidden');
ready = true;
// what was typed (or submitted) while the index loaded wins over the URL the page opened with
const start = pending ?? { state: initial, push: false };
await update(start.state, !pending);
document.documentElement.dataset.searchReady = 'true';
