// Each paragraph's tools in the reader, as src/markdown/rehype-paragraph-tools.ts writes them: "Cite", a link to the
// paragraph on the cite page, which with JavaScript opens the paragraph's citations in place instead; and "Copy link"
// (shown only where scripting is on), which copies the paragraph's address.
// One listener on the text does it all: nothing in the page is changed at load (so the browser styles and lays out
// the text once), and the code that builds the citations and reports a copy (src/client/cite-panel.ts) is loaded
// on first use. The clipboard is written at once, in the click itself, as browsers require.
import { writeClipboard } from './clipboard-write.ts';

const text = document.querySelector<HTMLElement>('.doc-text');
let panels: Promise<typeof import('./cite-panel.ts')> | undefined;
const citePanel = () => (panels ??= import('./cite-panel.ts'));

text?.addEventListener('click', (e) => {
  const tool =
    e.target instanceof Element ? e.target.closest<HTMLElement>('.passage-tools > a[href^="cite/"], .passage-tools > .copy-link') : null;
  const p = tool?.closest<HTMLElement>('.passage');
  if (!tool || !p) return;
  if (tool instanceof HTMLAnchorElement) {
    // a click that asks for a new tab or window follows the link
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    // the second click of a double click would close what the first opened
    if (e.detail > 1) return;
    void citePanel().then((m) => m.toggleCitations(p, tool));
  } else {
    const url = `${location.origin}${location.pathname}#${p.id}`;
    const written = writeClipboard(url);
    void citePanel().then((m) => m.reportLinkCopy(written, url, `paragraph ${p.id.slice(1)}`, tool));
  }
});
