// Copy buttons: "Copy link" for each paragraph in the reader, "Copy" for each citation on a cite page.
// The confirmation is spoken by a live region. Without JavaScript the links and texts are there to select.
const live = document.querySelector<HTMLElement>('.live-note') ?? Object.assign(document.body.appendChild(document.createElement('p')), { className: 'live-note visually-hidden' });
live.setAttribute('role', 'status');
live.setAttribute('aria-live', 'polite');

async function copy(text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    live.textContent = done;
  } catch {
    live.textContent = 'Copying is not allowed here: select the text and copy it.';
  }
}

function button(label: string, accessible: string, onClick: () => void) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'copy-button';
  b.textContent = label;
  b.setAttribute('aria-label', accessible);
  b.addEventListener('click', onClick);
  return b;
}

for (const tools of document.querySelectorAll<HTMLElement>('.passage .passage-tools')) {
  const id = tools.closest('.passage')!.id;
  const n = id.slice(1);
  tools.append(button('Copy link', `Copy link to paragraph ${n}`, () => void copy(`${location.origin}${location.pathname}#${id}`, `Link to paragraph ${n} copied.`)));
}

for (const text of document.querySelectorAll<HTMLElement>('.cite-text[data-copy]')) {
  const label = text.closest('dd')?.previousElementSibling?.textContent ?? 'citation';
  text.after(button('Copy', `Copy this ${label} citation`, () => void copy(text.textContent!.trim(), `${label} citation copied.`)));
}
