// Copy buttons: "Copy link" for each paragraph in the reader, "Copy" for each citation on a cite page.
// The confirmation is spoken by a live region. Without JavaScript the links and texts are there to select.
const live =
  document.querySelector<HTMLElement>('.live-note') ??
  Object.assign(document.body.appendChild(document.createElement('p')), { className: 'live-note visually-hidden' });
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
  tools.append(
    button(
      'Copy link',
      `Copy link to paragraph ${n}`,
      () => void copy(`${location.origin}${location.pathname}#${id}`, `Link to paragraph ${n} copied.`),
    ),
  );
}

for (const text of document.querySelectorAll<HTMLElement>('.cite-text[data-copy]')) {
  const label = text.closest('dd')?.previousElementSibling?.textContent ?? 'citation';
  text.after(button('Copy', `Copy this ${label} citation`, () => void copy(text.textContent.trim(), `${label} citation copied.`)));
}

/** Today as the reader's computer has it: the access date, added at copying so that builds stay reproducible. */
function today(): [number, number, number] {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()];
}

/** BibTeX and CSL-JSON with the access date filled in. */
export function withAccessDate(code: string, format: string, [y, m, d] = today()): string {
  if (format === 'bibtex') {
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return code.replace(/,?\s*\}\s*$/, `,\n\turldate = {${iso}},\n}`);
  }
  const items = JSON.parse(code) as Record<string, unknown> | Record<string, unknown>[];
  for (const item of Array.isArray(items) ? items : [items]) item.accessed = { 'date-parts': [[y, m, d]] };
  return JSON.stringify(items, null, 2);
}

for (const block of document.querySelectorAll<HTMLElement>('[data-copy-code]')) {
  const label = block.dataset.label ?? 'code';
  block.append(
    button(
      'Copy',
      `Copy this citation as ${label}`,
      () =>
        void copy(
          withAccessDate(block.querySelector('pre')!.textContent, block.dataset.copyCode!),
          `${label} copied, with today as the access date.`,
        ),
    ),
  );
}
