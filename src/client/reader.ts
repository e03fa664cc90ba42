// The reading page's script. At load it only listens: it changes nothing in the page, so that the browser styles
// and lays out the text once (`npm run bench:reader` measures it against Starlight). What it listens for:
// - src/client/popover.ts: marks in the text (names, emendations, Hebrew dates, note marks) open the one popover;
// - src/client/passage-tools.ts: a paragraph's "Cite" and "Copy link";
// - src/client/quote.ts: selected words get "Link to this quote" and "Copy quote with citation".
// Two tools run only for the links that need them, and are loaded only then: the words of a search result
// (`?highlight=`), and the words of a text fragment (`#p5:~:text=…`) where the browser does not mark them itself.
import './popover.ts';
import './passage-tools.ts';
import './quote.ts';

if (new URLSearchParams(location.search).has('highlight')) void import('./highlight.ts');
if (!('fragmentDirective' in document)) void import('./text-fragment.ts');
