// The texts' colours and marker shapes on the map and the chronology: an accessible palette, and the rule that
// gives each text its style so that no text changes colour when another is added.
import { createHash } from 'node:crypto';
import { compareCodes } from './collation.ts';

/**
 * Six colours, each with a light-mode and a dark-mode value. The hues are those of the Okabe–Ito palette
 * (M. Okabe and K. Ito, "Color Universal Design (CUD): How to make figures and presentations that are friendly
 * to colorblind people", 2002/2008, https://jfly.uni-koeln.de/color/): vermillion #D55E00, blue #0072B2, bluish
 * green #009E73, orange #E69F00, reddish purple #CC79A7, sky blue #56B4E9 (its yellow and black are left out:
 * yellow cannot reach 3:1 on a light page without turning olive, and black is the colour of a marker without a
 * text). Each colour's OKLCH lightness was then moved, hue kept, until it has at least 3:1 contrast (WCAG 2.2
 * success criterion 1.4.11, graphical objects) against the page, the map's land and its sea in that mode, and the
 * six stay apart for readers with protanopia, deuteranopia or tritanopia (smallest CIEDE2000 difference between
 * two colours under the Machado–Oliveira–Fernandes 2009 simulation: 8.9 in light mode, 11.9 in dark mode).
 * tests/unit/palette.test.ts checks the second property, tests/e2e/map.test.ts the first in the browser.
 */
export const PALETTE = [
  { name: 'vermillion', light: '#8a3a00', dark: '#d05c00' },
  { name: 'blue', light: '#005a8e', dark: '#93ceff' },
  { name: 'bluish green', light: '#007957', dark: '#009069' },
  { name: 'orange', light: '#976700', dark: '#e8a10a' },
  { name: 'reddish purple', light: '#ab5b89', dark: '#bc6a98' },
  { name: 'sky blue', light: '#1581b3', dark: '#43a3d7' },
] as const;

/** Marker shapes, the second channel: a text's shape differs from the shapes of the texts beside it in the order of styles. */
export const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'triangle-down'] as const;
export type Shape = (typeof SHAPES)[number];

/**
 * How many distinct styles there are: style s (1-based) has colour (s − 1) mod 6 and shape (s − 1) mod 5; 6 and 5
 * have no common factor, so the 30 styles are 30 different pairs, and styles 1–5 differ in colour and in shape.
 */
export const STYLE_COUNT = PALETTE.length * SHAPES.length;

/** A text's look on the map and the chronology. */
export interface TextStyle {
  /** The style's number, 1–30 (the number a document's `colour` field gives). */
  slot: number;
  /** Index into PALETTE. */
  colour: number;
  shape: Shape;
  /** CSS class that sets `--tc` to the colour (rules from paletteCss()). */
  className: string;
}

/** The style numbered `slot` (1–STYLE_COUNT). */
export function styleOf(slot: number): TextStyle {
  const k = slot - 1;
  const colour = k % PALETTE.length;
  return { slot, colour, shape: SHAPES[k % SHAPES.length], className: `tc-${colour + 1}` };
}

/** The style a text without a `colour` field asks for first: the first 32 bits of SHA-256 of its id, mod 30, plus 1. */
export function preferredSlot(id: string): number {
  return (createHash('sha256').update(id, 'utf8').digest().readUInt32BE(0) % STYLE_COUNT) + 1;
}

/** A document as the rule sees it: its id and its pinned style, if any. */
export interface StyledText {
  id: string;
  /** The frontmatter's `colour` (1–30), if the editors pinned it. */
  colour?: number;
}

/**
 * Give every text a style. The rule (README, "Adding a document"):
 * 1. a text whose frontmatter has `colour: n` gets style n; two texts with the same n are an error;
 * 2. the other texts, in id order (code units), each take the first free style from preferredSlot(id) on
 *    (n, n + 1, … wrapping from 30 to 1); with all 30 taken, styles repeat (the text takes preferredSlot(id)).
 * A pinned text therefore never changes style when a text is added, and an unpinned one only when the new text
 * sorts before it and its search runs into the unpinned text's style: pin a text's colour once it is published.
 * @throws Error naming both documents when two pin the same style, or a pin outside 1–30.
 */
