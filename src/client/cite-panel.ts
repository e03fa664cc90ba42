// A paragraph's citations, opened in place below it by its "Cite" link (src/client/passage-tools.ts, which loads this
// module on first use): every style, BibTeX and CSL-JSON, taken from the text's cite page, with copy buttons.
import { announce, makeButton } from './clipboard.ts';
import { citationSection } from './citations.ts';
import { addCopyButtons } from './copy-buttons.ts';

export { reportLinkCopy } from './clipboard.ts';

/** The panel of paragraph `p` (`#cite-<id>`, a region), with the citations once the cite page is fetched. */
function panelFor(p: HTMLElement, link: HTMLAnchorElement): HTMLElement {
  const n = p.id.slice(1);
  const panel = document.createElement('div');
  panel.className = 'cite-panel';
  panel.id = `cite-${p.id}`;
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', `Citations of paragraph ${n}`);
  const head = document.createElement('p');
  head.className = 'cite-panel-head';
  const title = document.createElement('strong');
  title.textContent = `Cite paragraph ${n}`;
  const all = document.createElement('a');
  all.href = `cite/#${p.id}`;
  all.textContent = 'on the cite page';
  const close = makeButton('Close', `Close the citations of paragraph ${n}`, () => toggleCitations(p, link, false), 'cite-close');
  head.append(title, ' (', all, ') ', close);
  const body = document.createElement('div');
  body.textContent = 'Loading the citations…';
  panel.append(head, body);
  // Escape inside the citations closes them, as Close does
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') toggleCitations(p, link, false);
  });
  void citationSection(p.id).then((section) => {
    if (!section) {
      body.textContent = 'The citations could not be loaded here: follow the link to the cite page.';
      return;
    }
    body.replaceChildren(...Array.from(section.children, (c) => document.importNode(c, true)).filter((c) => c.tagName !== 'H3'));
    addCopyButtons(body);
  });
  return panel;
}

/**
 * Open or close (`open`; by default the other way) the citations of paragraph `p` after it, keeping the state of
 * its "Cite" link in aria-expanded (a link that discloses: ARIA 1.2 allows aria-expanded on links). Closing hands
 * the focus back to the link.
 */
export function toggleCitations(p: HTMLElement, link: HTMLAnchorElement, open = link.getAttribute('aria-expanded') !== 'true'): void {
  const n = p.id.slice(1);
  let panel = document.getElementById(`cite-${p.id}`);
  if (open && !panel) p.after((panel = panelFor(p, link)));
  if (panel) panel.hidden = !open;
  link.setAttribute('aria-controls', `cite-${p.id}`);
  link.setAttribute('aria-expanded', String(open));
  if (!open) link.focus();
  announce(open ? `Citations of paragraph ${n} opened below it.` : `Citations of paragraph ${n} closed.`, { visible: false });
}
