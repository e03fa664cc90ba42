// The clipboard write itself, apart from src/client/clipboard.ts (feedback and styles), so that a click handler in a
// script the page loads at once can start it inside the click, as browsers require, before loading the rest.

/** Start writing `words` to the clipboard; the promise rejects where the browser refuses or has no clipboard. */
export function writeClipboard(words: string): Promise<void> {
  try {
    return navigator.clipboard.writeText(words);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
