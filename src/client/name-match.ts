// Which entities a query names, and what a misspelt name was meant to be. Names and variants come from
// /search-data.json (src/client/search-data.ts); a word that is not in the texts is compared with the words of
// every name by MiniSearch's fuzzy term matching (a bounded Levenshtein search over a radix tree).
import MiniSearch from 'minisearch';
import type { SearchEntity } from './search-data.ts';
import { fold, isStopWord, tokenize } from './words.ts';

/** At most this many entities may share a query's words before it stops being a query for those entities. */
const maxPartialMatches = 3;

/**
 * Edits allowed between a misspelt word and a name's word (Levenshtein distance): none under four letters (too
 * many names are one edit from any short word), one for four or five, two from six on ("Kalmanovitch" →
 * "Kalmanovitz").
 */
export function allowedEdits(word: string): number {
  const n = Array.from(word).length;
  return n < 4 ? 0 : n < 6 ? 1 : 2;
}

/** The folded words of a text that carry meaning: no stop words, no lone letters or initials. */
export function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => fold(t.text))
    .filter((w) => Array.from(w).length > 1 && !isStopWord(w));
}

const phraseOf = (text: string) =>
  tokenize(text)
    .map((t) => fold(t.text))
    .join(' ');

export class NameIndex {
  private readonly entities: readonly SearchEntity[];
  /** Each entity's spellings, folded: as phrases, and as sets of words. */
  private readonly spellings: { entity: SearchEntity; phrase: string; words: Set<string> }[] = [];
  /** Folded word of a name → the word as the name writes it, and how many passages mention entities so named. */
  private readonly vocabulary = new Map<string, { surface: string; weight: number }>();
  private readonly fuzzy: MiniSearch<{ id: number; word: string }>;

  constructor(entities: readonly SearchEntity[]) {
    this.entities = entities;
    for (const entity of entities) {
      for (const name of entity.names) {
        const tokens = tokenize(name);
        this.spellings.push({ entity, phrase: phraseOf(name), words: new Set(tokens.map((t) => fold(t.text))) });
        for (const t of tokens) {
          const word = fold(t.text);
          // initials and lone letters never stand for a longer word ("V" of "Gustaf V" for "Vladivostock")
          if (Array.from(word).length < 3 || isStopWord(word)) continue;
          const known = this.vocabulary.get(word);
          if (known) known.weight += entity.passages;
          else this.vocabulary.set(word, { surface: t.text, weight: entity.passages });
        }
      }
    }
    this.fuzzy = new MiniSearch({ fields: ['word'], storeFields: ['word'], processTerm: (term) => term });
    this.fuzzy.addAll([...this.vocabulary.keys()].map((word, id) => ({ id, word })));
  }

  /**
   * The entities a query names: those with a name or variant that is the query (folded: "kalmanowitz",
   * "Secretary Hughes"); failing that, those with a name that holds every meaningful word of the query ("Peyton
   * March" → "Peyton C. March"), if at most three entities do. Better known entities first. Empty for no match.
   */
  entitiesFor(query: string): SearchEntity[] {
    const phrase = phraseOf(query);
    if (!phrase) return [];
    const byWeight = (list: SearchEntity[]) => [...new Set(list)].sort((a, b) => b.passages - a.passages);
    const exact = this.spellings.filter((s) => s.phrase === phrase).map((s) => s.entity);
    if (exact.length) return byWeight(exact);
    const words = contentWords(query);
    if (!words.length) return [];
    const partial = byWeight(this.spellings.filter((s) => words.every((w) => s.words.has(w))).map((s) => s.entity));
    return partial.length <= maxPartialMatches ? partial : [];
  }

  /**
   * The word of a name that a misspelt word was most likely meant to be, as the name writes it ("Vladivostock" →
   * "Vladivostok", "Kalmanovitch" → "Kalmanovitz"), within `allowedEdits`; the fewest edits win, then the better
   * known entity. Undefined when no name's word is that close.
   */
  correct(word: string): string | undefined {
    const folded = fold(word);
    const edits = allowedEdits(folded);
    if (!edits) return undefined;
    const hits = this.fuzzy.search(folded, { fuzzy: () => edits, prefix: false });
    const best = hits
      .map((h) => ({ score: h.score, entry: this.vocabulary.get(h.word as string)! }))
      .sort((a, b) => b.score - a.score || b.entry.weight - a.entry.weight)[0];
    return best?.entry.surface;
  }

  /** All entities, as /search-data.json lists them. */
  all(): readonly SearchEntity[] {
    return this.entities;
  }
}
