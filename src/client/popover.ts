// The reader's popover: one at a time, always inside the screen. On hover, keyboard focus or tap it shows what a
// place in the text carries: a mention's entity (one-line description, link to its page), an emendation's source
// reading, a Hebrew date's conversion, an editorial note's text (with "Go to note" for the full apparatus).
// Nested marks (a glossary term inside a date, an emendation inside a place name) share the one popover.
// It is a `popover="auto"` element, so the browser closes it when another auto popover opens (any other in-page
// panel should be one too), on Escape and on a click elsewhere. Focus is never moved or trapped.
// Without this script a mention is a link, a note mark jumps to the note (and its back-link returns), and the
// CSS notes of emendations and dates open on hover and focus; screen readers hear each note via aria-describedby.

/** What opens the popover; the innermost match under the pointer or focus wins. */
const triggerSelector = 'a.mention, .sic[tabindex], .corr[tabindex], .date-hebrew, .edref a[href^="#"]';
/** Margin kept between the popover and the edges of the screen, in CSS pixels. */
const edge = 8;

/** The kind of an entity, from its note's id (`entity-note-<kind>-<id>`, src/schemas/entities.ts entityNoteId). */
const kindLabels: Record<string, string> = { person: 'Person', place: 'Place', org: 'Organization', event: 'Event', term: 'Term' };
const kindOf = (noteId: string) => kindLabels[/^entity-note-([a-z]+)-/.exec(noteId)?.[1] ?? ''] ?? '';

// Nothing is added to the page at load (that would make the browser restyle it): the element is made when first
// shown. The CSS notes of emendations and dates stand down wherever scripting is on (src/styles/global.css).
let made: HTMLElement | null = null;
/** The one popover element (`#reader-popover`), made and added to the page on first use. */
function popoverElement(): HTMLElement {
  if (made) return made;
  made = document.createElement('div');
  made.className = 'popover';
  made.id = 'reader-popover';
  made.popover = 'auto';
  // Closing (by Escape, a click elsewhere, another auto popover, or this script): forget the mark, synchronously,
  // so that a mark shown right after is not forgotten by a late event. If the reader was inside, focus goes back.
  made.addEventListener('beforetoggle', (e) => {
    if (e.newState !== 'closed') return;
    const trigger = current;
    current?.removeAttribute('aria-expanded');
    current = null;
    pinned = false;
    if (trigger && made?.contains(document.activeElement)) {
      refocusing = true;
      queueMicrotask(() => {
        trigger.focus();
        refocusing = false;
      });
    }
  });
  document.body.append(made);
  return made;
}

let current: HTMLElement | null = null;
/** Opened by a hover, which a pointer leaving closes; a tap, click or focus pins it open. */
let pinned = false;
let hideTimer: number | undefined;
/** Set while focus is handed back to the trigger after Escape, so that the focus does not reopen it. */
let refocusing = false;
/** The mark a touch went down on, until its click. */
let firstTap: HTMLElement | null = null;

const isOpen = () => made?.matches(':popover-open') ?? false;
const triggerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(triggerSelector) : null);
const inPopover = (target: EventTarget | null) => target instanceof Node && (made?.contains(target) ?? false);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The note element an element names in aria-describedby, by id prefix. */
function describedBy(el: Element, prefix: string): HTMLElement | null {
  const id = el
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((i) => i.startsWith(prefix));
  return id ? document.getElementById(id) : null;
}

function entitySection(link: HTMLAnchorElement): HTMLElement[] {
  const note = describedBy(link, 'entity-note-');
  if (!note) return [];
  // the entity's name as the text's entity panel lists it (src/components/EntityPanel.astro: the same entities as
  // the notes, linked by the same address); the words of the text if it is not there
  const href = link.getAttribute('href') ?? link.href;
  const name = document.querySelector(`.entity-panel a[href="${CSS.escape(href)}"]`)?.textContent ?? link.textContent;
  const more = element('a', 'popover-more', `All about ${name} →`);
  more.href = href;
  return [
    element('span', 'popover-kind', kindOf(note.id)),
    element('strong', 'popover-name', name),
    element('p', '', note.textContent),
    more,
  ];
}

/** An editorial note's text (without its back-link), and "Go to note" for the note in the apparatus. */
function editorialSection(ref: HTMLAnchorElement): HTMLElement[] {
  const id = decodeURIComponent(ref.hash.slice(1));
  const item = document.getElementById(id);
  if (!item) return [];
  const body = element('div', 'popover-note');
  for (const child of item.children) body.append(child.cloneNode(true));
  for (const back of body.querySelectorAll('[data-footnote-backref]')) back.remove();
  for (const withId of body.querySelectorAll('[id]')) withId.removeAttribute('id');
  const go = element('a', 'popover-more', 'Go to note →');
  go.href = `#${id}`;
  go.addEventListener('click', () => hide());
  return [element('span', 'popover-kind', `Editorial note ${ref.textContent}`), body, go];
}

