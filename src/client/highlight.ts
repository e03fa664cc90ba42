// Arriving from a search result (?highlight=Vladivostok "seventh of Av 5705"#p12): mark those words in the
// paragraph the link leads to (the whole text when it names none), folded as the index folds them (case,
// diacritics, ’ and ', possessives, Porter2 stems: src/client/words.ts). A quoted phrase is marked as one run; a
// stop word or a lone letter is never marked on its own.
import { findPhrase, markable, parseTerms, tokenize, wordKey } from './words.ts';

const terms = parseTerms(new URLSearchParams(location.search).get('highlight')).filter(markable);
const text = document.querySelector('.doc-text');
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
const scope = target && text?.contains(target) ? target : text;

/** A word of the scope: in which text node it stands, and where. */
interface Place {
  node: Text;
  start: number;
  end: number;
  key: string;
}

if (terms.length && scope) {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-apparatus], .sic, .pnum') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const places: Place[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    for (const t of tokenize(node.nodeValue ?? '')) places.push({ node, start: t.start, end: t.end, key: wordKey(t.text) });
  }
  const tokens = places.map((p) => ({ text: '', start: p.start, end: p.end }));
  const keys = places.map((p) => p.key);
  // longest phrases first, so that "Rav Kalmanovitz" is one mark and not "Kalmanovitz" inside it
  const used = new Set<number>();
  const pieces = new Map<Text, [number, number][]>();
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    for (const i of findPhrase(tokens, term, keys)) {
      const span = Array.from({ length: term.length }, (_, k) => i + k);
      if (span.some((k) => used.has(k))) continue;
      span.forEach((k) => used.add(k));
      // a phrase is one mark where it lies in one text node, one mark per node where markup divides it
      for (const k of span) {
        const { node, start, end } = places[k];
        const list = pieces.get(node) ?? pieces.set(node, []).get(node)!;
        const last = list.at(-1);
        const joined = k > i && last && places[k - 1].node === node;
        if (joined) last[1] = end;
        else list.push([start, end]);
      }
    }
  }
  for (const [node, ranges] of pieces) {
    const value = node.nodeValue ?? '';
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
      fragment.append(value.slice(last, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = value.slice(start, end);
      fragment.append(mark);
      last = end;
    }
    fragment.append(value.slice(last));
    node.replaceWith(fragment);
  }
}
