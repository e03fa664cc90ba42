// Annotation lint: list every place where an entity's name or a known variant occurs in a text without
// being annotated, and every year or month name outside a :date. Deliberate exceptions go in
// content/annotation-lint-allowlist.yaml. It also lists the sources (entity `sources`, relation sources, links
// in the texts' editorial notes) that are not on a host of standard references (a warning), and fails on a
// link in a note to a refused host (src/schemas/source-hosts.ts; entity files are refused by their schema).
// Usage: node scripts/lint-annotations.ts   (exit 1 when anything is listed)
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { loadMarkdownFolder } from '../src/loaders/markdown-loader.ts';
import { documentSchema } from '../src/schemas/document.ts';
import type { TextBlock } from '../src/schemas/edition.ts';
import { blockContent, readingSpans, textBlocks } from '../src/markdown/edition-text.ts';
import { markdownOptions } from '../src/markdown/pipeline.ts';
import { loadEntityRegistry, type EntityRegistry } from '../src/lib/entity-registry.ts';
import { compareCodes } from '../src/lib/collation.ts';
import { entityKinds } from '../src/schemas/entities.ts';
import { isCanonicalSource, refusedHost } from '../src/schemas/source-hosts.ts';
import { readdirSync } from 'node:fs';

export interface Unannotated {
  file: string;
  line?: number;
  document: string;
  anchor: string;
  text: string;
  entity: string;
  context: string;
}

