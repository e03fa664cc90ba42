// Authority records and relations as published (issue 17), checked against content/: every relation appears on
// both entities' pages, in entities.json and in the TEI of a text that mentions either end; verified authority
// ids are "Also in" links and JSON-LD sameAs, ids that are not verified never are.
import { readFileSync, readdirSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { distDir, loadPage } from '../support/dist.ts';

const folders = { person: 'people', place: 'places', org: 'organizations', event: 'events' } as const;
type Kind = keyof typeof folders;
interface Record {
  kind: Kind;
  id: string;
  data: {
    relations?: { type: string; target: string }[];
    authority?: { status: string; wikidata?: string; viaf?: string; geonames?: string };
  };
}
const records: Record[] = (Object.keys(folders) as Kind[]).flatMap((kind) =>
  readdirSync(`content/${folders[kind]}`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ kind, id: f.slice(0, -5), data: parse(readFileSync(`content/${folders[kind]}/${f}`, 'utf8')) as Record['data'] })),
);
const href = (key: string) => {
  const [kind, id] = key.split(':') as [Kind, string];
  return `/${folders[kind]}/${id}/`;
};
const relations = records.flatMap((r) => (r.data.relations ?? []).map((rel) => ({ from: `${r.kind}:${r.id}`, ...rel })));
const relationLinks = (page: string) => [...loadPage(page).querySelectorAll('.relations li > a')].map((a) => a.getAttribute('href'));

describe('relations', () => {
  test('there are relations of several types', () => {
    expect(new Set(relations.map((r) => r.type)).size).toBeGreaterThanOrEqual(5);
  });

  test.each(relations.map((r) => [`${r.from} ${r.type} ${r.target}`, r] as const))('%s is on both pages', (_, r) => {
    expect(relationLinks(href(r.from))).toContain(href(r.target));
    expect(relationLinks(href(r.target))).toContain(href(r.from));
  });

  test('an organization page lists its people by relation (the Vaad Hatzoloh: leaders and members)', () => {
    const page = loadPage('/organizations/vaad-hatzoloh/');
    const groups = [...page.querySelectorAll('.relations dt')].map((dt) => dt.textContent);
    const expected = relations.filter((r) => r.target === 'org:vaad-hatzoloh');
    expect(groups).toEqual(expect.arrayContaining([...new Set(expected.map((r) => (r.type === 'leader-of' ? 'Leaders' : 'Members')))]));
    expect(relationLinks('/organizations/vaad-hatzoloh/').sort()).toEqual(expected.map((r) => href(r.from)).sort());
  });

  test('entities.json has each relation on both entities', () => {
    const json = JSON.parse(readFileSync(`${distDir}/data/entities.json`, 'utf8')) as {
      entities: { id: string; kind: string; relations: { type: string; direction: string; target: string }[] }[];
    };
    const kindOf: { [label: string]: string } = { person: 'person', place: 'place', organization: 'org', event: 'event', term: 'term' };
    const byKey = new Map(json.entities.map((e) => [`${kindOf[e.kind]}:${e.id}`, e]));
    for (const r of relations) {
      expect(byKey.get(r.from)!.relations).toContainEqual(expect.objectContaining({ type: r.type, direction: 'out', target: r.target }));
      expect(byKey.get(r.target)!.relations).toContainEqual(expect.objectContaining({ type: r.type, direction: 'in', target: r.from }));
    }
  });

  test('the TEI lists relations of the entities a text mentions', () => {
    const xml = readFileSync(`${distDir}/data/tei/in-tempestuous-times-part-four.xml`, 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const tei = [...doc.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'relation')].map(
      (el) => `${el.getAttribute('name')} ${new URL(el.getAttribute('active')!).pathname} ${new URL(el.getAttribute('passive')!).pathname}`,
    );
    const vaad = relations.filter((r) => r.target === 'org:vaad-hatzoloh');
    expect(vaad.length).toBeGreaterThan(0);
    for (const r of vaad) expect(tei).toContain(`${r.type} ${href(r.from)} ${href(r.target)}`);
  });
});

describe('authority records', () => {
  const urls = {
    wikidata: (id: string) => `https://www.wikidata.org/wiki/${id}`,
    geonames: (id: string) => `https://www.geonames.org/${id}/`,
  };
  test.each(records.filter((r) => r.data.authority?.wikidata).map((r) => [`${r.kind}:${r.id}`, r] as const))('%s', (_, r) => {
    const page = loadPage(href(`${r.kind}:${r.id}`));
    const a = r.data.authority!;
    const link = page.querySelector('.authority a[data-authority="wikidata"]');
    expect(link?.getAttribute('href')).toBe(urls.wikidata(a.wikidata!));
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent) as { sameAs?: string[] };
    if (a.status === 'verified') {
      expect(page.querySelector('.authority-links')!.textContent).toMatch(/^Also in: Wikidata/);
      expect(jsonLd.sameAs).toContain(urls.wikidata(a.wikidata!));
      if (a.geonames) expect(jsonLd.sameAs).toContain(urls.geonames(a.geonames));
    } else {
      expect(page.querySelector('.authority-links')!.textContent).not.toMatch(/^Also in/);
      expect(jsonLd.sameAs ?? []).toEqual([]);
    }
  });

  test('an entity without a verified record says why', () => {
    const r = records.find((x) => x.data.authority?.status === 'unconfirmed' && !x.data.authority.wikidata)!;
    expect(loadPage(href(`${r.kind}:${r.id}`)).querySelector('.authority-note')!.textContent).toMatch(
      /^Authority records not yet checked: /,
    );
  });
});
