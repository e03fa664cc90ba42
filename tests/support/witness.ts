// The expected words of each text, read from its witness (content/witnesses/) and its Markdown's emendations, by
// the rule of tests/build/fidelity.test.ts, never from the site's code: a witness line is the text between two "\n",
// numbered from 1; the body is the lines [first, last] the frontmatter's `witness.body` names; the words are those
// lines split on whitespace. For copied text the original's note callouts are left out (they are not words): the
// witness has callout n glued to the word before it ("72,400.5", "after the war.1") or after a space ("defense. 26"),
// and the callouts run 1, 2, 3… through the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const content = join(process.cwd(), 'content');

export interface WitnessDocument {
  id: string;
  /** The document's Markdown (frontmatter included). */
  markdown: string;
  witness: { file: string; head?: number[]; body: [number, number] };
  /** The witness's lines: `lines[n - 1]` is line n. */
  lines: string[];
}

/** Every document of content/documents/ whose frontmatter names a witness, sorted by id. */
export function witnessDocuments(): WitnessDocument[] {
  return readdirSync(join(content, 'documents'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap((name) => {
      const markdown = readFileSync(join(content, 'documents', name), 'utf8');
      const yaml = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1];
      const witness = (yaml ? parse(yaml) : {})?.witness as WitnessDocument['witness'] | undefined;
      if (!witness) return [];
      const lines = readFileSync(join(content, 'witnesses', witness.file), 'utf8').split('\n');
      return [{ id: name.slice(0, -'.md'.length), markdown, witness, lines }];
    });
}

/** The words of witness lines [first, last]. */
export function wordsOf(lines: string[], [first, last]: [number, number]): string[] {
  return lines
    .slice(first - 1, last)
    .join('\n')
    .split(/\s+/)
    .filter(Boolean);
}

/** A callout found in the witness: word `index` of the body was `word`, and is `base` without callout `n`. */
export interface Callout {
  index: number;
  n: number;
  word: string;
  base: string;
}

/**
 * The body's words with the note callouts left out, and where they were. Callouts are looked for in order: the
 * next number n either stands alone as a word, or ends a word after a character that is not a digit.
 */
export function withoutCallouts(words: string[]): { words: string[]; callouts: Callout[] } {
  const out: string[] = [];
  const callouts: Callout[] = [];
  let n = 1;
  words.forEach((word, index) => {
    const glued = new RegExp(`^(.*\\D)${n}$`).exec(word);
    if (word === String(n)) {
      callouts.push({ index, n: n++, word, base: '' });
    } else if (glued) {
      callouts.push({ index, n: n++, word, base: glued[1] });
      out.push(glued[1]);
    } else out.push(word);
  });
  return { words: out, callouts };
}

/** How many note callouts a document's Markdown has (`:noteref{n=…}`): the count the witness scan must find. */
export function calloutCount(markdown: string): number {
  return (markdown.match(/:noteref\{/g) ?? []).length;
}

/** The Markdown's emendations in order, as [source reading, correction] (`:sic[AustroGerman]{corr="Austro-German"}`). */
export function emendations(markdown: string): [string, string][] {
  return Array.from(markdown.matchAll(/:sic\[((?:\\.|[^\]\\])*)\]\{corr="([^"]*)"\}/g), (m) => [m[1].replace(/\\(.)/g, '$1'), m[2]]);
}

/**
 * Check that `reading` is `source` with emendations `pairs[from…]` applied in order, and nothing else changed (both
 * whitespace-collapsed). Returns the index of the next unused pair, or a message saying where they part.
 */
export function applyEmendations(source: string, reading: string, pairs: [string, string][], from = 0): number | string {
  let i = 0;
  let j = 0;
  let k = from;
  for (;;) {
    const runStart = i;
    while (i < source.length && j < reading.length && source[i] === reading[j]) {
      i++;
      j++;
    }
    if (i === source.length && j === reading.length) return k;
    const pair = pairs[k];
    let matched = false;
    if (pair) {
      const [sic, corr] = pair;
      for (let s = Math.max(runStart, i - sic.length); s <= i && !matched; s++) {
        const t = s + (j - i);
        if (source.startsWith(sic, s) && reading.startsWith(corr, t)) {
          i = s + sic.length;
          j = t + corr.length;
          k++;
          matched = true;
        }
      }
    }
    if (!matched) {
      return `differs at “…${source.slice(Math.max(0, i - 30), i + 30)}…” / “…${reading.slice(Math.max(0, j - 30), j + 30)}…” (next emendation: ${pair ? pair.join(' → ') : 'none'})`;
    }
  }
}
