// Entity collections: one YAML file per entity (file name = id), validated with file:line errors.
// Read synchronously so that the Markdown pipeline can know every entity id before rendering.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, type LocatedProblem } from './content-errors.ts';
import { locateSchemaIssues, normaliseText, parseYaml } from './frontmatter.ts';
import { isLayoutId } from '../lib/layout-ids.ts';
import { closest } from 'fastest-levenshtein';

export interface EntityFile {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
  /** The file line and column of a value in the YAML, by its path (`['relations', 0, 'target']`). */
  locate: (path: (string | number)[]) => { line: number; column: number };
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Read and validate every <id>.yaml in `folder` (relative to `root`). */
export function readEntityFolder(root: string, folder: string, schema: z.ZodType): { entries: EntityFile[]; problems: LocatedProblem[] } {
  const dir = join(root, folder);
  const entries: EntityFile[] = [];
  const problems: LocatedProblem[] = [];
  if (!existsSync(dir)) return { entries, problems };
  // one entity per id: x.yaml and x.yml (or X.yaml on a case-insensitive disk) would silently replace each other
  const firstFileOf = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const filePath = `${folder}/${name}`;
    if (!/\.ya?ml$/.test(name)) {
      if (!name.startsWith('.'))
        problems.push({
          file: filePath,
          line: 1,
          column: 1,
          reason: 'only <id>.yaml files belong in an entity folder',
          rule: 'archive:entity-file',
        });
      continue;
    }
    const id = name.replace(/\.ya?ml$/, '');
    if (!idPattern.test(id)) {
      problems.push({
        file: filePath,
        line: 1,
        column: 1,
        reason: `file name "${name}" is the permanent id: use lower-case words joined by hyphens`,
        rule: 'archive:id',
      });
    }
    if (isLayoutId(id)) {
      problems.push({
        file: filePath,
        line: 1,
        column: 1,
        reason: `the id "${id}" is taken by the site's layout (src/lib/layout-ids.ts): choose another file name`,
        rule: 'archive:reserved-id',
      });
    }
    const other = firstFileOf.get(id.toLowerCase());
    if (other) {
      problems.push({
        file: filePath,
        line: 1,
        column: 1,
        reason: `a second file for the id "${id}" (the first is ${other}): keep one file per entity, named <id>.yaml`,
        rule: 'archive:duplicate-entity',
      });
      continue;
    }
    firstFileOf.set(id.toLowerCase(), name);
    const parsed = parseYaml(normaliseText(readFileSync(join(dir, name), 'utf8')), 1);
    problems.push(...parsed.problems.map((p) => ({ file: filePath, ...p })));
    if (!parsed.data) continue;
    const checked = locateSchemaIssues(parsed, schema, 'field');
    problems.push(...checked.problems.map((p) => ({ file: filePath, ...p })));
    if (checked.data) {
      const { document, lineCounter } = parsed;
      const locate = (path: (string | number)[]) => {
        const range = (document?.getIn(path, true) as { range?: [number, number] } | undefined)?.range;
        const pos = range && lineCounter ? lineCounter.linePos(range[0]) : undefined;
        return pos ? { line: pos.line, column: pos.col } : { line: 1, column: 1 };
      };
      entries.push({ id, filePath, data: checked.data as Record<string, unknown>, locate });
    }
  }
  return { entries, problems };
}

/**
 * Relations whose target is not an entity of the archive (`known`: keys `<kind>:<id>`, see
 * src/lib/entity-registry.ts), each at the line of its `target`, with the nearest existing ids as a hint.
 */
export function relationProblems(entries: EntityFile[], known: ReadonlySet<string>): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  for (const entry of entries) {
    const relations = (entry.data.relations as { target: string }[] | undefined) ?? [];
    relations.forEach((r, i) => {
      if (known.has(r.target)) return;
      const [kind] = r.target.split(':');
      const sameKind = [...known].filter((k) => k.startsWith(`${kind}:`));
      const near = sameKind.length ? closest(r.target, sameKind) : undefined;
      problems.push({
        file: entry.filePath,
        ...entry.locate(['relations', i, 'target']),
        reason: `relation target "${r.target}" is not an entity of the archive${near ? `: did you mean "${near}"?` : ''} (write <kind>:<id>, the id being the file name)`,
        rule: 'archive:relation-target',
      });
    });
  }
  return problems;
}

export function entityLoader(options: { root: string; folder: string; schema: z.ZodType; known?: ReadonlySet<string> }): Loader {
  return {
    name: 'strict-entity-loader',
    load: async (context) => {
      const { store } = context;
      const read = readEntityFolder(options.root, options.folder, options.schema);
      const { entries } = read;
      const problems = [...read.problems, ...(options.known ? relationProblems(entries, options.known) : [])];
      if (problems.length) throw new ContentError(problems, options.root);
      store.clear();
      for (const entry of entries) {
        const data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.filePath });
        store.set({ id: entry.id, data, filePath: entry.filePath, digest: context.generateDigest(JSON.stringify(entry.data)) });
      }
    },
  };
}
