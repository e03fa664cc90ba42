// Field types the content schemas share: real calendar dates, web addresses, names that are not blank.
import { z } from 'astro/zod';
import { DateSyntaxError, parseWhen } from '../lib/dates.ts';

/**
 * Control and format characters (Unicode Cc, Cf: zero-width spaces and joiners, direction marks, the BOM) and
 * line/paragraph separators: invisible in an editor, they make two equal-looking names or refs differ.
 */
export const invisibleCharacters = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * A Gregorian date in ISO form, as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a day that
 * exists (no 30 February; checked by src/lib/dates.ts, the edition's one date parser). Quote it in YAML.
 */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD (quote it in YAML)')
  .superRefine((value, ctx) => {
    try {
      parseWhen(value);
    } catch (error) {
      if (!(error instanceof DateSyntaxError)) throw error;
      ctx.addIssue({ code: 'custom', message: `${error.message}: give a date that exists` });
    }
  });

/** The first day an ISO date of any precision covers ("1919" → "1919-01-01"). */
const firstDay = (iso: string) => parseWhen(iso).start;
/** The last day it covers ("1919" → "1919-12-31"). */
const lastDay = (iso: string) => parseWhen(iso).end;

/**
 * Whether `later` can be on or after `earlier` at their precisions (born 1865, died 1865-03 is fine:
 * the last day `later` covers is not before the first day `earlier` covers). Undefined ends always pass.
 */
export function inOrder(earlier: string | undefined, later: string | undefined): boolean {
  if (!earlier || !later) return true;
  try {
    return lastDay(later) >= firstDay(earlier);
  } catch {
    return true; // an impossible date is reported by `isoDate` itself
  }
}

/** A web address (http or https only: no `javascript:`, `data:`, `vbscript:` or `file:` URL is ever a link). */
export const webUrl = z.url({ protocol: /^https?$/, error: 'use a web address that starts with https:// (or http://)' });

/** A name or label: not blank, no zero-width or control characters, no spaces at either end. */
export const name = z
  .string()
  .min(1)
  .refine((s) => s.trim() !== '', 'must not be blank')
  .refine((s) => s.trim() === '' || s.trim() === s, 'has spaces at the start or end: remove them')
  .refine((s) => !invisibleCharacters.test(s), 'contains an invisible (zero-width or control) character: retype it');
