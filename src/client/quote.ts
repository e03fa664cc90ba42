// Quoting from the reader: when words of a paragraph are selected, src/client/quote-tools.ts (loaded then, not
// with the page) shows "Link to this quote" and "Copy quote with citation" below the paragraph.
const text = document.querySelector('.doc-text');
let tools: Promise<typeof import('./quote-tools.ts')> | undefined;

/** Whether the selection is some words inside the text (where the tools are loaded for the first time). */
function wordsSelected(): boolean {
  const selection = getSelection();
  return !!selection && !selection.isCollapsed && !!text?.contains(selection.anchorNode);
}

if (text) {
  let pointerDown = false;
  let timer: number | undefined;
  const later = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (!tools && !wordsSelected()) return;
      tools ??= import('./quote-tools.ts');
      void tools.then((m) => m.update());
    }, 250);
  };
  // not while a pointer is still selecting: the tools would move the text under it
  document.addEventListener('pointerdown', (e) => {
    if (!(e.target instanceof Element && e.target.closest('.quote-tools'))) pointerDown = true;
  });
  document.addEventListener('pointerup', () => {
    pointerDown = false;
    later();
  });
  document.addEventListener('selectionchange', () => {
    if (!pointerDown) later();
  });
}