export function assignStyles(texts: readonly StyledText[]): Map<string, TextStyle> {
  const out = new Map<string, TextStyle>();
  const owner = new Map<number, string>();
  for (const t of texts) {
    if (t.colour === undefined) continue;
    if (!Number.isInteger(t.colour) || t.colour < 1 || t.colour > STYLE_COUNT)
      throw new Error(`content/documents/${t.id}.md: \`colour: ${t.colour}\` must be a whole number from 1 to ${STYLE_COUNT}`);
    const other = owner.get(t.colour);
    if (other !== undefined) {
      const taken = new Set(texts.flatMap((x) => (x.colour === undefined ? [] : [x.colour])));
      const free = Array.from({ length: STYLE_COUNT }, (_, i) => i + 1).filter((s) => !taken.has(s));
      const [a, b] = [other, t.id].sort(compareCodes);
      throw new Error(
        `content/documents/${a}.md and content/documents/${b}.md both set \`colour: ${t.colour}\` in their frontmatter: ` +
          `each text needs its own; free: ${free.slice(0, 5).join(', ')}${free.length > 5 ? ', …' : ''} (or remove the field from the newer text)`,
      );
    }
    owner.set(t.colour, t.id);
    out.set(t.id, styleOf(t.colour));
  }
  const unpinned = texts.filter((t) => t.colour === undefined).sort((a, b) => compareCodes(a.id, b.id));
  for (const t of unpinned) {
    const first = preferredSlot(t.id);
    let slot = first;
    for (let step = 0; step < STYLE_COUNT; step++) {
      const s = ((first - 1 + step) % STYLE_COUNT) + 1;
      if (!owner.has(s)) {
        slot = s;
        break;
      }
    }
    if (!owner.has(slot)) owner.set(slot, t.id);
    out.set(t.id, styleOf(slot));
  }
  return out;
}

/**
 * An SVG path of `shape` centred on (x, y) with the area of a circle of radius r, so that a marker's size says
 * the same whatever its shape.
 */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  const f = (n: number) => String(Math.round(n * 10) / 10);
  switch (shape) {
    case 'circle':
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'square': {
      const h = (r * Math.sqrt(Math.PI)) / 2;
      return `M${f(x - h)} ${f(y - h)}H${f(x + h)}V${f(y + h)}H${f(x - h)}Z`;
    }
    case 'diamond': {
      const d = r * Math.sqrt(Math.PI / 2);
      return `M${f(x)} ${f(y - d)}L${f(x + d)} ${f(y)}L${f(x)} ${f(y + d)}L${f(x - d)} ${f(y)}Z`;
    }
    case 'triangle':
    case 'triangle-down': {
      // equilateral, centred on its centroid: side s with (√3/4)s² = πr²
      const s = r * Math.sqrt((4 * Math.PI) / Math.sqrt(3));
      const h = (s * Math.sqrt(3)) / 2;
      const dir = shape === 'triangle' ? 1 : -1;
      return `M${f(x)} ${f(y - (dir * 2 * h) / 3)}L${f(x + s / 2)} ${f(y + (dir * h) / 3)}L${f(x - s / 2)} ${f(y + (dir * h) / 3)}Z`;
    }
  }
}

/**
 * The palette as CSS: `--tc-1`…`--tc-6` for the light scheme, the dark scheme and print (light values on white),
 * and `.tc-N { --tc: var(--tc-N) }`; the map, the chronology and the keys fill with `var(--tc)`.
 */
export function paletteCss(): string {
  const vars = (mode: 'light' | 'dark') => PALETTE.map((c, i) => `--tc-${i + 1}: ${c[mode]};`).join(' ');
  return [
    `:root { ${vars('light')} }`,
    `@media (prefers-color-scheme: dark) { :root { ${vars('dark')} } }`,
    `@media print { :root { ${vars('light')} } }`,
    ...PALETTE.map((_, i) => `.tc-${i + 1} { --tc: var(--tc-${i + 1}); }`),
  ].join('\n');
}
