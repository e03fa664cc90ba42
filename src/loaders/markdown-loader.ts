// A strict Markdown collection loader: any content error fails the build with file:line:column.
//
// Why not Astro's glob() loader: it only logs a plugin's error, writes an empty page, and skips
// the unchanged file on the next build (DESIGN.md). This loader renders with the same pipeline,
// collects every problem of every file, and throws once with all of them.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { createMarkdownProcessor, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { ContentError, type LocatedProblem } from './content-errors.ts';
import { locateSchemaIssues, normaliseText, splitFrontmatter } from './frontmatter.ts';
import type { ContentProblem, EditionData } from '../schemas/edition.ts';

export interface MarkdownLoaderOptions {
  /** Folder of .md files, relative to the project root. */
  base: string;
  /** Schema of the frontmatter (also given to the collection). */
  schema: z.ZodType;
  /** The Markdown pipeline (src/markdown/pipeline.ts). */
  markdown: Partial<AstroMarkdownOptions>;
}

export interface RenderedFile {
  id: string;
  filePath: string;
  data: unknown;
  body: string;
  html: string;
  headings: { depth: number; slug: string; text: string }[];
  /** What the pipeline computed (src/schemas/edition.ts). */
  edition: EditionData;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Read, validate and render every file; return them all, or throw a ContentError listing every problem. */
export async function loadMarkdownFolder(root: URL, options: MarkdownLoaderOptions): Promise<RenderedFile[]> {
  const dir = new URL(options.base.replace(/\/?$/, '/'), root);
  const problems: LocatedProblem[] = [];
  const files: RenderedFile[] = [];
  const names: string[] = [];
  // every file is a document or a mistake: "x.MD" or "x.markdown" would otherwise silently not be published
  for (const name of (await readdir(dir)).sort()) {
    if (name.startsWith('.')) continue; // editors' and systems' hidden files (.DS_Store, .gitkeep)
    if (name.endsWith('.md')) names.push(name);
    else {
      const file = relative(fileURLToPath(root), fileURLToPath(new URL(name, dir)));
      problems.push({
        file,
        line: 1,
        column: 1,
        reason: `"${name}" is not a document: a document is one file named <id>.md (lower-case .md); rename it or move it out of ${options.base}`,
        rule: 'archive:document-file',
      });
    }
  }
  const processor = await createMarkdownProcessor(options.markdown);

  for (const name of names) {
    const url = new URL(name, dir);
    const filePath = relative(fileURLToPath(root), fileURLToPath(url));
    const at = (p: { line?: number; column?: number; reason: string; rule?: string }) => problems.push({ file: filePath, ...p });
    const id = name.replace(/\.md$/, '');
    if (!idPattern.test(id)) {
      at({
        line: 1,
        column: 1,
        reason: `file name "${name}" is the permanent id: use lower-case words joined by hyphens`,
        rule: 'archive:id',
      });
    }
    const text = normaliseText(await readFile(url, 'utf8'));
    const fm = splitFrontmatter(text);
    fm.problems.forEach(at);
    let data: unknown;
    if (fm.data) {
      const checked = locateSchemaIssues(fm, options.schema);
      checked.problems.forEach(at);
      data = checked.data;
    }
    if (fm.body.trim() === '') at({ line: 1, column: 1, reason: 'the document has no text after its frontmatter', rule: 'archive:empty' });

    let rendered;
    try {
      rendered = await processor.render(fm.bodyKeepingLines, { fileURL: pathToFileURL(fileURLToPath(url)), frontmatter: {} });
    } catch (error) {
      const e = error as { line?: number; column?: number; reason?: string; message?: string };
      at({ line: e.line, column: e.column, reason: e.reason ?? e.message ?? String(error), rule: 'archive:render' });
      continue;
    }
    // put there by src/markdown/rehype-edition-data.ts, the pipeline's last plugin
    const { problems: pluginProblems = [], edition }: { problems?: ContentProblem[]; edition?: EditionData } =
      rendered.metadata.frontmatter;
    pluginProblems.forEach(at);
    if (edition && fm.body.trim() !== '' && !edition.passages.some((p) => p.text !== '')) {
      // only headings, rules, link definitions or apparatus: the reading page would be empty
      at({
        line: 1,
        column: 1,
        reason: 'the document has no paragraph of text (only headings, rules or apparatus): add its text as paragraphs',
        rule: 'archive:no-text',
      });
    }
    if (edition && data !== undefined) {
      // printed pages follow the first page and stay within the last, when the record declares them
      const { firstPage, lastPage } = data as { firstPage?: number; lastPage?: number };
      for (const n of edition.pages) {
        const line = edition.lines[`page-${n}`];
        if (firstPage && n <= firstPage)
          at({
            line,
            column: 1,
            reason: `:pb{n=${n}}: the text begins on page ${firstPage} (firstPage), so a page break must be after it`,
            rule: 'archive:page-range',
          });
        if (lastPage && n > lastPage)
          at({
            line,
            column: 1,
            reason: `:pb{n=${n}}: past the last page ${lastPage} (lastPage): check the number or the record`,
            rule: 'archive:page-range',
          });
      }
    }
    if (data !== undefined && edition) {
      files.push({ id, filePath, data, body: fm.body, html: rendered.code, headings: rendered.metadata.headings, edition });
    }
  }
  if (problems.length > 0) throw new ContentError(problems, fileURLToPath(root));
  return files;
}

export function markdownLoader(options: MarkdownLoaderOptions): Loader {
  return {
    name: 'strict-markdown-loader',
    load: async (context) => {
      const { config, store } = context;
      const files = await loadMarkdownFolder(config.root, options);
      store.clear();
      for (const file of files) {
        const data = await context.parseData({ id: file.id, data: file.data as Record<string, unknown>, filePath: file.filePath });
        store.set({
          id: file.id,
          data,
          // no body: the pages that show the source read it from filePath, and an archive of a thousand texts
          // would otherwise hold every source in memory through the whole build, beside its rendering
          filePath: file.filePath,
          digest: context.generateDigest(file.body + JSON.stringify(file.data)),
          rendered: { html: file.html, metadata: { headings: file.headings, frontmatter: { edition: file.edition }, imagePaths: [] } },
        });
      }
    },
  };
}
