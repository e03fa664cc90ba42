// "Copy" buttons for citations: each style's citation and entry, and BibTeX and CSL-JSON with the access date filled
// in. On the cite page for the whole page; in the reader for a paragraph's citations opened in place
// (src/client/passage-tools.ts). Without JavaScript the texts are there to select.
import { copyText, makeButton } from './clipboard.ts';

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

/**
 * Add a "Copy" button to every citation text (`.cite-text[data-copy]`) and code block (`[data-copy-code]`) in
 * `root`. A citation's button is named by its style (the `dt` before it) and its form (`data-copy`: "note",
 * "bibliography entry", "in-text citation"…), so that the two of a style are told apart: "Copy this MLA works-cited entry".
 */
export function addCopyButtons(root: ParentNode): void {
  for (const text of root.querySelectorAll<HTMLElement>('.cite-text[data-copy]')) {
    const style = text.closest('dd')?.previousElementSibling?.textContent ?? '';
    const what = `${style} ${text.dataset.copy || 'citation'}`.trim();
    text.after(makeButton('Copy', `Copy this ${what}`, (b) => void copyText(text.textContent.trim(), `${what} copied.`, b)));
  }
  for (const block of root.querySelectorAll<HTMLElement>('[data-copy-code]')) {
    const label = block.dataset.label ?? 'code';
    block.append(
      makeButton(
        'Copy',
        `Copy this citation as ${label}`,
        (b) =>
          void copyText(
            withAccessDate(block.querySelector('pre')!.textContent, block.dataset.copyCode!),
            `${label} copied, with today as the access date.`,
            b,
          ),
      ),
    );
  }
}
