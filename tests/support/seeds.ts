// The three source texts as received (../shared/seeds/), and which of their lines are the work itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const seedsDir = process.env.SEEDS_DIR ?? join(process.cwd(), '..', 'shared', 'seeds');

export function seedLines(file: string): string[] {
  return readFileSync(join(seedsDir, file), 'utf8').split('\n');
}

/** Per document: the seed, where title/byline/part stand, and the line range of the text body (1-based, inclusive). */
export const seeds = {
  'in-tempestuous-times-part-four': { file: '000_a8e217e5aeea7666.txt', head: [14, 16, 18], body: [20, 183] },
  'the-dawes-report': { file: '001_d42925f52bc57845.txt', head: [], body: [1, 160] },
  'americas-withdrawal-from-siberia': { file: '002_9809780c84ea7f87.txt', head: [1, 2], body: [3, 444] },
} as const;

export type Slug = keyof typeof seeds;

export function seedBody(slug: Slug): string {
  const s = seeds[slug];
  return seedLines(s.file).slice(s.body[0] - 1, s.body[1]).join('\n');
}

export function seedHead(slug: Slug): string {
  const lines = seedLines(seeds[slug].file);
  return seeds[slug].head.map((n) => lines[n - 1]).join('\n');
}
