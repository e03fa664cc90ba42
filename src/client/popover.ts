// Entity popovers in the reader: on hover, keyboard focus or tap, a mention shows its entity's one-line
// description and a link to its page. Escape closes it; focus is never moved or trapped. Without this
// script a mention is simply a link (and screen readers still hear the description via aria-describedby).

const popover = document.createElement('div');
popover.className = 'popover';
popover.id = 'entity-popover';
popover.hidden = true;
document.body.append(popover);

let current: HTMLAnchorElement | null = null;
let hideTimer: number | undefined;

function noteFor(link: HTMLAnchorElement): HTMLElement | null {
  const id = link
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((i) => i.startsWith('entity-note-'));
  return id ? document.getElementById(id) : null;
}

function show(link: HTMLAnchorElement) {
  const note = noteFor(link);
  if (!note) return;
  window.clearTimeout(hideTimer);
  current = link;
  popover.replaceChildren();
  const kind = document.createElement('span');
  kind.className = 'popover-kind';
  kind.textContent = note.dataset.kind ?? '';
  const name = document.createElement('strong');
  name.textContent = note.dataset.name ?? '';
  const text = document.createElement('p');
  text.textContent = note.textContent;
  const more = document.createElement('a');
  more.href = note.dataset.href ?? link.href;
  more.textContent = `All about ${note.dataset.name} →`;
  popover.append(kind, name, text, more);
  popover.hidden = false;
  const box = link.getBoundingClientRect();
  const width = Math.min(320, document.documentElement.clientWidth - 16);
  popover.style.width = `${width}px`;
  const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
  popover.style.left = `${left}px`;
  popover.style.top = `${box.bottom + window.scrollY + 6}px`;
  link.setAttribute('aria-expanded', 'true');
}

function hide() {
  popover.hidden = true;
  current?.removeAttribute('aria-expanded');
  current = null;
}

function hideSoon() {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 250);
}

const mentionOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>('a.mention') : null);

document.addEventListener('pointerover', (e) => {
  const link = mentionOf(e.target);
  if (link && e.pointerType === 'mouse') show(link);
  else if (e.target instanceof Node && popover.contains(e.target)) window.clearTimeout(hideTimer);
});
document.addEventListener('pointerout', (e) => {
  if (e.pointerType === 'mouse' && (mentionOf(e.target) || (e.target instanceof Node && popover.contains(e.target)))) hideSoon();
});
document.addEventListener('focusin', (e) => {
  const link = mentionOf(e.target);
  if (link) show(link);
  else if (!(e.target instanceof Node && popover.contains(e.target))) hide();
});
// A first tap on a mention opens its popover; the popover's link (or a second tap) goes to the page.
// (The tap also focuses the link, which opens the popover before the click: remember the tap itself.)
let firstTap: HTMLAnchorElement | null = null;
document.addEventListener('pointerdown', (e) => {
  const link = mentionOf(e.target);
  firstTap = link && e.pointerType !== 'mouse' && (popover.hidden || current !== link) ? link : null;
});
document.addEventListener('click', (e) => {
  const link = mentionOf(e.target);
  if (link && link === firstTap) {
    e.preventDefault();
    show(link);
  } else if (!link && !(e.target instanceof Node && popover.contains(e.target))) hide();
  firstTap = null;
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !popover.hidden) {
    const link = current;
    hide();
    if (popover.contains(document.activeElement)) link?.focus();
  }
});
