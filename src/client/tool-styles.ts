// The styles of what the reader's scripts add (src/client/reader-tools.css: copy feedback, the citations panel, the
// quote tools, the marks of a text fragment), adopted by the page when the first script that adds such things is
// loaded (src/client/clipboard.ts, src/client/text-fragment.ts), so that a reader without JavaScript, or one who
// uses none of the tools, does not download them and the page is not restyled at load.
import toolStyles from './reader-tools.css?inline';

const sheet = new CSSStyleSheet();
sheet.replaceSync(toolStyles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
