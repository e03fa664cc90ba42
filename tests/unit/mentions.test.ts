// Mentions are extracted once, with the paragraph and the sentence they stand in.
import { expect, test } from 'vitest';
import { renderMarkdown } from '../support/render.ts';
import { sentences } from '../../src/markdown/rehype-mentions.ts';

test('sentences are not cut after abbreviations and initials', () => {
  const text =
    'Maj. Gen. William Graves, commander of the AEF, landed. Rabbi L. B. Friedlander of Washington D.C. heard him. Then the F.B.I. came.';
  expect(sentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
    'Maj. Gen. William Graves, commander of the AEF, landed.',
    'Rabbi L. B. Friedlander of Washington D.C. heard him.',
    'Then the F.B.I. came.',
  ]);
});

test('each mention records entity, paragraph, anchor, sentence and the place of the name in it', async () => {
  const { edition } = await renderMarkdown(
    '## Graves in :place[Siberia]{ref=vladivostok}\n\nMaj. Gen. :person[William Graves]{ref=william-graves} landed. Later :person[Graves]{ref=william-graves} :pb{n=4}refused at :place[:sic[Vladivostock]{corr="Vladivostok"}]{ref=vladivostok}.\n',
  );
  expect(edition.mentions).toEqual([
    {
      entity: 'place:vladivostok',
      paragraph: null,
      inNote: null,
      anchor: 'graves-in-siberia',
      text: 'Siberia',
      sentence: 'Graves in Siberia',
      at: [10, 17],
      page: null,
    },
    {
      entity: 'person:william-graves',
      paragraph: 1,
      inNote: null,
      anchor: 'p1',
      text: 'William Graves',
      sentence: 'Maj. Gen. William Graves landed.',
      at: [10, 24],
      page: null,
    },
    {
      entity: 'person:william-graves',
      paragraph: 1,
      inNote: null,
      anchor: 'p1',
      text: 'Graves',
      sentence: 'Later Graves refused at Vladivostok.',
      at: [6, 12],
      page: null,
    },
    {
      entity: 'place:vladivostok',
      paragraph: 1,
      inNote: null,
      anchor: 'p1',
      text: 'Vladivostok',
      sentence: 'Later Graves refused at Vladivostok.',
      at: [24, 35],
      page: 4,
    },
  ]);
});

test('each paragraph records its section, printed pages and reading text', async () => {
  const { edition } = await renderMarkdown('## A\n\nOne :pb{n=5}two.\n\n:pb{n=6}Three :sic[fuor]{corr="four"}.\n\n## :pb{n=7}B\n\nFive.\n');
  expect(edition.passages).toEqual([
    { id: 'p1', n: 1, section: { id: 'a', text: 'A' }, pageStart: null, pageEnd: 5, text: 'One two.' },
    { id: 'p2', n: 2, section: { id: 'a', text: 'A' }, pageStart: 6, pageEnd: null, text: 'Three four.' },
    { id: 'p3', n: 3, section: { id: 'b', text: 'B' }, pageStart: 7, pageEnd: null, text: 'Five.' },
  ]);
});

test('list items, quoted list items, table cells and editorial notes: their mentions are recorded and placed', async () => {
  const { edition } = await renderMarkdown(
    [
      'A paragraph.[^n]',
      '',
      '- First item names :person[Graves]{ref=william-graves}.',
      '- Second item, with a nested list:',
      '  - nested :place[Vladivostok]{ref=vladivostok}',
      '',
      '> - quoted item naming :person[Graves]{ref=william-graves}',
      '',
      '| City | Note |',
      '| --- | --- |',
      '| :place[Vladivostok]{ref=vladivostok} | port |',
      '',
      '[^n]: The note names :person[General Graves]{ref=william-graves}.',
      '',
    ].join('\n'),
  );
  expect(edition.passages.map((p) => [p.id, p.text])).toEqual([
    ['p1', 'A paragraph.'],
    ['p2', 'First item names Graves.'],
    ['p3', 'Second item, with a nested list: nested Vladivostok'],
    ['p4', 'quoted item naming Graves'],
    ['p5', 'City Note Vladivostok port'],
  ]);
  expect(edition.mentions.map((m) => [m.entity, m.paragraph, m.inNote, m.anchor, m.text])).toEqual([
    ['person:william-graves', 2, null, 'p2', 'Graves'],
    ['place:vladivostok', 3, null, 'p3', 'Vladivostok'],
    ['person:william-graves', 4, null, 'p4', 'Graves'],
    ['place:vladivostok', 5, null, 'p5', 'Vladivostok'],
    ['person:william-graves', null, 'a', 'user-content-fn-n', 'General Graves'],
  ]);
});
