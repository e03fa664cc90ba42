// A fourth text, added the way an editor adds one, reaches every page and download. The archive (content/) is
// copied to a folder under tmp/, a fixture text of another genre (a dispatch: tests/fixtures/fourth-text/) and a new
// organization are added, and the copy is built for real. The text has mentions of existing entities, a new
// entity, a date, an editorial note that itself holds a mention, a list and a block quotation.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLinks } from '../../scripts/check-links.ts';
import { checkHtml } from '../../scripts/check-html.ts';
import { startSite, type Site } from '../support/site.ts';
import { buildArchive } from '../support/build.ts';

const id = 'a-dispatch-from-vladivostok';
const shortTitle = 'Dispatch from Vladivostok (1918)';
const work = join('tmp', `fourth-text-${process.pid}`);
const content = join(work, 'content');
const outDir = join(work, 'dist');
let site: Site;

const page = (path: string) => parseHTML(readFileSync(join(outDir, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8')).document;
const file = (path: string) => readFileSync(join(outDir, path), 'utf8');

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync('content', content, { recursive: true });
  cpSync('tests/fixtures/fourth-text', content, { recursive: true });
  buildArchive(content, outDir, 400_000);
  site = await startSite(outDir);
}, 500_000);
afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a fourth text of another genre', () => {
  test('the reader: passages for its paragraphs, list items and quotation, mentions as links, its note', () => {
    const doc = page(`/documents/${id}/`);
    const passages = Array.from(doc.querySelectorAll('.doc-text .passage'));
    // 2 paragraphs, 3 list items, 1 quoted paragraph, the closing paragraph
    expect(passages.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7']);
    expect(doc.querySelector('#p3')!.tagName).toBe('LI');
    expect(doc.querySelector('#p6')!.closest('blockquote')).not.toBeNull();
    expect(doc.querySelector('.doc-text a.mention[href="/organizations/nikolsk-relief-committee/"]')).not.toBeNull();
    expect(doc.querySelector('.editorial-notes a.mention[href="/people/william-s-graves/"]')).not.toBeNull();
  });

  test('the home page lists it; the cite page cites its passages', () => {
    expect(page('/').querySelector(`a[href="/documents/${id}/"]`)).not.toBeNull();
    const cite = page(`/documents/${id}/cite/`);
    for (const p of ['p1', 'p3', 'p6']) expect(cite.getElementById(p), `cite page #${p}`).not.toBeNull();
  });

  test('entity pages and indexes: the new organization, and the text among an existing person’s mentions, note included', () => {
    const org = page('/organizations/nikolsk-relief-committee/');
    expect(org.querySelector('h1')!.textContent).toBe('Nikolsk Relief Committee');
    expect(org.querySelector(`.mentions a[href="/documents/${id}/#p1"]`)).not.toBeNull();
    expect(page('/organizations/').querySelector('a[href="/organizations/nikolsk-relief-committee/"]')).not.toBeNull();
    const graves = page('/people/william-s-graves/');
    const here = Array.from(graves.querySelectorAll(`.mentions a[href^="/documents/${id}/#"]`)).map((a) => a.getAttribute('href'));
    expect(here).toEqual([`/documents/${id}/#p1`, `/documents/${id}/#user-content-fn-consul`]);
  });

  test('the chronology has its date and its span; the map can show its places alone', () => {
    const chronology = page('/chronology/');
    expect(chronology.getElementById(`${id}-date-1`)).not.toBeNull();
    expect(chronology.querySelectorAll('svg#overview g.row').length).toBe(4);
    const map = page('/map/');
    expect(map.getElementById(`text-${id}`)).not.toBeNull();
    expect(page(`/documents/${id}/`).querySelector(`a[href="/map/#text-${id}"]`)).not.toBeNull();
  });

  test('downloads: entities.json, mentions.csv, the organizations table and the TEI include it', () => {
    const entities: unknown = JSON.parse(file('data/entities.json'));
    expect(JSON.stringify(entities)).toContain('nikolsk-relief-committee');
    const mentions = parseCsv<Record<string, string>>(file('data/mentions.csv'), { bom: true, columns: true });
    const own = mentions.filter((m) => m.document === id);
    // Graves ×2 (text and note), Vladivostok ×3, the committee ×1
    expect(own.length).toBe(6);
    const orgs = parseCsv<Record<string, string>>(file('data/organizations.csv'), { bom: true, columns: true });
    expect(orgs.find((o) => o.id === 'nikolsk-relief-committee')?.mentions).toBe('1');
    const errors: string[] = [];
    const tei = new DOMParser({ onError: (level: string, m: string) => void (level !== 'warning' && errors.push(m)) }).parseFromString(
      file(`data/tei/${id}.xml`),
      'application/xml',
    );
    expect(errors).toEqual([]);
    const ns = 'http://www.tei-c.org/ns/1.0';
    const text = tei.getElementsByTagNameNS(ns, 'text')[0];
    expect(text.getElementsByTagNameNS(ns, 'item').length).toBe(3);
    expect(text.getElementsByTagNameNS(ns, 'quote').length).toBe(1);
    expect(text.getElementsByTagNameNS(ns, 'orgName').length).toBe(1);
  });

  test('search finds its passages and offers it as a filter', async () => {
    const { page: browser } = await site.open('/search/?q=quays');
    const results = browser.locator('#search-results a[href*="/documents/"]');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    expect(await results.first().getAttribute('href')).toContain(`/documents/${id}/`);
    await expect.poll(() => browser.locator('#search-filters').textContent()).toContain(shortTitle);
  });

  test('the archive-wide checks pass on the grown archive: links, fragments and HTML', async () => {
    const links = checkLinks(outDir);
    expect(links.problems).toEqual([]);
    const html = await checkHtml(outDir);
    expect(html.text).toBe('');
  }, 300_000);
});
