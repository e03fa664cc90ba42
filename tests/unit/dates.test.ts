// Dates: the editor's `when` values, the Hebrew dates converted with @hebcal/core (never typed by hand), and
// where texts overlap. How the built reader shows them: tests/build/dates-in-reader.test.ts.
import { readFileSync } from 'node:fs';
import { HDate } from '@hebcal/core';
import { describe, expect, test } from 'vitest';
import { DateSyntaxError, formatRange, htmlDatetime, overlapBands, parseHebrew, parseWhen } from '../../src/lib/dates.ts';

/** The Gregorian day of a Hebrew date, straight from the library (local fields of its Date). */
const greg = (day: number, month: string, year: number) => {
  const d = new HDate(day, month, year).greg();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const lastDay = (month: string, year: number) => HDate.daysInMonth(HDate.monthFromName(month), year);

describe('Gregorian dates (`when`)', () => {
  test.each([
    ['1920-04-01', '1920-04-01', '1920-04-01', 'day', '1 April 1920'],
    ['1918-08', '1918-08-01', '1918-08-31', 'month', 'August 1918'],
    ['1924', '1924-01-01', '1924-12-31', 'year', '1924'],
    ['1918-summer', '1918-06-01', '1918-08-31', 'season', 'June 1918 – August 1918'],
    ['1919-winter', '1919-12-01', '1920-02-29', 'season', 'December 1919 – February 1920'],
    ['1942-12/1943-02', '1942-12-01', '1943-02-28', 'range', 'December 1942 – February 1943'],
    ['1904/1905', '1904-01-01', '1905-12-31', 'range', '1904–1905'],
  ])('%s', (when, start, end, precision, words) => {
    const r = parseWhen(when);
    expect(r).toEqual({ start, end, precision });
    expect(formatRange(r)).toBe(words);
  });

  test.each(['1920-04-31', '1920-13', '20-04', '1920/1921/1922', '1921/1920', 'April 1920', '1920-fall'])(
    'rejects %s with a reason',
    (when) => {
      expect(() => parseWhen(when)).toThrow(DateSyntaxError);
    },
  );

  test('HTML datetime only where HTML has one (a day, a whole month, a whole year)', () => {
    expect(htmlDatetime(parseWhen('1941-12-07'))).toBe('1941-12-07');
    expect(htmlDatetime(parseWhen('1941-12'))).toBe('1941-12');
    expect(htmlDatetime(parseWhen('1941'))).toBe('1941');
    expect(htmlDatetime(parseWhen('1918-summer'))).toBeUndefined();
    expect(htmlDatetime(parseWhen('1918/1920'))).toBeUndefined();
  });
});

// Every Hebrew date annotated in the biography, and what @hebcal/core says it is.
const hebrewDates: [string, string, string][] = [
  // Rosh Chodesh Elul: two days, 30 Av and 1 Elul (issue 17)
  ['30 Av 5700/1 Elul 5700', greg(30, 'Av', 5700), greg(1, 'Elul', 5700)],
  ['winter 5703', '1942-12-01', '1943-02-28'], // the season convention, not a conversion
  ['Shevat 5703', greg(1, 'Shevat', 5703), greg(lastDay('Shevat', 5703), 'Shevat', 5703)],
  ['13 Nisan 5703', greg(13, 'Nisan', 5703), greg(13, 'Nisan', 5703)],
  ['5703', greg(1, 'Tishrei', 5703), greg(lastDay('Elul', 5703), 'Elul', 5703)],
  ['1 Tishrei 5705/10 Tishrei 5705', greg(1, 'Tishrei', 5705), greg(10, 'Tishrei', 5705)],
  ['7 Av 5705', greg(7, 'Av', 5705), greg(7, 'Av', 5705)],
  ['30 Av 5705/1 Elul 5705', greg(30, 'Av', 5705), greg(1, 'Elul', 5705)],
  ['25 Av 5705', greg(25, 'Av', 5705), greg(25, 'Av', 5705)],
  ['28 Av 5705', greg(28, 'Av', 5705), greg(28, 'Av', 5705)],
  ['24 Elul 5705', greg(24, 'Elul', 5705), greg(24, 'Elul', 5705)],
  ['winter 5706', '1945-12-01', '1946-02-28'],
  ['Av 5706', greg(1, 'Av', 5706), greg(lastDay('Av', 5706), 'Av', 5706)],
  ['Teves 5707', greg(1, 'Teves', 5707), greg(lastDay('Teves', 5707), 'Teves', 5707)],
];

describe('Hebrew dates (`hebrew`), converted with @hebcal/core', () => {
  test.each(hebrewDates)('%s', (value, start, end) => {
    const { gregorian } = parseHebrew(value);
    expect([gregorian.start, gregorian.end]).toEqual([start, end]);
  });

  test('the list above is every Hebrew date annotated in the biography', () => {
    const source = readFileSync('content/documents/in-tempestuous-times-part-four.md', 'utf8');
    const annotated = [...source.matchAll(/:date\[[^\n]*?\]\{[^}]*hebrew="([^"]+)"/g)].map((m) => m[1]);
    expect([...new Set(annotated)].sort()).toEqual(hebrewDates.map(([v]) => v).sort());
  });

  test.each(['Adar II 5702', '30 Iyar 5703', 'Smarch 5703', '5 5703', '1 Elul 1940', '32 Elul 5700'])(
    'rejects %s with a reason',
    (value) => {
      expect(() => parseHebrew(value)).toThrow(DateSyntaxError);
    },
  );

  test('a leap year has Adar I and Adar II', () => {
    expect(parseHebrew('13 Adar I 5703').gregorian.start).toBe(greg(13, 'Adar I', 5703));
    expect(parseHebrew('13 Adar I 5703').gregorian.start).toBe('1943-02-18'); // the ghetto proclamation (editorial note)
  });
});

describe('where texts overlap (`overlapBands`, the chronology strip)', () => {
  const span = (start: string, end: string) => ({ start, end });
  test.each([
    [
      'the three texts: Dawes and Siberia overlap',
      [span('1914-07-28', '1929-12-31'), span('1936-01-01', '1947-12-31'), span('1801-01-01', '1923-12-31')],
      [span('1914-07-28', '1923-12-31')],
    ],
    [
      'three that overlap in a chain make one band',
      [span('1900-01-01', '1950-12-31'), span('1910-01-01', '1920-12-31'), span('1915-01-01', '1960-12-31')],
      [span('1910-01-01', '1950-12-31')],
    ],
    [
      'two separate overlaps',
      [
        span('1900-01-01', '1910-12-31'),
        span('1905-01-01', '1906-12-31'),
        span('1930-01-01', '1940-12-31'),
        span('1939-01-01', '1945-12-31'),
      ],
      [span('1905-01-01', '1906-12-31'), span('1939-01-01', '1940-12-31')],
    ],
    [
      'spans that touch overlap on that day',
      [span('1900-01-01', '1920-12-31'), span('1920-12-31', '1930-12-31')],
      [span('1920-12-31', '1920-12-31')],
    ],
    ['none', [span('1900-01-01', '1910-12-31'), span('1911-01-01', '1920-12-31')], []],
    [
      'a thousand copies of one span make one band',
      Array.from({ length: 1000 }, () => span('1914-01-01', '1923-12-31')),
      [span('1914-01-01', '1923-12-31')],
    ],
  ])('%s', (_, spans, bands) => {
    expect(overlapBands(spans)).toEqual(bands);
  });
});
