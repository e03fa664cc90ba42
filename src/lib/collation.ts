// How the edition sorts: one collator with a fixed locale, so that no list depends on the machine's LANG.
// (`a.localeCompare(b)` without a locale sorts by the build machine's locale: a build under cs_CZ.UTF-8
// ordered "Ch…" after "H…" and differed from one under C in 55 files.)

/** Names and titles: English rules, case and accents ignored for the order, numbers by value ("No. 2" < "No. 10"). */
const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Compare two names for display order; ties broken by code units, so that the order is total and stable. */
export function compareNames(a: string, b: string): number {
  return names.compare(a, b) || compareCodes(a, b);
}

/** Compare identifiers and ISO dates by their code units (locale-free: "1918-03" < "1918-11", "a-b" < "a-c"). */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