/** content/annotation-lint-allowlist.yaml: deliberate exceptions, each with its reason. */
const allowListSchema = z.array(
  z
    .object({
      /** The document id. */
      document: z.string(),
      /** The words left unannotated, exactly as the reading text has them. */
      text: z.string(),
      /** Paragraph numbers; absent = everywhere in the document. */
      paragraphs: z.array(z.number().int().positive()).optional(),
      /** Why the words are not a mention (e.g. "March" the month, not General March). */
      reason: z.string().min(1),
    })
    .strict(),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What looks like a date: a year of the texts' centuries (Gregorian 1600–2029, Hebrew 5600–5799), an
 * English month, or a Hebrew month. Seasons and relative dates ("two years later") are left to the editor.
 */
const dateLike = new RegExp(
  String.raw`(?<![\p{L}\p{N},.])(?:1[6-9]\d\d|20[0-2]\d|5[67]\d\d)(?![\p{L}\p{N}])|(?<!\p{L})(?:January|February|March|April|May|June|July|August|September|October|November|December|Tishrei|Tishri|Cheshvan|Kislev|Teves|Tevet|Shevat|Adar|Nisan|Iyar|Sivan|Tammuz|Av|Elul)(?!\p{L})`,
  'gu',
);

/** Reading text of a block with the [start, end) ranges covered by mentions (and by dates and names of people, for the date lint). */
function readBlock(block: TextBlock) {
  const { text, spans } = readingSpans(blockContent(block));
  const covered = spans.filter((s) => s.node.type === 'mention').map((s): [number, number] => [s.start, s.end]);
  // "March" in "Peyton March" is a name, not a month
  const dated = spans
    .filter((s) => s.node.type === 'date' || s.node.entity.startsWith('person:'))
    .map((s): [number, number] => [s.start, s.end]);
  return { text, covered, dated };
}

export async function lintAnnotations(root: string, contentDir = 'content'): Promise<Unannotated[]> {
  const entities: EntityRegistry = loadEntityRegistry(root, contentDir);
  const files = await loadMarkdownFolder(pathToFileURL(root + '/'), {
    base: `${contentDir}/documents`,
    schema: documentSchema,
    markdown: markdownOptions(entities),
  });
  const allowFile = join(root, contentDir, 'annotation-lint-allowlist.yaml');
  const allow = existsSync(allowFile) ? allowListSchema.parse(parse(readFileSync(allowFile, 'utf8')) ?? []) : [];
  // longest names first, so "William Graves" is judged before "Graves"
  const names = [...entities.values()]
    .flatMap((e) => e.names.map((name) => ({ name, entity: `${e.kind}:${e.id}` })))
    .filter((n) => n.name.trim().length > 1)
    .sort((a, b) => b.name.length - a.name.length);
  const found: Unannotated[] = [];
  for (const file of files) {
    const edition = file.edition;
    for (const block of textBlocks(edition.blocks)) {
      const { text, covered, dated } = readBlock(block);
      const paragraph = block.type === 'heading' ? undefined : block.n;
      const record = (start: number, end: number, entity: string) => {
        const words = text.slice(start, end);
        const allowed = allow.some(
          (a) =>
            a.document === file.id && a.text === words && (!a.paragraphs || (paragraph !== undefined && a.paragraphs.includes(paragraph))),
        );
        if (allowed) return;
        found.push({
          file: file.filePath,
          line: edition.lines[block.id],
          document: file.id,
          anchor: block.id,
          text: words,
          entity,
          context: text.slice(Math.max(0, start - 40), end + 40).replace(/\s+/g, ' '),
        });
      };
      // words inside a mention or a :date are not names to annotate ("March" in "March 18, 1918")
      const taken: [number, number][] = [...covered, ...dated];
      for (const { name, entity } of names) {
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
        for (const match of text.matchAll(pattern)) {
          const start = match.index;
          const end = start + name.length;
          if (taken.some(([s, e]) => start < e && end > s)) continue;
          taken.push([start, end]);
          record(start, end, entity);
        }
      }
      for (const match of text.matchAll(dateLike)) {
        const [start, end] = [match.index, match.index + match[0].length];
        if (!dated.some(([s, e]) => start < e && end > s)) record(start, end, 'date');
      }
    }
  }
  return found.sort((a, b) => compareCodes(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
}

export interface SourceFinding {
  file: string;
  line: number;
  url: string;
  /** Why the host is refused; absent for a source that is only non-canonical. */
  refused?: string;
}

/**
 * Every source URL of the archive that is not on a host of standard references: entity files' `sources` and
 * relation sources (by line), and Markdown links in the documents (editorial notes and frontmatter `sources`).
 */
export function sourceFindings(root: string, contentDir = 'content'): SourceFinding[] {
  const found: SourceFinding[] = [];
  const scan = (file: string, text: string, pattern: RegExp) => {
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(pattern)) {
        const url = m[1] ?? m[2];
        if (!url || isCanonicalSource(url)) continue;
        found.push({ file, line: i + 1, url, refused: refusedHost(url) });
      }
    });
  };
  for (const { collection } of Object.values(entityKinds)) {
    const dir = join(root, contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort())
      if (/\.ya?ml$/.test(name))
        scan(`${contentDir}/${collection}/${name}`, readFileSync(join(dir, name), 'utf8'), /\burl:\s*["']?(https?:\/\/[^\s"']+)/g);
  }
  const docs = join(root, contentDir, 'documents');
  if (existsSync(docs))
    for (const name of readdirSync(docs).sort())
      if (name.endsWith('.md')) {
        const text = readFileSync(join(docs, name), 'utf8');
        scan(`${contentDir}/documents/${name}`, text, /\]\((https?:\/\/[^)\s]+)\)|\burl:\s*["']?(https?:\/\/[^\s"']+)/g);
      }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = await lintAnnotations(process.cwd(), process.env.ARCHIVE_CONTENT_DIR ?? 'content').catch((error: Error) => {
    console.error(error.message);
    process.exit(2);
  });
  for (const f of found)
    console.log(`${f.file}:${f.line ?? '?'} (#${f.anchor}): "${f.text}" is not annotated (${f.entity}) … ${f.context} …`);
  console.log(`${found.length} unannotated occurrence${found.length === 1 ? '' : 's'}`);
  const sources = sourceFindings(process.cwd(), process.env.ARCHIVE_CONTENT_DIR ?? 'content');
  const refused = sources.filter((s) => s.refused);
  for (const s of sources.filter((s) => !s.refused)) console.log(`${s.file}:${s.line}: non-canonical source (warning): ${s.url}`);
  for (const s of refused) console.log(`${s.file}:${s.line}: refused source: ${s.refused}: ${s.url}`);
  console.log(
    `${sources.length - refused.length} non-canonical source${sources.length - refused.length === 1 ? '' : 's'} (warnings: replace with standard references where possible); ${refused.length} refused`,
  );
  process.exit(found.length || refused.length ? 1 : 0);
}
