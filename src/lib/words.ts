// Numbers in running text, as the edition's prose writes them: words up to ten, figures above ("three texts",
// "46 notes"), so that a sentence about the archive's size is written from the count, never by hand.

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "three" for 3, "12" for 12; `capital` for the start of a sentence ("Three"). Negative or fractional n: figures. */
export function countWords(n: number, { capital = false } = {}): string {
  const word = Number.isInteger(n) && n >= 0 && n <= 10 ? WORDS[n] : String(n);
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** "three texts", "one text", "12 texts": a count with its noun, singular for one. */
export function countOf(n: number, singular: string, plural = `${singular}s`, options: { capital?: boolean } = {}): string {
  return `${countWords(n, options)} ${n === 1 ? singular : plural}`;
}
