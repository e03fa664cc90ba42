// The search page: Pagefind over paragraph and entity records, filters with counts, state in the URL
// (/search/?q=…&person=…), results that land on the paragraph with the words highlighted there.
import { boundedText, urlLimits } from './url-input.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string | null, o?: { filters?: Record<string, string[]> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const filterGroups = [
  { key: 'kind', label: 'Kind of page' },
  { key: 'document', label: 'Text' },
  { key: 'person', label: 'Person' },
  { key: 'place', label: 'Place' },
  { key: 'organization', label: 'Organization' },
] as const;
const PAGE = 20;
/** Facet values in one fixed order, whatever the reader's browser locale. */
const facetOrder = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#search-q')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const statusLine = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

const pagefindUrl = '/pagefind/pagefind.js';
const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
await pagefind.options({ excerptLength: 36 });
await pagefind.init();

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
  return { q: boundedText(input.value.trim()), filters };
}

function renderFilters(search: PagefindSearch | null, state: State, totals: Record<string, Record<string, number>>) {
  filtersBox.replaceChildren();
  for (const { key, label } of filterGroups) {
    const counts = search?.filters[key] ?? totals[key] ?? {};
    const chosen = new Set(state.filters[key] ?? []);
    const values = Object.entries(counts)
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

const normalise = (s: string) => s.toLocaleLowerCase('en').normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim();

/**
 * Order the best results for a reader: the entity whose name (or a variant) the query is, then the
 * passages, then other entity pages that merely mention the words.
 */
async function entityFirst(results: PagefindResult[], q: string): Promise<{ result: PagefindResult; data: ResultData }[]> {
  const head = await Promise.all(results.slice(0, 40).map(async (result) => ({ result, data: await result.data() })));
  const query = normalise(q);
  const named = head.filter(({ data }) =>
    data.meta.names?.split('|').some((n) => normalise(n) === query || ` ${normalise(n)} `.includes(` ${query} `)),
  );
  const exact = named.filter(({ data }) => data.meta.names?.split('|').some((n) => normalise(n) === query));
  const first = exact.length ? exact : named.slice(0, 1);
  const passages = head.filter(({ data }) => data.meta.paragraph);
  const others = head.filter((r) => !first.includes(r) && !r.data.meta.paragraph);
  return [...first, ...passages, ...others];
}

function resultItem(data: ResultData, q: string): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const link = document.createElement('a');
  const isPassage = Boolean(data.meta.paragraph);
  const [path, hash] = data.url.split('#');
  link.href = isPassage && q ? `${path}?highlight=${encodeURIComponent(q)}#${hash}` : data.url;
  const where = document.createElement('p');
  where.className = 'result-where';
  if (isPassage) {
    link.textContent = `${data.meta.document}, ¶ ${data.meta.paragraph}`;
    const parts = [data.meta.section, data.meta.page ? `p. ${data.meta.page}` : ''].filter(Boolean);
    where.textContent = parts.join(' · ');
  } else {
    link.textContent = data.meta.title;
    where.textContent = data.meta.kind;
  }
  const heading = document.createElement('h2');
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.innerHTML = data.excerpt; // Pagefind escapes the text and adds only <mark>
  li.append(heading, where, excerpt);
  return li;
}

let totals: Record<string, Record<string, number>> = {};
let shown: { result: PagefindResult; data?: ResultData }[] = [];
let run = 0;

async function update(state: State) {
  const ticket = ++run;
  input.value = state.q;
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    renderFilters(null, state, totals);
    list.replaceChildren();
    more.hidden = true;
    statusLine.textContent = 'Type a word, a phrase or a name.';
    return;
  }
  const search = await pagefind.search(state.q || null, { filters: state.filters });
  if (ticket !== run) return;
  renderFilters(search, state, totals);
  const ordered = state.q ? await entityFirst(search.results, state.q) : [];
  if (ticket !== run) return;
  shown = [...ordered, ...search.results.slice(ordered.length).map((result) => ({ result }))];
  list.replaceChildren();
  await showMore(state.q);
  const n = search.results.length;
  statusLine.textContent = n
    ? `${n} result${n === 1 ? '' : 's'}${state.q ? ` for “${state.q}”` : ''}${hasFilters ? ' (filtered)' : ''}.`
    : `No results${state.q ? ` for “${state.q}”` : ''}${hasFilters ? ' with these filters' : ''}.`;
}

async function showMore(q: string) {
  const start = list.children.length;
  const next = shown.slice(start, start + PAGE);
  const items = await Promise.all(next.map(async (s) => resultItem(s.data ?? (await s.result.data()), q)));
  list.append(...items);
  more.hidden = list.children.length >= shown.length;
}

totals = await pagefind.filters();
let typing: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(typing);
  typing = window.setTimeout(() => {
    const state = currentState();
    writeUrl(state, false);
    void update(state);
  }, 200);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const state = currentState();
  writeUrl(state, true);
  void update(state);
});
filtersBox.addEventListener('change', () => {
  const state = currentState();
  writeUrl(state, true);
  void update(state);
});
more.addEventListener('click', () => void showMore(input.value.trim()));
window.addEventListener('popstate', () => void update(readUrl()));
document.querySelector('#search-ui')!.removeAttribute('hidden');
await update(readUrl());
document.documentElement.dataset.searchReady = 'true';
