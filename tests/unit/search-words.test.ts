// How search folds words, reads quoted phrases and corrects names (src/client/words.ts, src/client/name-match.ts).
// Expected values are worked out by hand from the texts' spellings and the issue's examples.
import { describe, expect, test } from 'vitest';
import { findPhrase, fold, formatTerms, markable, parseTerms, tokenize, wordKey } from '../../src/client/words.ts';
import { NameIndex, allowedEdits } from '../../src/client/name-match.ts';
import type { SearchEntity } from '../../src/client/search-data.ts';

describe('words', () => {
  test('folding: case, diacritics, straight and curly apostrophes, possessives', () => {
    expect(fold('Ōtani')).toBe('otani');
    expect(fold('cafés')).toBe('cafes');
    expect(fold('Kalmanovitz’s')).toBe('kalmanovitz');
    expect(fold("Kalmanovitz's")).toBe('kalmanovitz');
    expect(fold("ym'sh")).toBe('ymsh');
  });

  test('stems are Porter2 (Snowball English), as Pagefind’s index', () => {
    expect(wordKey('dangers')).toBe(wordKey('danger'));
    expect(wordKey('Graves')).toBe('grave');
    expect(wordKey('generously')).toBe('generous');
    expect(wordKey('Weissmandle')).toBe(wordKey('Weissmandl'));
  });

  test('quoted parts are phrases; hyphenated words are phrases of their parts; repeats dropped', () => {
    expect(parseTerms('"seventh of Av 5705" Shanghai')).toEqual([['seventh', 'of', 'Av', '5705'], ['Shanghai']]);
    expect(parseTerms('“Mir Yeshiva”')).toEqual([['Mir', 'Yeshiva']]);
    expect(parseTerms('Trans-Siberian Trans-Siberian')).toEqual([['Trans', 'Siberian']]);
    expect(formatTerms([['seventh', 'of', 'Av', '5705'], ['Shanghai']])).toBe('"seventh of Av 5705" Shanghai');
  });

  test('stop words and lone letters are never marked alone, but inside a phrase they are', () => {
    expect(markable(['of'])).toBe(false);
    expect(markable(['V'])).toBe(false);
    expect(markable(['seventh', 'of', 'Av'])).toBe(true);
    expect(markable(['Gustaf', 'V'])).toBe(true);
  });

  test('a phrase is found word for word, whatever the punctuation between its words', () => {
    const text = 'On the seventh of Av 5705, Shanghai was bombed; the seventh of Av was a Tuesday.';
    expect(findPhrase(tokenize(text), ['seventh', 'of', 'Av', '5705'])).toEqual([2]);
    expect(findPhrase(tokenize(text), ['Seventh', 'of', 'av'])).toEqual([2, 10]);
  });
});

describe('names', () => {
  const entity = (key: SearchEntity['key'], href: string, names: string[], passages: number): SearchEntity => ({
    key,
    href,
    names,
    passages,
  });
  const index = new NameIndex([
    entity('place', '/places/vladivostok/', ['Vladivostok'], 8),
    entity('person', '/people/gustaf-v/', ['Gustaf V', 'King Gustav V', 'Gustav V'], 3),
    entity('person', '/people/avrohom-kalmanovitz/', ['Avrohom Kalmanovitz', 'Rav Kalmanovitz', 'Kalmanowitz'], 43),
    entity('person', '/people/peyton-c-march/', ['Peyton C. March', 'Payton C. March', 'March'], 5),
    entity('event', '/events/kastner-train/', ['Kastner train', 'Kasztner train'], 2),
  ]);
  const hrefs = (q: string) => index.entitiesFor(q).map((e) => e.href);

  test('a name or variant, word for word, names its entity (possessive and case do not matter)', () => {
    expect(hrefs('Kalmanowitz')).toEqual(['/people/avrohom-kalmanovitz/']);
    expect(hrefs("kalmanovitz's")).toEqual(['/people/avrohom-kalmanovitz/']);
    expect(hrefs('Peyton March')).toEqual(['/people/peyton-c-march/']);
  });

  test('a lower-case word inside a name does not make a query a name', () => {
    expect(hrefs('train')).toEqual([]);
  });

  test('misspellings within one or two edits are corrected; a lone letter or initial is never a candidate', () => {
    expect(index.correct('Vladivostock')).toBe('Vladivostok');
    expect(index.correct('Vladivastock')).toBe('Vladivostok');
    expect(index.correct('Kalmanovitch')).toBe('Kalmanovitz');
    expect(index.correct('V')).toBeUndefined();
    expect(index.correct('Zyxwvut')).toBeUndefined();
    expect(allowedEdits('Hara')).toBe(1);
    expect(allowedEdits('Kalmanovitch')).toBe(2);
    expect(allowedEdits('Oi')).toBe(0);
  });
});
