// Copying, with feedback a reader can see and hear: the button says "Copied ✓" (or "Not copied"), and a status
// line at the foot of the screen says what was copied, or that the browser refused, and how to copy by hand.
// Button labels are generated content from `data-label` (src/styles/global.css), so that a button inside a
// paragraph is never part of its text.
import './tool-styles.ts';
import { writeClipboard } from './clipboard-write.ts';

/** The page's status line (`.live-note`, role=status): shown while it has words, read out by screen readers. */
function statusLine(): HTMLElement {
  const live =
    document.querySelector<HTMLElement>('.live-note') ??
    Object.assign(document.body.appendChild(document.createElement('p')), { className: 'live-note' });
  live.classList.remove('visually-hidden');
  live.classList.add('toast');
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  return live;
}

let toastTimer: number | undefined;

/** Say something in the status line for a few seconds; `visible: false` says it to screen readers only. */
export function announce(message: string, { visible = true } = {}): void {
  const live = statusLine();
  live.classList.toggle('visually-hidden', !visible);
  live.textContent = message;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => (live.textContent = ''), 4000);
}

/** The message when the browser refuses the clipboard (permission denied, insecure context, no API). */
export const refusedMessage = 'Copying is not allowed here: select the text and copy it.';

/**
 * Put `text` on the clipboard. On success `done` is announced and `button` (if any) shows "Copied ✓" for two
 * seconds; on refusal the refusal is announced and the button shows "Not copied". Resolves to whether it copied.
 */
export async function copyText(text: string, done: string, button?: HTMLElement): Promise<boolean> {
  return reportCopy(writeClipboard(text), done, button);
}

/**
 * Report a clipboard write already started (`written`, so that it stays inside the reader's click): announce `done`
 * or `refused`, and show it on `button` ("Copied ✓" or "Not copied", for two seconds). Resolves to whether it copied.
 */
export async function reportCopy(written: Promise<void>, done: string, button?: HTMLElement, refused = refusedMessage): Promise<boolean> {
  let ok = true;
  try {
    await written;
  } catch {
    ok = false;
  }
  announce(ok ? done : refused);
  if (button) {
    const label = button.dataset.idleLabel ?? button.dataset.label ?? '';
    button.dataset.idleLabel = label;
    button.dataset.label = ok ? 'Copied ✓' : 'Not copied';
    button.classList.toggle('is-copied', ok);
    button.classList.toggle('is-refused', !ok);
    window.setTimeout(() => {
      button.dataset.label = label;
      button.classList.remove('is-copied', 'is-refused');
    }, 2000);
  }
  return ok;
}

/**
 * Report the copying of a link to a place in this page (`url`, this page's address with a #fragment; `what` names
 * the place: "paragraph 5", "the quoted words"). When the browser refuses, there are no words on the page to
 * select: the link is put in the address bar instead (without moving the page), and the reader is told to copy it
 * from there.
 */
export async function reportLinkCopy(written: Promise<void>, url: string, what: string, button?: HTMLElement): Promise<boolean> {
  const ok = await reportCopy(
    written,
    `Link to ${what} copied.`,
    button,
    `Copying is not allowed here: the address bar now shows the link to ${what}; copy it from there.`,
  );
  if (!ok) history.replaceState(history.state, '', url);
  return ok;
}

/** A button whose visible label is `label` (generated content) and whose accessible name is `accessible`. */
export function makeButton(label: string, accessible: string, onClick: (button: HTMLButtonElement) => void, className = 'copy-button') {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.dataset.label = label;
  b.setAttribute('aria-label', accessible);
  b.addEventListener('click', () => onClick(b));
  return b;
}
