// Where the browser does not support text fragments (`#p5:~:text=…`), mark the quoted words from the URL and scroll
// to them; where it does (document.fragmentDirective), the browser scrolls and marks them itself.
import './tool-styles.ts';
import { matchTextDirective, parseTextDirectives } from './text-directive.ts';
import { markRange, visibleText } from './visible-text.ts';

const text = document.querySelector('.doc-text');
const native = 'fragmentDirective' in (document as object);
if (text && !native) {
  // a browser without support keeps the directive in location.hash; the navigation entry has the URL as opened
  const opened = location.hash.includes(':~:') ? location.hash : (performance.getEntriesByType('navigation')[0]?.name ?? '');
  const fragment = opened.slice(opened.indexOf('#') + 1);
  const directives = parseTextDirectives(fragment);
  if (directives.length) {
    const marks = directives.flatMap((d) => {
      // read afresh for each directive: marking splits the text nodes
      const visible = visibleText([text]);
      const found = matchTextDirective(visible.text, d);
      return found ? markRange(visible, found[0], found[1], 'quote-hit') : [];
    });
    // the paragraph before ":~:" is the fallback when the words are not found
    const fallback = document.getElementById(fragment.slice(0, fragment.indexOf(':~:')));
    (marks[0] ?? fallback)?.scrollIntoView({ block: 'center' });
  }
}
