// Scaffolds for editors: `npm run new:document -- <id> [--genre <genre>]` writes content/documents/<id>.md and
// `npm run new:entity -- <kind> <id>` writes content/<collection>/<id>.yaml, each with every field of its schema
// present and commented with the schema's own JSDoc (scripts/lib/schema-docs.ts): required fields left empty to fill,
// optional ones commented out. Then it prints the next steps. It refuses a malformed id or one already taken.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleGenres, documentSchema, genres, type Genre } from '../src/schemas/document.ts';
import { entityKinds, entityKindNames, type EntityKind } from '../src/schemas/entities.ts';
import { contentDir } from '../src/lib/content-root.ts';
import { isLayoutId } from '../src/lib/layout-ids.ts';
import { globSync } from 'tinyglobby';
import { docsFor, readFieldDocs, type FieldDocs } from './lib/schema-docs.ts';

/** The JSDoc of every object literal in the schemas (a field's type may be declared in another schema file). */
const schemaDocs = (): FieldDocs[] => globSync('src/schemas/*.ts', { cwd: root, absolute: true }).sort().flatMap(readFieldDocs);

/** The part of a Zod schema the scaffold reads (Zod 4's `def`; `astro/zod` is Zod 4). */
interface ZodLike {
  def: { type: string; innerType?: ZodLike; element?: ZodLike; in?: ZodLike };
  shape?: Record<string, ZodLike>;
  options?: readonly string[];
  unwrap?: () => ZodLike;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const width = 110;

/** A comment, wrapped at `width`, each line starting with `indent# `. */
function comment(text: string, indent: string): string[] {
  const lines: string[] = [];
  // the JSDoc's own line breaks are not the scaffold's: a new line starts only at a list item ("- ")
  const paragraphs = text.split(/\n(?=\s*- )|\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' '));
  for (const paragraph of paragraphs) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent.length + 2 + line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines.map((l) => `${indent}# ${l}`);
}

/** A schema without its optional/default wrapper, and whether it was optional (may be left out). */
function unwrap(schema: ZodLike): { inner: ZodLike; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    if (inner.def.type === 'optional' || inner.def.type === 'default' || inner.def.type === 'nullable') {
      optional = true;
      inner = inner.def.innerType!;
    } else if (inner.def.type === 'pipe' && inner.def.in) inner = inner.def.in;
    else return { inner, optional };
  }
}

/** What to fill in, after the field's description: "required", "one of …", "a list", "[first, last]". */
function hint(inner: ZodLike, optional: boolean): string {
  const what =
    inner.def.type === 'enum'
      ? `one of: ${inner.options!.join(', ')}`
      : inner.def.type === 'array'
        ? 'a list'
        : inner.def.type === 'tuple'
          ? 'a pair [first, last]'
          : inner.def.type === 'number'
            ? 'a number'
            : inner.def.type === 'boolean'
              ? 'true or false'
              : inner.def.type === 'object'
                ? ''
                : 'text';
  return [optional ? 'optional: remove the # to use it' : 'required', what].filter(Boolean).join('; ');
}

/**
 * The YAML lines of an object schema's fields, each after its comment; `open` says which optional fields to write
 * uncommented (a genre's own block), `commented` comments every line (inside an optional block).
 */
function fieldLines(
  schema: ZodLike,
  docs: FieldDocs[],
  where: string,
  indent = '',
  commented = false,
  open: ReadonlySet<string> = new Set(),
  values: Readonly<Record<string, string>> = {},
): string[] {
  const shape = schema.shape!;
  const own = docsFor(docs, Object.keys(shape));
  if (!own) throw new Error(`${where}: no object literal in the schema source has exactly these fields: ${Object.keys(shape).join(', ')}`);
  const lines: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    const doc = own.get(key);
    if (!doc) throw new Error(`${where}.${key} has no JSDoc comment: document it in the schema (the scaffold prints it)`);
    const { inner, optional } = unwrap(field);
    const off = commented || (optional && !open.has(key));
    const mark = off ? '# ' : '';
    lines.push(...comment(`${doc} (${hint(inner, optional && !open.has(key))})`, indent));
    if (inner.def.type === 'object') {
      lines.push(`${indent}${mark}${key}:`);
      lines.push(...fieldLines(inner, docs, `${where}.${key}`, `${indent}  `, off, new Set(), {}));
    } else if (inner.def.type === 'array' && unwrap(inner.def.element!).inner.def.type === 'object') {
      lines.push(`${indent}${mark}${key}:`);
      const element = unwrap(inner.def.element!).inner;
      const item = fieldLines(element, docs, `${where}.${key}[]`, `${indent}    `, true);
      // the first field of a list item carries the "- "
      const first = item.findIndex((l) => !l.trimStart().startsWith('# ') || /^\s*# [a-zA-Z]+:/.test(l));
      lines.push(...item.map((l, i) => (i === first ? l.replace(`${indent}    # `, `${indent}  # - `) : l)));
    } else {
      const value = values[key] ?? (inner.def.type === 'array' ? (off ? '[]' : '[]') : '');
      lines.push(`${indent}${mark}${key}:${value ? ` ${value}` : ''}`);
    }
  }
  return lines;
}

