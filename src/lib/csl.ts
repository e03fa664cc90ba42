// citeproc-js (the `citeproc` package, through its documented CSL.Engine API) with the official CSL styles
// and en-US locale shipped in this repository as plain XML: src/lib/csl/styles/<id>.csl and
// src/lib/csl/locales/locales-<lang>.xml (provenance and licence: src/lib/csl/README.md).
import CSL, { type CiteprocEngine } from 'citeproc';

// Imported as text (Vite's `?raw`), so the files are part of the module graph: bundled by the Astro build,
// read by Vitest, watched by the dev server.
const styleFiles = import.meta.glob<string>('./csl/styles/*.csl', { query: '?raw', import: 'default', eager: true });
const localeFiles = import.meta.glob<string>('./csl/locales/locales-*.xml', { query: '?raw', import: 'default', eager: true });

/**
 * The CSL style XML for a style id (the file name without `.csl`, the id of the official CSL styles
 * repository, e.g. "chicago-author-date"). Throws naming the folder when the file is not shipped.
 */
export function cslStyle(id: string): string {
  const xml = styleFiles[`./csl/styles/${id}.csl`];
  if (xml === undefined)
    throw new Error(`src/lib/csl/styles/${id}.csl: no such CSL style; add the official file (see src/lib/csl/README.md)`);
  return xml;
}

/** The CSL locale XML for a language tag ("en-US"). Throws naming the folder when the file is not shipped. */
export function cslLocale(lang = 'en-US'): string {
  const xml = localeFiles[`./csl/locales/locales-${lang}.xml`];
  if (xml === undefined)
    throw new Error(`src/lib/csl/locales/locales-${lang}.xml: no such CSL locale; add the official file (see src/lib/csl/README.md)`);
  return xml;
}

/** Every CSL-JSON item the engines may be asked for, by id (items of all texts; ids are unique). */
const items = new Map<string, Record<string, unknown>>();
const engines = new Map<string, CiteprocEngine>();

/** Make items known to the engines (before citing them). */
export function registerItems(list: Record<string, unknown>[]): void {
  for (const item of list) items.set(String(item.id), item);
}

/**
 * The citeproc engine for a style, built once per build and shared by every text: building one is the
 * costly part (APA's takes ~0.25 s), citing with it is cheap. Items come from `registerItems`; every text is
 * cited in American English (en-US forced, whatever locale the style names).
 */
export function engine(styleId: string, format: 'html' | 'text'): CiteprocEngine {
  const key = `${styleId}/${format}`;
  let e = engines.get(key);
  if (!e) {
    const sys = { retrieveLocale: () => cslLocale('en-US'), retrieveItem: (id: string) => items.get(id) };
    e = new CSL.Engine(sys, cslStyle(styleId), 'en-US', true);
    e.setOutputFormat(format);
    engines.set(key, e);
  }
  return e;
}
