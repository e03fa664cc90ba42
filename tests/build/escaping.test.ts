// Escaping: entity fields are text. A fixture archive whose YAML is full of markup (tests/fixtures/markup-in-yaml)
// is built for real; its pages show the markup as text, run none of it, and keep JSON-LD parseable.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildArchive, tempBuildDir } from '../support/build.ts';

let outDir: string;
const page = (path: string) => parseHTML(readFileSync(join(outDir, path, 'index.html'), 'utf8')).document;

beforeAll(() => {
  outDir = tempBuildDir('archive-escaping-');
  buildArchive('tests/fixtures/markup-in-yaml', outDir);
}, 300_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('markup in YAML renders as text', () => {
  test('the person page shows the fields literally and contains no element from them', () => {
    const doc = page('/people/william-graves');
    expect(doc.querySelector('h1')!.textContent).toBe('William <b>S.</b> Graves');
    expect(doc.querySelector('.entity-description')!.textContent).toContain(
      '<img src=x onerror="window.__pwned=1"> & </script><script>window.__pwned=2</script>',
    );
    expect(doc.querySelectorAll('main img, main b, main em, main i').length).toBe(0);
    expect(doc.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(doc.querySelector('.sources a')!.getAttribute('href')).toBe('https://example.org/?a=1&b=<2>');
    const scripts = Array.from(doc.querySelectorAll('script')).filter((s) => s.getAttribute('type') !== 'application/ld+json');
    for (const s of scripts) expect(s.textContent).not.toContain('__pwned');
  });

  test('JSON-LD still parses and holds the text as written', () => {
    const doc = page('/people/william-graves');
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(data.name).toBe('William <b>S.</b> Graves');
    expect(doc.querySelector('script[type="application/ld+json"]')!.textContent).not.toContain('</script');
  });

  test('in the reader, the popover note and the glossary meaning are text', () => {
    const doc = page('/documents/a-text');
    const note = doc.getElementById('entity-note-person-william-graves')!;
    expect(note.textContent).toContain('<img src=x');
    expect(note.children.length).toBe(0);
    expect(doc.getElementById('entity-note-term-bolshevism')!.textContent).toContain('<script>window.__pwned=3</script>');
    expect(doc.querySelectorAll('.entity-notes *').length).toBe(doc.querySelectorAll('.entity-notes p').length);
    const glossary = page('/glossary');
    expect(glossary.querySelector('main')!.textContent).toContain('<i>Bolshevism</i>');
    expect(glossary.querySelectorAll('main i').length).toBe(0);
  });
});
