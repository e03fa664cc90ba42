// Fuzz: random and mutated annotated Markdown through the real document loader and pipeline. Every input
// must either load (with a non-empty page) or fail with a ContentError whose every line names the file and a
// line in it; nothing may crash with another error. Seeded, so a failure can be replayed (FUZZ_SEED=n).
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { loadMarkdownFolder } from '../../src/loaders/markdown-loader.ts';
import { ContentError } from '../../src/loaders/content-errors.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { markdownOptions } from '../../src/markdown/pipeline.ts';
import { loadEntityRegistry } from '../../src/lib/entity-registry.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20261123);
const rounds = Number(process.env.FUZZ_ROUNDS ?? 120);

/** mulberry32: a small seeded generator, so that every run tries the same inputs. */
function random(s: number) {
  return () => {
    s |= 0;
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const options = { schema: documentSchema, markdown: markdownOptions(loadEntityRegistry(process.cwd(), 'content')) };
const root = mkdtempSync(join(tmpdir(), 'archive-fuzz-'));
mkdirSync(join(root, 'documents'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// a real text, cut to its frontmatter and first paragraphs so each round is quick; it has every kind of annotation
const source = readFileSync('content/documents/in-tempestuous-times-part-four.md', 'utf8');
const [, frontmatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(source)!;
const paragraphs = body.split('\n\n');
const kept = paragraphs.slice(0, 12);
const notes = paragraphs
  .join('\n\n')
  .split('\n')
  .filter((line) => /^\[\^([^\]]+)\]:/.test(line) && kept.some((p) => p.includes(line.slice(0, line.indexOf(':')))));
const sample = frontmatter + [...kept, notes.join('\n')].join('\n\n');

const syntax = [
  ':',
  '[',
  ']',
  '{',
  '}',
  '=',
  '"',
  '^',
  '#',
  '*',
  '\n',
  '\n\n',
  '-',
  '---',
  ':date',
  ':person',
  ':sic',
  ':pb{n=3}',
  '[^x]',
  '\\',
  '`',
  '>',
  '|',
  '1',
  'a',
  ' ',
];

function mutate(text: string, rand: () => number): string {
  const at = () => Math.floor(rand() * text.length);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  let out = text;
  const edits = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < edits; i++) {
    const p = at();
    switch (Math.floor(rand() * 6)) {
      case 0:
        out = out.slice(0, p) + out.slice(p + 1 + Math.floor(rand() * 8));
        break; // delete
      case 1:
        out = out.slice(0, p) + pick(syntax) + out.slice(p);
        break; // insert syntax
      case 2: {
        const q = at();
        out = out.slice(0, p) + out.slice(Math.min(p, q), Math.max(p, q)).slice(0, 200) + out.slice(p);
        break;
      } // duplicate
      case 3: {
        const lines = out.split('\n');
        const a = Math.floor(rand() * lines.length);
        const b = Math.floor(rand() * lines.length);
        [lines[a], lines[b]] = [lines[b], lines[a]];
        out = lines.join('\n');
        break;
      } // swap lines
      case 4:
        out = out.slice(0, Math.max(4, p));
        break; // truncate
      default:
        out = out.slice(0, p) + String.fromCharCode(Math.floor(rand() * 0x3000)) + out.slice(p); // any character
    }
  }
  return out;
}

/**
 * Markdown made of random tokens, with a valid frontmatter four times in five. Half the inputs use well-formed
 * annotations only (most of these load); the other half mix in notes and stray syntax (most of these must fail).
 */
function generate(rand: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const wellFormed = [
    'Graves',
    'Shanghai',
    'the',
    'in',
    '1920',
    'Av',
    '5705',
    ':date[1918]{when=1918}',
    ':place[Vladivostok]{ref=vladivostok}',
    ':sic[teh]{corr="the"}',
    '## Heading',
  ];
  const words = rand() < 0.5 ? wellFormed : [...wellFormed, ':noteref{n=1}', '[^a]', '[^a]: a note.', ...syntax];
  const body = Array.from({ length: 5 + Math.floor(rand() * 60) }, () => pick(words)).join(pick([' ', ' ', '\n']));
  return (rand() < 0.8 ? frontmatter : '') + body;
}

async function check(text: string, label: string) {
  const file = join(root, 'documents', 'fuzz.md');
  writeFileSync(file, text);
  const base = relative(process.cwd(), join(root, 'documents'));
  let result: Awaited<ReturnType<typeof loadMarkdownFolder>> | undefined;
  try {
    result = await loadMarkdownFolder(pathToFileURL(process.cwd() + '/'), { base, ...options });
  } catch (error) {
    if (!(error instanceof ContentError))
      throw new Error(`${label}: crashed instead of a located message: ${(error as Error).stack}\n--- input ---\n${text}`, {
        cause: error,
      });
    const lines = error.message.split('\n').slice(1).filter(Boolean);
    expect(lines.length, `${label}: a ContentError with no problem listed`).toBeGreaterThan(0);
    for (const line of lines) expect(line, `${label}\n--- input ---\n${text}`).toMatch(/\.md:\d+(:\d+)?: \S/);
    return 'failed';
  }
  expect(result).toHaveLength(1);
  expect(result[0].html.trim().length, `${label}: loaded but wrote an empty page\n--- input ---\n${text}`).toBeGreaterThan(0);
  return 'built';
}

describe(`fuzzing the document loader (seed ${seed}, ${rounds} rounds each)`, () => {
  test('the unmutated sample loads', async () => {
    expect(await check(sample, 'sample')).toBe('built');
  });

  test('mutated annotated Markdown builds or fails with file:line', async () => {
    const rand = random(seed);
    const outcomes = { built: 0, failed: 0 };
    for (let i = 0; i < rounds; i++) outcomes[await check(mutate(sample, rand), `mutation ${i}`)]++;
    console.log(`[fuzz] mutations: ${outcomes.built} built, ${outcomes.failed} failed with a located message`);
    expect(outcomes.failed).toBeGreaterThan(rounds / 10); // the mutations do break things
  }, 120_000);

  test('random annotated Markdown builds or fails with file:line', async () => {
    const rand = random(seed + 1);
    const outcomes = { built: 0, failed: 0 };
    for (let i = 0; i < rounds; i++) outcomes[await check(generate(rand), `random ${i}`)]++;
    console.log(`[fuzz] random: ${outcomes.built} built, ${outcomes.failed} failed with a located message`);
    // both ways out are exercised: random inputs that load, and random inputs refused with file:line
    expect(outcomes.built, 'random inputs that loaded').toBeGreaterThan(rounds / 10);
    expect(outcomes.failed, 'random inputs refused with a located message').toBeGreaterThan(rounds / 10);
  }, 120_000);

  test('hostile payloads anywhere in the body or the frontmatter are refused with file:line, never published', async () => {
    const rand = random(seed + 2);
    const inBody = [
      '<script>alert(1)</script>',
      '<SCRIPT SRC=//example.com/x.js></SCRIPT>',
      '<img src=x onerror=alert(1)>',
      '<iframe src="https://example.com/"></iframe>',
      '<object data="x"></object>',
      '<embed src="x">',
      '<style>body{display:none}</style>',
      '<meta http-equiv="refresh" content="0;url=https://example.com/">',
      '<base href="https://example.com/">',
      '<form action="https://example.com/"><input></form>',
      '<a href="x" onmouseover="alert(1)">x</a>',
      '<!-- a comment -->',
      '[x](javascript:alert(1))',
      '[x](JAVASCRIPT:alert(1))',
      '[x](data:text/html,<script>alert(1)</script>)',
      '[x](vbscript:msgbox(1))',
      '[x]: javascript:alert(1)\n\n[y][x]',
      '![x](https://example.com/x.png)',
    ];
    const inFrontmatter = [
      'sourceUrl: "javascript:alert(1)"',
      'sourceUrl: "data:text/html,x"',
      'a: &a [x, x]\nb: [*a, *a]',
      `deep: ${'['.repeat(40)}${']'.repeat(40)}`,
      `summary2: "${'x'.repeat(300_000)}"`,
    ];
    const [open, yaml, close] = /^(---\n)([\s\S]*?)(\n---\n)/.exec(sample)!.slice(1);
    const rest = sample.slice(open.length + yaml.length + close.length);
    const refused: string[] = [];
    for (const payload of inBody) {
      // somewhere in the body: at a paragraph break, or inside a paragraph's text
      const p = Math.floor(rand() * rest.length);
      const at = rest.lastIndexOf(' ', p) + 1;
      const text = open + yaml + close + rest.slice(0, at) + payload.replace(/\\n/g, '\n') + ' ' + rest.slice(at);
      if ((await check(text, `body payload ${payload}`)) === 'failed') refused.push(payload);
    }
    for (const payload of inFrontmatter) {
      const text = open + yaml + '\n' + payload.replace(/\\n/g, '\n') + close + rest;
      if ((await check(text, `frontmatter payload ${payload.slice(0, 40)}`)) === 'failed') refused.push(payload);
    }
    expect(refused).toEqual([...inBody, ...inFrontmatter]);
  }, 120_000);
});
