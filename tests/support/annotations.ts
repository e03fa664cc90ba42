// Count the annotations in the Markdown sources directly (independently of the pipeline), per entity.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function countAnnotations(dir = join(process.cwd(), 'content', 'documents')): Map<string, number> {
  const annotations = new Map<string, number>();
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    // each `]{ref=id}` closes a mention: walk back to its opening `:kind[`, balancing nested brackets
    for (const m of text.matchAll(/\]\{ref=([a-z0-9-]+)\}/g)) {
      let depth = 0;
      let i = m.index;
      for (; i >= 0; i--) {
        if (text[i] === ']') depth++;
        if (text[i] === '[' && --depth === 0) break;
      }
      const kind = /:(person|place|org|event|term)$/.exec(text.slice(Math.max(0, i - 8), i))?.[1];
      if (!kind) throw new Error(`${name}: cannot find the directive of …${text.slice(i, m.index + 20)}`);
      annotations.set(`${kind}:${m[1]}`, (annotations.get(`${kind}:${m[1]}`) ?? 0) + 1);
    }
  }
  return annotations;
}
