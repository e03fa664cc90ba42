// Which entities a query names, and what a misspelt name was meant to be. Names and variants come from
// /search-data.json (src/client/search-data.ts). Words are compared as the index compares them (folded and
// stemmed: src/client/words.ts); a word that is no name's word is compared with every name's word by edit distance
// (the `fastest-levenshtein` package, also used by the build to suggest entity ids).
//
// Fuzzy libraries compared on the archive's names (misspellings with one and two edits of Vladivostok, Shanghai,
// Kalmanovitz, Shmuelevitz, Semiatitsky, Takahashi, Shidehara, Uchida, Irkutsk, Masaryk, Graves…): fuse.js 7.5
// (9.7 KB gzip) also returns names that merely contain the letters ("grves" → Congress, "harra" → Shidehara,
// "masarik" → Asahikawa); fast-fuzzy 1.12 (11 KB) the same; @leeoniya/ufuzzy 1.0 (4.4 KB) misses two-edit
// misspellings ("Kalmanovitch", "Vladivastock"); MiniSearch 7.2 (6.1 KB) finds exactly the names within k edits,
// as does a scan of the ~700 name words with fastest-levenshtein (0.8 KB), which this module does.
import { distance } from 'fastest-levenshtein';
import type { SearchEntity } from './search-data.ts';
import { fold, isStopWord, tokenize, wordKey } from './words.ts';

/** At most this many entities may share a query's words before it stops being a query for those entities. */
const maxPartialMatches = 3;

/**
 * Edits allowed between a misspelt word and a name's word (Levenshtein distance): none under four letters (too
 * many names are one edit from any short word), one for four or five, two from six on ("Kalmanovitch" →
 * "Kalmanovitz").
 */
export function allowedEdits(word: string): number {
  const n = Array.from(fold(word)).length;
  return n < 4 ? 0 : n < 6 ? 1 : 2;
}

/** The words of a text that carry meaning: no stop words, no lone letters or initials. */
export function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => t.text)
    .filter((w) => Array.from(fold(w)).length > 1 && !isStopWord(w));
}

const keysOf = (text: string) => tokenize(text).map((t) => wordKey(t.text));
const isCapital = (word: string) => /^\p{Lu}/u.test(word);

export class NameIndex {
  /** Each spelling of each entity: its words' keys in order, and the keys of its capitalised words. */
  private readonly spellings: { entity: SearchEntity; phrase: string; proper: Set<string> }[] = [];
  /** Folded word of a name → the word as the name writes it, and how many passages mention entities so named. */
  private readonly vocabulary = new Map<string, { surface: string; weight: number }>();
  /** The keys of every name's words. */
  private readonly keys = new Set<string>();

  constructor(entities: readonly SearchEntity[]) {
    for (const entity of entities) {
      for (const name of entity.names) {
        const tokens = tokenize(name);
        this.spellings.push({
          entity,
          phrase: tokens.map((t) => wordKey(t.text)).join(' '),
          proper: new Set(tokens.filter((t) => isCapital(t.text)).map((t) => wordKey(t.text))),
        });
        for (const t of tokens) {
          const word = fold(t.text);
          this.keys.add(wordKey(t.text));
          // initials and lone letters never stand for a longer word (the "V" of "Gustaf V" for "Vladivostock")
          if (Array.from(word).length < 3 || isStopWord(word)) continue;
          const known = this.vocabulary.get(word);
          if (known) known.weight += entity.passages;
          else this.vocabulary.set(word, { surface: t.text, weight: entity.passages });
        }
      }
    }
  }

  /**
   * The entities a query names: those with a name or variant that is the query, word for word as the index
   * compares words ("Kalmanowitz", "Secretary Hughes", "Hara's"); failing that, those with a name whose capitalised
   * words include every meaningful word of the query ("Peyton March" → "Peyton C. March", "Weissmandle" →
   * "Michael Dov Weissmandl"), if at most three entities do. A lower-case word inside a name ("train" of "Kastner
   * train") does not make a query a name. Better known entities first; empty for no match.
   */
  entitiesFor(query: string): SearchEntity[] {
    const phrase = keysOf(query).join(' ');
    if (!phrase) return [];
    const byWeight = (list: SearchEntity[]) => [...new Set(list)].sort((a, b) => b.passages - a.passages);
    const exact = this.spellings.filter((s) => s.phrase === phrase).map((s) => s.entity);
    if (exact.length) return byWeight(exact);
    const words = contentWords(query).map(wordKey);
    if (!words.length) return [];
    const partial = byWeight(this.spellings.filter((s) => words.every((w) => s.proper.has(w))).map((s) => s.entity));
    return partial.length <= maxPartialMatches ? partial : [];
  }

  /** Whether a word is (by its stem) a word of some entity's name. */
  knows(word: string): boolean {
    return this.keys.has(wordKey(word));
  }

  /**
   * The word of a name that a misspelt word was most likely meant to be, as the name writes it ("Vladivostock" →
   * "Vladivostok", "Kalmanovitch" → "Kalmanovitz"), within `allowedEdits`: the fewest edits win, then the better
   * known entity. Undefined when no name's word is that close.
   */
  correct(word: string): string | undefined {
    const folded = fold(word);
    const edits = allowedEdits(folded);
    let best: { edits: number; weight: number; surface: string } | undefined;
    if (!edits) return undefined;
    for (const [candidate, { surface, weight }] of this.vocabulary) {
      if (Math.abs(candidate.length - folded.length) > edits) continue;
      const d = distance(folded, candidate);
      if (d > edits) continue;
      if (!best || d < best.edits || (d === best.edits && weight > best.weight)) best = { edits: d, weight, surface };
    }
    return best?.surface;
  }
}
