// Dates of the edition: the `when` values editors write (Gregorian), the `hebrew` values converted with
// @hebcal/core, and the ranges the chronology sorts and draws. Every date is a closed range of days
// [start, end] in ISO form, so that a day, a month, a season and a year compare the same way.
import { HDate } from '@hebcal/core';
import * as chrono from 'chrono-node';
import { compareCodes } from './collation.ts';

/** A closed range of days, ISO `YYYY-MM-DD`, and how precisely the source gives it. */
export interface DateRange {
  start: string;
  end: string;
  precision: 'day' | 'month' | 'season' | 'year' | 'range';
}

export const seasons = ['spring', 'summer', 'autumn', 'winter'] as const;
type Season = (typeof seasons)[number];

/**
 * Seasons are taken as the meteorological seasons of the northern hemisphere, where every place in
 * the texts lies: spring March–May, summer June–August, autumn September–November, and winter
 * December to the following February. This is an editorial convention, stated where a season is shown.
 */
export const seasonConvention = 'a season taken as the northern meteorological season: winter is December to February';

const seasonMonths: Record<Season, [startMonth: number, endMonth: number, endYearOffset: number]> = {
  spring: [3, 5, 0],
  summer: [6, 8, 0],
  autumn: [9, 11, 0],
  winter: [12, 2, 1],
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const iso = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export class DateSyntaxError extends Error {}

/** One end of a `when` value: `1941`, `1941-08`, `1941-08-24` or `1918-summer`. */
function parsePoint(value: string): DateRange {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-(spring|summer|autumn|winter))?$/.exec(value);
  if (!m) {
    throw new DateSyntaxError(`"${value}" is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-season (e.g. 1918-summer)`);
  }
  const year = Number(m[1]);
  if (m[4]) {
    const [from, to, offset] = seasonMonths[m[4] as Season];
    return { start: iso(year, from, 1), end: iso(year + offset, to, daysInMonth(year + offset, to)), precision: 'season' };
  }
  if (!m[2]) return { start: iso(year, 1, 1), end: iso(year, 12, 31), precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new DateSyntaxError(`"${value}": there is no month ${m[2]}`);
  if (!m[3]) return { start: iso(year, month, 1), end: iso(year, month, daysInMonth(year, month)), precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) throw new DateSyntaxError(`"${value}": ${year}-${m[2]} has no day ${m[3]}`);
  return { start: value, end: value, precision: 'day' };
}

/**
 * Parse an editor's Gregorian date: a point (`1941-08-24`, `1941-08`, `1941`, `1918-summer`) or an
 * interval of two points (`1942-12/1943-02`, as in EDTF), which covers both ends entirely.
 */
export function parseWhen(value: string): DateRange {
  const parts = value.split('/');
  if (parts.length > 2) throw new DateSyntaxError(`"${value}": an interval has two ends, e.g. 1942-12/1943-02`);
  if (parts.length === 1) return parsePoint(value.trim());
  const from = parsePoint(parts[0].trim());
  const to = parsePoint(parts[1].trim());
  if (to.end < from.start) throw new DateSyntaxError(`"${value}": the interval ends before it begins`);
  return { start: from.start, end: to.end, precision: 'range' };
}

/** The Gregorian day of a Hebrew date (HDate.greg() gives local midnight: read local fields). */
function gregorianDay(h: HDate): string {
  const d = h.greg();
  return iso(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/**
 * A Hebrew date as the edition writes it (`1 Elul 5700`, `Shevat 5703`, `5703`, `winter 5703`, or an
 * interval `1 Tishrei 5705/10 Tishrei 5705`) and its Gregorian range.
 */
export interface HebrewDate {
  /** As written in the annotation. */
  value: string;
  /** The Gregorian range it converts to (@hebcal/core). */
  gregorian: DateRange;
  /** The same date in hebcal's spelling, for display: "1 Elul 5700". */
  canonical: string;
}

/**
 * Convert a Hebrew date with @hebcal/core. A day gives one day; a month every day of that month;
 * a year 1 Tishrei to 29 Elul; a season the Gregorian season within that Hebrew year (see
 * `seasonConvention`: winter 5703 is December 1942 to February 1943).
 */
export function parseHebrew(value: string): HebrewDate {
  const ends = value.split('/');
  if (ends.length === 2) {
    // an interval, such as the Ten Days of Repentance: "1 Tishrei 5705/10 Tishrei 5705"
    const [from, to] = ends.map((end) => parseHebrew(end.trim()));
    if (to.gregorian.end < from.gregorian.start) throw new DateSyntaxError(`"${value}": the interval ends before it begins`);
    return {
      value,
      gregorian: { start: from.gregorian.start, end: to.gregorian.end, precision: 'range' },
      canonical: `${from.canonical} – ${to.canonical}`,
    };
  }
  const m = /^(?:(\d{1,2}) )?(?:(spring|summer|autumn|winter) |([A-Za-z][A-Za-z' ]*?) )?(\d{4})$/.exec(value.trim());
  if (!m) {
    throw new DateSyntaxError(`"${value}" is not a Hebrew date: write "1 Elul 5700", "Elul 5700", "5703" or "winter 5703"`);
  }
  const [, dayText, season, monthName, yearText] = m;
  const year = Number(yearText);
  if (year < 5000 || year > 6000) throw new DateSyntaxError(`"${value}": ${year} is not a Hebrew year of the texts' era (5000–6000)`);
  if (season) {
    if (dayText) throw new DateSyntaxError(`"${value}": a season takes no day`);
    // the Hebrew year 5703 begins in the autumn of 1942: its winter is December 1942 – February 1943
    const firstYear = new HDate(1, 'Tishrei', year).greg().getFullYear();
    const gYear = season === 'autumn' || season === 'winter' ? firstYear : firstYear + 1;
    return { value, gregorian: { ...parsePoint(`${gYear}-${season}`), precision: 'season' }, canonical: `${season} ${year}` };
  }
  if (!monthName) {
    if (dayText) throw new DateSyntaxError(`"${value}": a day needs its month, e.g. "1 Elul 5700"`);
    const first = new HDate(1, 'Tishrei', year);
    const last = new HDate(new HDate(1, 'Tishrei', year + 1).abs() - 1);
    return { value, gregorian: { start: gregorianDay(first), end: gregorianDay(last), precision: 'year' }, canonical: String(year) };
  }
  let month: number;
  try {
    month = HDate.monthFromName(monthName);
  } catch {
    throw new DateSyntaxError(
      `"${value}": "${monthName}" is not a Hebrew month (e.g. Tishrei, Cheshvan, Kislev, Teves, Shevat, Adar, Adar I, Adar II, Nisan, Iyar, Sivan, Tammuz, Av, Elul)`,
    );
  }
  if (month > HDate.monthsInYear(year)) throw new DateSyntaxError(`"${value}": ${year} is not a leap year and has no ${monthName}`);
  const days = HDate.daysInMonth(month, year);
  const name = monthName; // the editor's spelling (Teves, Shevat), not the library's (Tevet, Sh'vat)
  if (dayText) {
    const day = Number(dayText);
    if (day < 1 || day > days) throw new DateSyntaxError(`"${value}": ${name} ${year} has ${days} days`);
    const h = new HDate(day, month, year);
    return { value, gregorian: { start: gregorianDay(h), end: gregorianDay(h), precision: 'day' }, canonical: `${day} ${name} ${year}` };
  }
  return {
    value,
    gregorian: { start: gregorianDay(new HDate(1, month, year)), end: gregorianDay(new HDate(days, month, year)), precision: 'month' },
    canonical: `${name} ${year}`,
  };
}

/** Whether two ranges share at least one day. */
export function overlaps(a: Pick<DateRange, 'start' | 'end'>, b: Pick<DateRange, 'start' | 'end'>): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Where two or more spans overlap, as few bands as possible: a sweep over the spans' ends (linear after the
 * sort, where pairwise overlaps grow as the square of the number of texts and repeat one another).
 */
export function overlapBands(spans: { start: string; end: string }[]): { start: string; end: string }[] {
  // at the same day a span's start comes before another's end: spans that touch overlap (as `overlaps` has it)
  const ends = spans
    .flatMap((s) => [
      { at: s.start, step: 1 },
      { at: s.end, step: -1 },
    ])
    .sort((a, b) => compareCodes(a.at, b.at) || b.step - a.step);
  const bands: { start: string; end: string }[] = [];
  let open = 0;
  for (const { at, step } of ends) {
    open += step;
    if (step === 1 && open === 2) bands.push({ start: at, end: at });
    if (step === -1 && open === 1) bands.at(-1)!.end = at;
  }
  return bands;
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const asDate = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** "24 August 1941" */
export const formatDay = (isoDay: string) => dayFormat.format(asDate(isoDay));
/** "Sunday" */
export const weekday = (isoDay: string) => weekdayFormat.format(asDate(isoDay));

const isMonthStart = (d: string) => d.endsWith('-01');
const isMonthEnd = (d: string) => Number(d.slice(8)) === daysInMonth(Number(d.slice(0, 4)), Number(d.slice(5, 7)));

/** A range in words: "24 August 1941", "August 1941", "1941", "December 1942 – February 1943", "1942–1943". */
export function formatRange(r: Pick<DateRange, 'start' | 'end'>): string {
  if (r.start === r.end) return formatDay(r.start);
  const [y1, y2] = [r.start.slice(0, 4), r.end.slice(0, 4)];
  if (r.start.slice(5) === '01-01' && r.end.slice(5) === '12-31') return y1 === y2 ? y1 : `${y1}–${y2}`;
  if (isMonthStart(r.start) && isMonthEnd(r.end)) {
    const [m1, m2] = [monthFormat.format(asDate(r.start)), monthFormat.format(asDate(r.end))];
    return m1 === m2 ? m1 : `${m1} – ${m2}`;
  }
  return `${formatDay(r.start)} – ${formatDay(r.end)}`;
}

/** The HTML `datetime` of a range, where HTML has one (a day, a whole month or a whole year); otherwise undefined. */
export function htmlDatetime(r: Pick<DateRange, 'start' | 'end'>): string | undefined {
  if (r.start === r.end) return r.start;
  const sameYear = r.start.slice(0, 4) === r.end.slice(0, 4);
  if (sameYear && r.start.slice(5) === '01-01' && r.end.slice(5) === '12-31') return r.start.slice(0, 4);
  if (sameYear && r.start.slice(5, 7) === r.end.slice(5, 7) && isMonthStart(r.start) && isMonthEnd(r.end)) return r.start.slice(0, 7);
  return undefined;
}

/** Position of a day on a continuous year axis (1941.64…), for drawing timelines. */
export function yearFraction(isoDay: string): number {
  const y = Number(isoDay.slice(0, 4));
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  return y + (asDate(isoDay).getTime() - start) / (end - start);
}

/** "1 Elul 5700 = Wednesday, 4 September 1940": a Hebrew date and its Gregorian conversion, for readers. */
export function conversionText(h: HebrewDate): string {
  const g = h.gregorian;
  const gregorian = g.precision === 'day' ? `${weekday(g.start)}, ${formatDay(g.start)}` : formatRange(g);
  return `${h.canonical} = ${gregorian}${g.precision === 'season' ? ` (${seasonConvention})` : ''}`;
}

/**
 * The Gregorian dates that a date's words state, read by chrono-node (English): "March 18, 1918" is that day,
 * "April 1920" that month; a bare year of four digits ("1920", "1904–5") is taken as that year (chrono-node
 * reads no bare years). Words without a date ("the Armistice", "the late nineteenth century") give none.
 * A day and month without a year ("May 26") are placed in `within`'s first year.
 */
export function datesInWords(words: string, within: Pick<DateRange, 'start'>): DateRange[] {
  const out: DateRange[] = [];
  const reference = new Date(Date.UTC(Number(within.start.slice(0, 4)), 0, 1));
  for (const result of chrono.parse(words, reference)) {
    for (const c of [result.start, result.end]) {
      if (!c || !c.isCertain('month')) continue;
      const year = c.isCertain('year') ? (c.get('year') ?? reference.getUTCFullYear()) : reference.getUTCFullYear();
      const month = pad(c.get('month') ?? 1);
      out.push(parsePoint(c.isCertain('day') ? `${pad(year, 4)}-${month}-${pad(c.get('day') ?? 1)}` : `${pad(year, 4)}-${month}`));
    }
  }
  if (!out.length) for (const m of words.matchAll(/(?<![\d\p{L}])(1[0-9]{3}|20[0-9]{2})(?![\d\p{L}])/gu)) out.push(parsePoint(m[1]));
  return out;
}
