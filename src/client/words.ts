// Words as search sees them, shared by the search page (what a result carries to the reader) and the reader's
// highlight (what it marks): the same folding as Pagefind's index (case, diacritics, apostrophes, possessives,
// Porter2 stems: Pagefind stems English with Snowball's Porter2, and so does the `porter2` package), quoted
// phrases, and stop words that are never marked on their own.
import { stem } from 'porter2';
import { eng } from 'stopword';
import { boundedText, urlLimits } from './url-input.ts';

/** A word of a text and where it stands: `text.slice(start, end)`. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Letters (with their combining marks) and digits, joined by apostrophes inside a word ("Kalmanovitz’s", "ym'sh"). */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;

/** The words of `text` in order (hyphens, spaces and punctuation separate words). */
export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(wordPattern), (m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * A word folded as the index folds it: lower case, no diacritics ("Ōtani" → "otani", "cafés" → "cafes"), no
 * possessive ending ("Kalmanovitz’s", "Kalmanovitz's" → "kalmanovitz"), no other apostrophe ("ym'sh" → "ymsh").
 */
export function fold(word: string): string {
  return word
    .toLocaleLowerCase('en')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ʼ]s$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** What two words must share to be the same word for search: the Porter2 stem of the folded word. */
export function wordKey(word: string): string {
  return stem(fold(word));
}

const stopWords = new Set(eng);

/** An English function word ("of", "the", "and"…: the `stopword` package's list), never marked on its own. */
export function isStopWord(word: string): boolean {
  return stopWords.has(fold(word));
}

/**
 * The terms of a query or of a ?highlight= value: each quoted part ("…" or “…”) is one phrase, and each other
 * whitespace-separated part is a phrase of its own words ("Trans-Siberian" → ["Trans", "Siberian"]). Bounded
 * like every URL input (src/client/url-input.ts): at most `urlLimits.maxWords` words in all, each cut to
 * `urlLimits.maxWordLength` characters; repeated phrases are dropped.
 */
export function parseTerms(raw: string | null | undefined): string[][] {
  const text = boundedText(raw);
  const terms: string[][] = [];
  const seen = new Set<string>();
  let words = 0;
  for (const m of text.matchAll(/["“”]([^"“”]*)["“”]?|[^\s"“”]+/gu)) {
    const phrase = tokenize(m[1] ?? m[0]).map((t) => Array.from(t.text).slice(0, urlLimits.maxWordLength).join(''));
    if (!phrase.length) continue;
    const id = phrase.map(wordKey).join(' ');
    if (seen.has(id)) continue;
    if (words + phrase.length > urlLimits.maxWords) break;
    seen.add(id);
    terms.push(phrase);
    words += phrase.length;
  }
  return terms;
}

/**
 * Whether a phrase may be marked: it has a word that is neither a stop word nor a lone letter, so "of" alone and the
 * "V" of "Gustaf V" alone are never marked, while "seventh of Av" and "Gustaf V" are.
 */
export function markable(phrase: readonly string[]): boolean {
  return phrase.some((w) => Array.from(fold(w)).length > 1 && !isStopWord(w));
}

/** Terms written back as a ?highlight= value: phrases of more than one word in double quotes. */
export function formatTerms(terms: readonly (readonly string[])[]): string {
  return terms.map((t) => (t.length > 1 ? `"${t.join(' ')}"` : t[0])).join(' ');
}

/**
 * Where `phrase` occurs in `tokens` (word for word, by `wordKey`): the index of each occurrence's first token.
 * Occurrences do not overlap.
 */
export function findPhrase(tokens: readonly Token[], phrase: readonly string[], keys = tokens.map((t) => wordKey(t.text))): number[] {
  const want = phrase.map(wordKey);
  const found: number[] = [];
  for (let i = 0; i + want.length <= keys.length; i++) {
    if (want.every((k, j) => keys[i + j] === k)) {
      found.push(i);
      i += want.length - 1;
    }
  }
  return found;
}
