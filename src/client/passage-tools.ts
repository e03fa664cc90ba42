// Each paragraph's tools in the reader: "Cite" opens the paragraph's citations in place (every style, BibTeX and
// CSL-JSON, from the cite page, with copy buttons); "Copy link" copies the paragraph's address. Without
// JavaScript "Cite" is a link to the paragraph on the cite page.
import { announce, copyText, makeButton } from './clipboard.ts';
import { citationSection } from './citations.ts';
import { addCopyButtons } from './copy-buttons.ts';

function panelFor(p: HTMLElement, n: string): HTMLElement {
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
  const close = makeButton('Close', `Close the citations of paragraph ${n}`, () => toggle(p, n, false), 'cite-close');
  head.append(title, ' (', all, ') ', close);
  const body = document.createElement('div');
  body.textContent = 'Loading the citations…';
  panel.append(head, body);
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

/** Open or close paragraph `p`'s citations (after the paragraph), keeping the button's state in aria-expanded. */
function toggle(p: HTMLElement, n: string, open: boolean) {
  const button = p.querySelector<HTMLButtonElement>('.cite-button')!;
  let panel = document.getElementById(`cite-${p.id}`);
  if (open && !panel) p.after((panel = panelFor(p, n)));
  if (panel) panel.hidden = !open;
  button.setAttribute('aria-expanded', String(open));
  if (!open) button.focus();
  announce(open ? `Citations of paragraph ${n} opened below it.` : `Citations of paragraph ${n} closed.`, { visible: false });
}

for (const tools of document.querySelectorAll<HTMLElement>('.passage .passage-tools')) {
  const p = tools.closest<HTMLElement>('.passage')!;
  const n = p.id.slice(1);
  const link = tools.querySelector<HTMLAnchorElement>('a[href^="cite/"]');
  if (link) {
    const cite = makeButton('Cite', `Cite paragraph ${n}`, (b) => toggle(p, n, b.getAttribute('aria-expanded') !== 'true'), 'cite-button');
    cite.setAttribute('aria-expanded', 'false');
    cite.setAttribute('aria-controls', `cite-${p.id}`);
    link.replaceWith(cite);
  }
  tools.append(
    makeButton(
      'Copy link',
      `Copy link to paragraph ${n}`,
      (b) => void copyText(`${location.origin}${location.pathname}#${p.id}`, `Link to paragraph ${n} copied.`, b),
    ),
  );
}
