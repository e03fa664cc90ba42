// The baseline site of the reader benchmark gets the texts as plain Markdown (scripts/lib/plain-markdown.ts).
import { describe, expect, test } from 'vitest';
import { plainMarkdown } from '../../scripts/lib/plain-markdown.ts';

describe('plain Markdown for the benchmark baseline', () => {
  test('directives become their labels, nested ones too; label-less ones vanish; the rest is untouched', () => {
    const input = [
      'On :date[:term[Rosh Chodesh]{ref=rosh-chodesh} :term[Elul]{ref=elul} 5700 (1940)]{hebrew="1 Elul 5700"}[^a], in :place[:sic[Shanhgai]{corr=Shanghai}]{ref=shanghai}.',
      '',
      'The *agreements* :pb{n=89}of May 1918.:noteref{n=5} Then:',
      '',
      '[^a]: See :person[Graves]{ref=william-s-graves}.',
      '',
    ].join('\n');
    // written by hand from the input above
    expect(plainMarkdown(input)).toBe(
      ['On Rosh Chodesh Elul 5700 (1940)[^a], in Shanhgai.', '', 'The *agreements* of May 1918. Then:', '', '[^a]: See Graves.', ''].join(
        '\n',
      ),
    );
  });

  test('a block directive has no plain form and is refused with its line', () => {
    expect(() => plainMarkdown('Text.\n\n::figure{src=x}\n')).toThrow(/line 3: block directive ::figure/);
  });
});
