// Text-fragment directives for "Link to this quote" (src/client/text-directive.ts), checked against the Text
// Fragments spec (https://wicg.github.io/scroll-to-text-fragment/): the syntax text=[prefix-,]start[,end][,-suffix],
// the characters that must be percent-encoded in a term (-, &, ,), and how a directive matches.
import { describe, expect, test } from 'vitest';
import { buildTextDirective, formatTextDirective, matchTextDirective, parseTextDirectives } from '../../src/client/text-directive.ts';

describe('building a text directive', () => {
  test('a short quote is written whole, with up to three words of context each side', () => {
    const d = buildTextDirective(
      'agreements of May 1918',
      'to expand its sphere of influence. The Sino-Japanese military ',
      ' laid the basis for',
    );
    expect(d).toEqual({ prefix: 'The Sino-Japanese military', start: 'agreements of May 1918', suffix: 'laid the basis' });
    // "-" in a term is %2D (the spec reserves it for prefix-, and ,-suffix); spaces %20
    expect(formatTextDirective(d)).toBe('text=The%20Sino%2DJapanese%20military-,agreements%20of%20May%201918,-laid%20the%20basis');
  });

  test('"&" and "," in a term are percent-encoded, so they cannot end the term or the directive', () => {
    expect(formatTextDirective({ start: 'Britain & France, Japan' })).toBe('text=Britain%20%26%20France%2C%20Japan');
  });

  test('a quote of more than eight words becomes start,end: its first and last four words', () => {
    const d = buildTextDirective('one two three four five six seven eight nine');
    expect(d).toEqual({ start: 'one two three four', end: 'six seven eight nine' });
    expect(formatTextDirective(d)).toBe('text=one%20two%20three%20four,six%20seven%20eight%20nine');
  });

  test('an empty quote is refused', () => {
    expect(() => buildTextDirective('  ')).toThrow(/no words/);
  });
});

describe('reading and matching a directive (the fallback where the browser has no text fragments)', () => {
  test('every part is read back; several directives; malformed ones are left out', () => {
    expect(parseTextDirectives('p5:~:text=a%2Db-,c%2C%20d,e,-f&text=g&text=%E0%A4')).toEqual([
      { prefix: 'a-b', start: 'c, d', end: 'e', suffix: 'f' },
      { start: 'g' },
    ]);
    expect(parseTextDirectives('p5')).toEqual([]);
  });

  test('a directive built from a quote finds that quote, not an earlier occurrence of its words', () => {
    const text = 'May 1918 came. The Sino-Japanese military agreements of May 1918 laid the basis.';
    const quote = 'May 1918';
    const at = text.lastIndexOf(quote);
    const d = buildTextDirective(quote, text.slice(0, at), text.slice(at + quote.length));
    expect(matchTextDirective(text, d)).toEqual([at, at + quote.length]);
  });

  test('start,end spans the words between; matching is case-insensitive and at word boundaries', () => {
    const text = 'Wilson believed that with a joint expedition Americans could act';
    expect(matchTextDirective(text, { start: 'wilson believed', end: 'could act' })).toEqual([0, text.length]);
    expect(matchTextDirective(text, { start: 'ilson' })).toBeNull();
    expect(matchTextDirective(text, { start: 'Wilson', suffix: 'disbelieved' })).toBeNull();
  });
});
