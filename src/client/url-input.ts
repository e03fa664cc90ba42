// What the page accepts from its URL (?q=, ?highlight=, filters): bounded before any of it becomes a pattern,
// so that no URL, however long, keeps the main thread busy (a 200,000-word ?highlight= took 28 s before).

/** Limits on URL input: far above any real query, far below anything slow. */
export const urlLimits = { maxLength: 200, maxWords: 12, maxWordLength: 40, maxFilterValues: 20 } as const;

/** A query or filter value cut to `maxLength` characters (at a character boundary, never inside a surrogate pair). */
export function boundedText(raw: string | null | undefined): string {
  return Array.from(raw ?? '')
    .slice(0, urlLimits.maxLength)
    .join('');
}

/**
 * The distinct words of a bounded text, at most `maxWords`, each at most `maxWordLength` characters, and longer
 * than one character (a lone letter would mark half the page). Empty for empty input.
 */
export function boundedWords(raw: string | null | undefined): string[] {
  const words = boundedText(raw)
    .split(/\s+/)
    .filter((w) => Array.from(w).length > 1)
    .map((w) => Array.from(w).slice(0, urlLimits.maxWordLength).join(''));
  return [...new Set(words)].slice(0, urlLimits.maxWords);
}

/** A pattern that matches any of `words` literally (every regular-expression character escaped). */
export function literalAlternatives(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
