// The texts' colours: distinct for colour-blind readers (simulated), thirty different colour-and-shape styles, and
// a rule that keeps every published text's style when texts are added (README, "Adding a document").
import { readdirSync, readFileSync } from 'node:fs';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  parse as parseColour,
  type Color,
} from 'culori';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { assignStyles, PALETTE, preferredSlot, SHAPES, styleOf, type StyledText } from '../../src/lib/palette.ts';

/** The archive's documents as content/ has them: id and the frontmatter's `colour`, if any. */
const archive: StyledText[] = readdirSync('content/documents')
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const front = parse(readFileSync(`content/documents/${f}`, 'utf8').split(/^---$/m)[1]) as { colour?: number };
    return { id: f.slice(0, -3), ...(front.colour !== undefined && { colour: front.colour }) };
  });

describe('palette', () => {
  // Machado, Oliveira and Fernandes (2009) simulation at full severity, as culori implements it; CIEDE2000
  // differences. 8 is a clearly visible difference for marks of a few pixels (about twice the just-noticeable
  // difference for small fields).
  const visions: Record<string, (c: Color) => Color> = {
    'normal vision': (c: Color) => c,
    protanopia: filterDeficiencyProt(1),
    deuteranopia: filterDeficiencyDeuter(1),
    tritanopia: filterDeficiencyTrit(1),
  };
  const difference = differenceCiede2000();
  for (const mode of ['light', 'dark'] as const)
    test(`in ${mode} mode every two colours differ by at least 8 (CIEDE2000) for normal vision and each dichromacy`, () => {
      for (const [vision, simulate] of Object.entries(visions))
        for (let i = 0; i < PALETTE.length; i++)
          for (let j = i + 1; j < PALETTE.length; j++) {
            const d = difference(simulate(parseColour(PALETTE[i][mode])!), simulate(parseColour(PALETTE[j][mode])!));
            expect(d, `${PALETTE[i].name} and ${PALETTE[j].name}, ${vision}`).toBeGreaterThanOrEqual(8);
          }
    });

  test('thirty styles, each a different colour-and-shape pair; the first five differ in both', () => {
    const pairs = Array.from({ length: 30 }, (_, i) => styleOf(i + 1)).map((s) => `${s.colour}/${s.shape}`);
    expect(new Set(pairs).size).toBe(30);
    const first = Array.from({ length: 5 }, (_, i) => styleOf(i + 1));
    expect(new Set(first.map((s) => s.colour)).size).toBe(5);
    expect(new Set(first.map((s) => s.shape)).size).toBe(5);
    // by hand: style 7 is (7 − 1) mod 6 = colour 0, (7 − 1) mod 5 = shape 1
    expect(styleOf(7)).toMatchObject({ colour: 0, shape: SHAPES[1], className: 'tc-1' });
  });
});

describe('the rule that gives each text its style', () => {
  const more = [
    'a-dispatch-of-1918',
    'zz-diary-1943',
    'b-speech',
    'letter-to-graves',
    'report-no-4',
    'memoir',
    'telegram',
    'aa-first',
    'chapter-two',
  ];

  test("3 → 4 → 12 texts: the archive's texts keep their styles, and every text's style is its own", () => {
    expect(archive.length).toBeGreaterThan(0);
    let before = assignStyles(archive);
    const texts = [...archive];
    for (const id of more) {
      texts.push({ id });
      const after = assignStyles(texts);
      for (const [id, style] of before)
        if (archive.some((t) => t.id === id && t.colour !== undefined)) expect(after.get(id), id).toEqual(style);
      expect(new Set([...after.values()].map((s) => s.slot)).size, 'styles shared').toBe(texts.length);
      before = after;
    }
    expect(texts.length).toBe(archive.length + 9);
  });

  test('a text pinned with `colour` never changes style, whatever ids are added (200 random ids)', () => {
    const pinned: StyledText[] = [
      { id: 'zeta', colour: 4 },
      { id: 'alpha', colour: 17 },
    ];
    let seed = 1;
    const random = () => ((seed = (seed * 48271) % 2147483647), seed);
    const texts = [...pinned];
    for (let i = 0; i < 200; i++) {
      texts.push({ id: `t${random().toString(36)}` });
      const styles = assignStyles(texts);
      expect(styles.get('zeta')!.slot).toBe(4);
      expect(styles.get('alpha')!.slot).toBe(17);
    }
  });

  test('unpinned texts keep their styles when the new text sorts after them; a new text that sorts first can take one', () => {
    const base = ['m-one', 'm-two', 'm-three'].map((id) => ({ id }));
    const styles = assignStyles(base);
    const after = assignStyles([...base, { id: 'zzz-last' }]);
    for (const t of base) expect(after.get(t.id)).toEqual(styles.get(t.id));
    // an id that sorts before m-one and asks for m-one's style first takes it: why published texts are pinned
    const wanted = styles.get('m-one')!.slot;
    let thief = '';
    for (let i = 0; !thief; i++) if (preferredSlot(`a-${i}`) === wanted) thief = `a-${i}`;
    const taken = assignStyles([...base, { id: thief }]);
    expect(taken.get(thief)!.slot).toBe(wanted);
    expect(taken.get('m-one')!.slot).not.toBe(wanted);
  });

  test('two texts pinning one style fail, naming both files and a free style', () => {
    expect(() =>
      assignStyles([
        { id: 'b-text', colour: 2 },
        { id: 'a-text', colour: 2 },
      ]),
    ).toThrow(/content\/documents\/a-text\.md and content\/documents\/b-text\.md both set `colour: 2`.*free: 1, 3, 4, 5, 6/);
  });

  test('past thirty texts styles repeat, and no text is left without one', () => {
    const texts = Array.from({ length: 34 }, (_, i) => ({ id: `text-${String(i).padStart(2, '0')}` }));
    const styles = assignStyles(texts);
    expect(styles.size).toBe(34);
    expect(new Set([...styles.values()].map((s) => s.slot)).size).toBe(30);
  });
});
