// Search excerpts never read a note callout as part of a number ("troops reached 72,400.5 Indeed" was the bug of
// issue 14): for every callout the witness sets straight after a number, the indexed text of that document has
// the number, then the next word, one space apart. The callouts come from the witness (tests/support/witness.ts),
// the excerpts from what Pagefind serves (dist/pagefind/fragment/: gzip, "pagefind_dcd" then JSON).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtFiles, distDir } from '../support/dist.ts';
import { withoutCallouts, witnessDocuments, wordsOf } from '../support/witness.ts';

interface Fragment {
  url: string;
  content: string;
}

const fragments: Fragment[] = builtFiles('pagefind/fragment/*.pf_fragment').map((file) => {
  const raw = gunzipSync(readFileSync(join(distDir, file))).toString('utf8');
  return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
});

describe('search excerpts and note callouts', () => {
  test('the index is read', () => expect(fragments.length).toBeGreaterThan(100));

  for (const doc of witnessDocuments()) {
    const words = wordsOf(doc.lines, doc.witness.body);
    const afterNumbers = withoutCallouts(words).callouts.filter((c) => /\d[.,;:)”’"]?$/.test(c.base) && words[c.index + 1]);
    if (afterNumbers.length === 0) continue;
    test(`${doc.id}: each callout after a number (${afterNumbers.length}) is left out of the indexed text`, () => {
      const indexed = fragments
        .filter((f) => f.url.startsWith(`/documents/${doc.id}/`))
        .map((f) => f.content)
        .join('\n');
      for (const c of afterNumbers) {
        const next = words[c.index + 1];
        expect(indexed, `callout ${c.n} after “${c.base}”`).toContain(`${c.base} ${next}`);
        expect(indexed).not.toContain(`${c.word} `);
      }
    });
  }
});
