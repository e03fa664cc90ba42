// Arriving from a search result (?highlight=words#p12): mark the searched words in the text.
import { boundedWords, literalAlternatives } from './url-input.ts';

const words = boundedWords(new URLSearchParams(location.search).get('highlight'));
const text = document.querySelector('.doc-text');
if (words.length && text) {
  // Pagefind matches word stems: mark words that begin with a searched word
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${literalAlternatives(words)})[\\p{L}\\p{N}’']*`, 'giu');
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-apparatus], .sic, .pnum') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const value = node.nodeValue ?? '';
    pattern.lastIndex = 0;
    if (!pattern.test(value)) continue;
    pattern.lastIndex = 0;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      fragment.append(value.slice(last, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = match[0];
      fragment.append(mark);
      last = match.index + match[0].length;
    }
    fragment.append(value.slice(last));
    node.replaceWith(fragment);
  }
}