/** The sections of the popover for a trigger and the marks around and inside it, innermost first. */
function sectionsFor(trigger: HTMLElement): HTMLElement[][] {
  const sections: HTMLElement[][] = [];
  const notes = new Set<Element>();
  const noteLine = (note: Element | null) => {
    if (!note || notes.has(note)) return;
    notes.add(note);
    // the notes of emendations and dates carry their text in aria-label (so that it is no part of the page's text)
    sections.push([element('p', 'popover-line', note.getAttribute('aria-label') ?? note.textContent)]);
  };
  for (let el: HTMLElement | null = trigger; el; el = el.parentElement?.closest<HTMLElement>(triggerSelector) ?? null) {
    if (el.matches('a.mention')) {
      sections.push(entitySection(el as HTMLAnchorElement));
      // an emendation inside a name has no focus of its own: its note comes with the name
      for (const note of el.querySelectorAll('.em-note')) noteLine(note);
    } else if (el.matches('.edref a')) sections.push(editorialSection(el as HTMLAnchorElement));
    else if (el.matches('.date-hebrew')) noteLine(describedBy(el, 'date-note-'));
    else noteLine(describedBy(el, 'em-'));
  }
  return sections.filter((s) => s.length > 0);
}

/** Where the pointer last went down or over: the part of a mark broken over two lines that the reader meant. */
let pointer = { x: -1, y: -1 };

/**
 * Places the open popover under its mark, or above it when there is no room below, never past an edge of the
 * screen and never over the mark (a mark broken over lines counts whole); horizontally at the pointed-at part.
 */
function place(trigger: HTMLElement) {
  const popover = popoverElement();
  const viewportWidth = document.documentElement.clientWidth;
  const width = Math.min(320, viewportWidth - 2 * edge);
  popover.style.width = `${width}px`;
  const whole = trigger.getBoundingClientRect();
  const parts = [...trigger.getClientRects()];
  const part =
    parts.find((r) => r.left <= pointer.x && pointer.x <= r.right && r.top <= pointer.y && pointer.y <= r.bottom) ?? parts[0] ?? whole;
  const left = Math.max(edge, Math.min(part.left, viewportWidth - width - edge));
  // below if it fits, else above if it fits, else on the roomier side, cut to that room (it scrolls inside)
  popover.style.maxHeight = '';
  const height = popover.offsetHeight;
  const roomBelow = window.innerHeight - edge - (whole.bottom + 6);
  const roomAbove = whole.top - 6 - edge;
  const goBelow = height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove);
  if (height > (goBelow ? roomBelow : roomAbove)) popover.style.maxHeight = `${Math.max(goBelow ? roomBelow : roomAbove, 80)}px`;
  const top = goBelow ? whole.bottom + 6 : whole.top - 6 - popover.offsetHeight;
  popover.style.left = `${left + window.scrollX}px`;
  popover.style.top = `${top + window.scrollY}px`;
}

function show(trigger: HTMLElement, pin: boolean) {
  window.clearTimeout(hideTimer);
  if (current === trigger && isOpen()) {
    pinned ||= pin;
    return;
  }
  const sections = sectionsFor(trigger);
  if (sections.length === 0) return;
  current?.removeAttribute('aria-expanded');
  current = trigger;
  pinned = pin;
  const popover = popoverElement();
  popover.replaceChildren(
    ...sections.map((parts) => {
      const section = element('div', 'popover-section');
      section.append(...parts);
      return section;
    }),
  );
  if (!isOpen()) popover.showPopover();
  place(trigger);
  if (trigger instanceof HTMLAnchorElement) trigger.setAttribute('aria-expanded', 'true');
}

function hide() {
  window.clearTimeout(hideTimer);
  if (isOpen()) made?.hidePopover();
}

document.addEventListener('pointerover', (e) => {
  if (e.pointerType !== 'mouse') return;
  pointer = { x: e.clientX, y: e.clientY };
  const trigger = triggerOf(e.target);
  if (trigger) show(trigger, false);
  else if (inPopover(e.target)) window.clearTimeout(hideTimer);
});
document.addEventListener('pointerout', (e) => {
  if (e.pointerType !== 'mouse' || pinned) return;
  if (triggerOf(e.target) || inPopover(e.target)) {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 250);
  }
});
document.addEventListener('focusin', (e) => {
  const trigger = triggerOf(e.target);
  // focus by keyboard: no pointer on the mark (a tap's focus comes after its pointerdown, which set the pointer)
  if (trigger && !trigger.matches(':hover')) pointer = { x: -1, y: -1 };
  if (trigger) {
    // a tap focuses before its click: the click opens the popover (opened here, the tap's end would close it)
    if (!refocusing && trigger !== firstTap) show(trigger, true);
  } else if (!inPopover(e.target)) hide();
});
// A first tap on a link opens its popover; the popover's link (or a second tap) goes on. A note mark opens in
// place on any click by pointer; pressed with the keyboard it jumps to the note, as without script.
// (A tap also focuses the link, which opens the popover before the click: remember the tap itself.)
document.addEventListener('pointerdown', (e) => {
  pointer = { x: e.clientX, y: e.clientY };
  const trigger = triggerOf(e.target);
  firstTap = trigger && e.pointerType !== 'mouse' && (!isOpen() || current !== trigger || !pinned || firstTap === trigger) ? trigger : null;
});
document.addEventListener('click', (e) => {
  const trigger = triggerOf(e.target);
  if (!trigger) return;
  const noteMark = trigger.matches('.edref a') && e.detail > 0;
  if (trigger === firstTap || noteMark) {
    e.preventDefault();
    show(trigger, true);
  } else if (!(trigger instanceof HTMLAnchorElement)) show(trigger, true);
  firstTap = null;
});
window.addEventListener('resize', () => {
  if (current && isOpen()) place(current);
});