/** Refuse, with the reason and the fix, and stop. */
function refuse(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

function checkId(id: string | undefined, usage: string): string {
  if (!id) refuse(`name the new id: ${usage}`);
  if (!idPattern.test(id))
    refuse(`"${id}" is not an id: an id is permanent, lower-case words or numbers joined by hyphens (e.g. "lytton-report-1932")`);
  return id;
}

/** The file names in a folder taken by an id, whatever their extension or case. */
function taken(dir: string, id: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((name) => name.replace(/\.[^.]+$/, '').toLowerCase() === id);
}

function newDocument(args: string[]): void {
  const usage = 'npm run new:document -- <id> [--genre <genre>]';
  const genreAt = args.indexOf('--genre');
  const genre = genreAt >= 0 ? args[genreAt + 1] : undefined;
  const id = checkId(genreAt < 0 ? args[0] : args.filter((_, i) => i !== genreAt && i !== genreAt + 1)[0], usage);
  if (genre !== undefined && !(genres as readonly string[]).includes(genre))
    refuse(`unknown genre "${genre}": use one of ${genres.join(', ')}`);
  const dir = resolve(root, contentDir, 'documents');
  const clash = taken(dir, id);
  if (clash.length) refuse(`the id "${id}" is taken: ${relative(root, join(dir, clash[0]))} exists. Ids are permanent: choose another.`);

  const g = genre as Genre | undefined;
  // the genre's own block is written to fill; the others stay commented out
  const open = new Set<string>(g === 'report' ? [] : ['author']);
  if (g && articleGenres.includes(g)) open.add('publication');
  if (g === 'book-chapter') open.add('book');
  if (g === 'speech' || g === 'letter' || g === 'report') open.add(g);
  if (g === 'diary-entry') open.add('diary');
  const docs = schemaDocs();
  const lines = fieldLines(documentSchema, docs, 'documentSchema', '', false, open, g ? { genre: g } : {});
  const file = join(dir, `${id}.md`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    file,
    [
      '---',
      ...comment(
        `The record of the text (every field: src/schemas/document.ts). Fill every field marked "required"; remove the # ` +
          'before an optional field to use it, and delete the comments you no longer need. The text itself goes below the ' +
          'closing ---, annotated as README "Annotating" says.',
        '',
      ),
      ...lines,
      '---',
      '',
    ].join('\n'),
  );
  const shown = relative(root, file).startsWith('..') ? file : relative(root, file);
  console.log(`Wrote ${shown}. Next:
  1. Fill the record in ${shown}: every field marked "required"${g ? '' : ', and choose the `genre` (then remove the # before its block: speech, letter, report, book, diary or publication)'}.
  2. Copy the text as received, byte for byte, to ${contentDir}/witnesses/${id}.txt; add its provenance and sha256 to ${contentDir}/witnesses/README.md; remove the # before \`witness\` and give its lines.
  3. Write the text below the closing --- and annotate it (README, "Annotating"): people, places, organizations, events, terms and dates; new entities with npm run new:entity -- <kind> <id>.
  4. Check: npm run lint:annotations, then npm start to read it at http://127.0.0.1:4321/documents/${id}/ (the build names any problem with file:line).`);
}

/** The entity kinds by directive name and by collection name: "person" or "people", "org" or "organizations". */
function kindOf(name: string | undefined): EntityKind | undefined {
  return entityKindNames.find((k) => k === name || entityKinds[k].collection === name);
}

function newEntity(args: string[]): void {
  const usage = `npm run new:entity -- <kind> <id>, kind one of ${entityKindNames.join(', ')}`;
  const kind = kindOf(args[0]);
  if (!kind) refuse(`${args[0] ? `unknown kind "${args[0]}"` : 'name the kind'}: ${usage}`);
  const id = checkId(args[1], usage);
  if (isLayoutId(id)) refuse(`the id "${id}" is used by the site's layout (src/lib/layout-ids.ts): choose another`);
  const { collection, schema } = entityKinds[kind];
  const dir = resolve(root, contentDir, collection);
  const clash = taken(dir, id);
  if (clash.length) refuse(`the id "${id}" is taken: ${relative(root, join(dir, clash[0]))} exists. Ids are permanent: choose another.`);
  const docs = schemaDocs();
  const lines = fieldLines(schema, docs, `${kind}Schema`);
  const file = join(dir, `${id}.yaml`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    file,
    [
      ...comment(
        `One ${entityKinds[kind].label.toLowerCase()} (every field: src/schemas/entities.ts). Fill every field marked "required"; ` +
          'remove the # before an optional field to use it. Facts not in the texts need `sources` or a place in `unverified`.',
        '',
      ),
      ...lines,
      '',
    ].join('\n'),
  );
  const directive = { person: 'person', place: 'place', org: 'org', event: 'event', term: 'term' }[kind];
  const shown = relative(root, file).startsWith('..') ? file : relative(root, file);
  console.log(`Wrote ${shown}. Next:
  1. Fill ${shown}: every field marked "required"; sources for facts that are not in the texts.
  2. Annotate its mentions in the texts: :${directive}[the words of the text]{ref=${id}} (README, "Annotating").
  3. Check: npm run lint:annotations, then npm start (an entity no text mentions fails the build unless standalone: true).`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'document') newDocument(rest);
else if (command === 'entity') newEntity(rest);
else refuse('use npm run new:document -- <id> or npm run new:entity -- <kind> <id>');
