// The one reading-text rule and the hast → text-model reading, on hand-made trees with hand-written expectations.
import { describe, expect, test } from 'vitest';
import { h } from 'hastscript';
import type { Inline } from '../../src/schemas/edition.ts';
import { readingSpans, readingText, toInlines } from '../../src/markdown/edition-text.ts';

const t = (value: string): Inline => ({ type: 'text', value });

describe('readingText', () => {
  test('an emendation reads as its correction; page breaks, callouts and note marks give no text', () => {
    const content: Inline[] = [
      t('attacked by '),
      { type: 'emendation', id: 'em-1', sic: [t('AustroGerman')], corr: [t('Austro-German')] },
      t(' prisoners in '),
      { type: 'pageBreak', n: 88 },
      { type: 'mention', entity: 'place:siberia', children: [t('Siberia')] },
      t('.'),
      { type: 'noteCallout', n: 5 },
      t(' Next'),
      { type: 'noteMark', label: 'a', note: 'ed-x' },
      t('   sentence. '),
    ];
    expect(readingText(content)).toBe('attacked by Austro-German prisoners in Siberia. Next sentence.');
  });

  test('spans give where each mention and date stands and on which printed page', () => {
    const content: Inline[] = [
      { type: 'date', n: 1, children: [t('In 1918 '), { type: 'mention', entity: 'person:woodrow-wilson', children: [t('Wilson')] }] },
      t(' went to '),
      { type: 'pageBreak', n: 12 },
      { type: 'mention', entity: 'place:paris', children: [t('Paris')] },
    ];
    const { text, spans, page } = readingSpans(content, 11);
    expect(text).toBe('In 1918 Wilson went to Paris');
    expect(spans.map((s) => [s.node.type, text.slice(s.start, s.end), s.page])).toEqual([
      ['date', 'In 1918 Wilson', 11],
      ['mention', 'Wilson', 11],
      ['mention', 'Paris', 12],
    ]);
    expect(page).toBe(12);
  });
});

describe('toInlines', () => {
  test('reads the edition markers, never CSS classes, and leaves out apparatus', () => {
    const tree = [
      h('a', { className: ['pnum'], dataApparatus: '' }, '7'),
      h('span', { dataEmendation: 'em-2' }, [
        h('span', { dataReading: 'source' }, 'Shanhgai'),
        h('span', { dataReading: 'edition' }, 'Shanghai'),
        h('span', { dataApparatus: '' }, 'Source: …'),
      ]),
      h('span', { className: ['pb'], dataApparatus: '', dataPage: '90' }, [h('span', 'p. 90')]),
      h('a', { href: '/people/x/', dataEntity: 'person:x' }, 'X'),
      h('sup', { dataNoteCallout: '3' }, [h('a', '3')]),
      // a class alone means nothing to the model
      h('span', { className: ['sic'] }, ' kept'),
    ];
    expect(toInlines(tree)).toEqual([
      { type: 'emendation', id: 'em-2', sic: [t('Shanhgai')], corr: [t('Shanghai')] },
      { type: 'pageBreak', n: 90 },
      { type: 'mention', entity: 'person:x', children: [t('X')] },
      { type: 'noteCallout', n: 3 },
      t(' kept'),
    ]);
  });
});
