// URL input is bounded before it becomes a pattern (src/client/url-input.ts).
import { describe, expect, test } from 'vitest';
import { boundedText, boundedWords, literalAlternatives, urlLimits } from '../../src/client/url-input.ts';

describe('url input', () => {
  test('a 200,000-word highlight becomes at most twelve distinct words', () => {
    const huge = Array.from({ length: 200_000 }, (_, i) => `w${i}`).join(' ');
    const words = boundedWords(huge);
    expect(words.length).toBeLessThanOrEqual(urlLimits.maxWords);
    expect(words.slice(0, 3)).toEqual(['w0', 'w1', 'w2']);
  });

  test('one 1.5 M-character word is cut, and the pattern compiles and runs at once', () => {
    const words = boundedWords('a'.repeat(1_500_000));
    expect(words).toEqual(['a'.repeat(urlLimits.maxWordLength)]);
    const started = performance.now();
    const pattern = new RegExp(`(?:${literalAlternatives(words)})`, 'giu');
    expect('x'.repeat(10_000).match(pattern)).toBeNull();
    expect(performance.now() - started).toBeLessThan(100);
  });

  test('regular-expression characters are literal; lone letters and repeats are dropped', () => {
    expect(boundedWords('a (.*)+ [x] V V Vladivostok Vladivostok')).toEqual(['(.*)+', '[x]', 'Vladivostok']);
    const pattern = new RegExp(literalAlternatives(['(.*)+', '[x]']));
    expect(pattern.test('call (.*)+ here')).toBe(true);
    expect(pattern.test('anything else')).toBe(false);
  });

  test('text is cut at a character, never inside a surrogate pair', () => {
    const text = boundedText('😀'.repeat(500));
    expect(Array.from(text)).toHaveLength(urlLimits.maxLength);
    expect(text.endsWith('😀')).toBe(true);
    expect(boundedText(null)).toBe('');
  });
});
