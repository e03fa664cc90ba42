// Split a Markdown file into YAML frontmatter and body, parse the YAML, and locate schema errors in it.
import { LineCounter, parseDocument, isMap, visit, type Document } from 'yaml';

import { z } from 'astro/zod';
import { closest, distance } from 'fastest-levenshtein';

export interface Frontmatter {
  /** Parsed data, or undefined when the YAML is broken. */
  data: Record<string, unknown> | undefined;
  /** The file with the frontmatter replaced by blank lines: Markdown positions stay file positions. */
  bodyKeepingLines: string;
  /** The body alone. */
  body: string;
  problems: { line?: number; column?: number; reason: string; rule: string }[];
  document?: Document;
  lineCounter?: LineCounter;
  /** Line of the opening `---` + 1: where the YAML starts. */
  firstYamlLine: number;
}

/**
 * A content file's text as the loaders read it: without a UTF-8 byte-order mark (editors on Windows add one),
 * and with CRLF and old-Mac CR line endings as LF, so that line numbers in messages are the editor's lines.
 */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function splitFrontmatter(text: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (!match) {
    return {
      data: undefined,
      body: text,
      bodyKeepingLines: text,
      firstYamlLine: 1,
      problems: [
        {
          line: 1,
          column: 1,
          reason: 'the file must start with YAML frontmatter between two lines of "---"',
          rule: 'archive:frontmatter-missing',
        },
      ],
    };
  }
  const blank = match[0].replace(/[^\n]/g, '');
  const body = text.slice(match[0].length);
  return { ...parseYaml(match[1], 2), body, bodyKeepingLines: blank + body };
}

export type ParsedYaml = Omit<Frontmatter, 'body' | 'bodyKeepingLines'>;

/**
 * Limits on YAML that no real record comes near, so that a hostile file (a "billion laughs" chain of
 * aliases, deep nesting, a huge value) fails with its place instead of exhausting the build.
 */
export const yamlLimits = { maxBytes: 256 * 1024, maxAliasCount: 50, maxDepth: 12 } as const;

/** Parse YAML that starts at line `firstLine` of its file; problems carry file lines. */
export function parseYaml(yamlText: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const problems: Frontmatter['problems'] = [];
  if (yamlText.length > yamlLimits.maxBytes) {
    problems.push({
      line: firstLine,
      column: 1,
      reason: `YAML: ${yamlText.length} characters, more than the ${yamlLimits.maxBytes} a record may have: split it or shorten it`,
      rule: 'archive:yaml-limit',
    });
    return { data: undefined, problems, firstYamlLine: firstLine };
  }
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined) => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  let aliases = 0;
  visit(document, {
    Alias(_, node) {
      aliases += 1;
      if (aliases === 1 || aliases > yamlLimits.maxAliasCount) {
        problems.push({
          ...at(node.range?.[0]),
          reason: `YAML: alias *${node.source}: the archive's records do not use anchors and aliases (&name / *name); write the value out`,
          rule: 'archive:yaml-alias',
        });
        return visit.BREAK;
      }
    },
    Collection(_, node, path) {
      if (path.length > yamlLimits.maxDepth * 2) {
        problems.push({
          ...at(node.range?.[0]),
          reason: `YAML: nested more than ${yamlLimits.maxDepth} levels deep: no field of the schema is`,
          rule: 'archive:yaml-limit',
        });
        return visit.BREAK;
      }
    },
  });
  for (const error of document.errors) {
    const pos = lineCounter.linePos(error.pos[0]);
    problems.push({
      line: pos.line + firstLine - 1,
      column: pos.col,
      reason: `YAML: ${error.message.split('\n')[0]}`,
      rule: 'archive:yaml',
    });
  }
  let data: Record<string, unknown> | undefined;
  if (problems.length === 0) {
    if (!isMap(document.contents)) {
      problems.push({ line: firstLine, column: 1, reason: 'expected a YAML mapping (key: value lines)', rule: 'archive:yaml' });
    } else data = document.toJS({ maxAliasCount: yamlLimits.maxAliasCount }) as Record<string, unknown>;
  }
  return { data, problems, document, lineCounter, firstYamlLine: firstLine };
}

/** Validate data against a schema and point each issue at its YAML line (or the frontmatter start). */
export function locateSchemaIssues(
  fm: ParsedYaml,
  schema: z.ZodType,
  /** How messages name a key: "frontmatter field" in Markdown, "field" in a YAML file. */
  noun = 'frontmatter field',
): { data?: unknown; problems: Frontmatter['problems'] } {
  const result = schema.safeParse(fm.data);
  if (result.success) return { data: result.data, problems: [] };
  const locate = (node: unknown) => {
    const range = (node as { range?: [number, number] } | undefined)?.range;
    const pos = range && fm.lineCounter ? fm.lineCounter.linePos(range[0]) : undefined;
    return pos ? { line: pos.line + fm.firstYamlLine - 1, column: pos.col } : { line: Math.max(1, fm.firstYamlLine - 1), column: 1 };
  };
  const problems = result.error.issues.flatMap((issue) => {
    const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
    const key = path.join('.');
    const here = path.length ? fm.document?.getIn(path, true) : fm.document?.contents;
    if (issue.code === 'unrecognized_keys') {
      // point at each misspelt key itself
      const map = here as { items?: { key: { value?: unknown } }[] } | undefined;
      return issue.keys.map((k) => {
        const pair = map?.items?.find((item) => item.key?.value === k);
        const name = key ? `${key}.${k}` : k;
        const known = keysAt(schema, path);
        const guess = known.length ? closest(k, known) : undefined;
        const hint =
          guess && distance(k, guess) <= Math.max(2, Math.floor(k.length / 3))
            ? `did you mean \`${guess}\`?`
            : `allowed here: ${known.map((x) => `\`${x}\``).join(', ')}`;
        return {
          ...locate(pair?.key ?? here),
          reason: `unknown ${noun} \`${name}\`: ${hint} (src/schemas/ documents every field)`,
          rule: 'archive:schema',
        };
      });
    }
    if (!here) {
      // a missing key: point at the nearest parent that exists
      let parent: unknown;
      for (let i = path.length - 1; !parent && i > 0; i--) parent = fm.document?.getIn(path.slice(0, i), true);
      const reason = issue.code === 'invalid_type' ? `missing required ${noun} \`${key}\`` : `${noun} \`${key}\`: ${issue.message}`;
      return [{ ...locate(parent), reason, rule: 'archive:schema' }];
    }
    // a key written with no value (`title:`, as the scaffolds of scripts/new.ts leave it): say so, not "received null"
    if ((here as { value?: unknown }).value === null && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
      return [{ ...locate(here), reason: `${noun} \`${key}\` is empty: fill it in (${issue.message})`, rule: 'archive:schema' }];
    return [{ ...locate(here), reason: `${noun} \`${key || '(root)'}\`: ${issue.message}`, rule: 'archive:schema' }];
  });
  return { problems };
}

/** The keys an object schema allows at a path of the data (through optional, default and array wrappers). */
function keysAt(schema: z.ZodType, path: (string | number)[]): string[] {
  let here: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType | undefined): z.ZodType | undefined => {
    while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    return s;
  };
  for (const step of path) {
    here = unwrap(here);
    if (here instanceof z.ZodArray && typeof step === 'number') here = here.element as z.ZodType;
    else if (here instanceof z.ZodObject && typeof step === 'string') here = here.shape[step] as z.ZodType | undefined;
    else return [];
  }
  here = unwrap(here);
  return here instanceof z.ZodObject ? Object.keys(here.shape) : [];
}
