// On every page: "/" focuses the search box (unless the reader is typing somewhere).
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target as HTMLElement;
  if (t.closest('input, textarea, select, [contenteditable="true"]')) return;
  const box = document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
