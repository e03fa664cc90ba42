// TEI downloads: well-formed XML; as many persName+placeName+orgName as person/place/organization
// annotations; and the body's text, ignoring corrections, is the diplomatic text of the page.
import { readdirSync, readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { distDir, loadPage, viewText, words } from '../support/dist.ts';

// every document of the archive
const slugs = readdirSync('content/documents')
  .filter((n) => n.endsWith('.md'))
  .map((n) => n.slice(0, -3))
  .sort();
const TEI = 'http://www.tei-c.org/ns/1.0';

function parseStrict(xml: string) {
  const errors: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => void (level !== 'warning' && errors.push(message)),
  }).parseFromString(xml, 'application/xml');
  return { doc, errors };
}

function textWithout(node: Node, skip: Set<string>): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (skip.has(el.localName)) return '';
  const block = ['p', 'head', 'div', 'quote', 'milestone'].includes(el.localName);
  let out = block ? ' ' : '';
  for (let c = el.firstChild; c; c = c.nextSibling) out += textWithout(c, skip);
  return out + (block ? ' ' : '');
}

describe('TEI P5 downloads', () => {
  for (const slug of slugs) {
    test(`${slug}.xml is well-formed, complete and faithful`, () => {
      const xml = readFileSync(`${distDir}/data/tei/${slug}.xml`, 'utf8');
      const { doc, errors } = parseStrict(xml);
      expect(errors).toEqual([]);
      expect(doc.documentElement?.namespaceURI).toBe(TEI);
      expect(doc.getElementsByTagNameNS(TEI, 'teiHeader').length).toBe(1);

      const source = readFileSync(`content/documents/${slug}.md`, 'utf8');
      const expected = ['person', 'place', 'org'].reduce((n, kind) => n + (source.match(new RegExp(`:${kind}\\[`, 'g'))?.length ?? 0), 0);
      // the names in the text (the entity lists in <standOff> name each entity once more)
      const text = doc.getElementsByTagNameNS(TEI, 'text')[0];
      const names = ['persName', 'placeName', 'orgName'].reduce((n, tag) => n + text.getElementsByTagNameNS(TEI, tag).length, 0);
      expect(names).toBe(expected);

      const body = doc.getElementsByTagNameNS(TEI, 'body')[0];
      const diplomatic = words(viewText(loadPage(`/documents/${slug}/`).querySelector('.doc-text')!, 'diplomatic'));
      expect(words(textWithout(body as unknown as Node, new Set(['corr'])))).toEqual(diplomatic);

      const emendations = doc.getElementsByTagNameNS(TEI, 'choice').length;
      expect(emendations).toBe(loadPage(`/documents/${slug}/`).querySelectorAll('.doc-text .emendation').length);
      expect(doc.getElementsByTagNameNS(TEI, 'pb').length).toBe(loadPage(`/documents/${slug}/`).querySelectorAll('.doc-text .pb').length);

      // every :date is a <date> with a Gregorian @when or @from/@to; Hebrew ones point to the calendar declared in the header
      const dates = Array.from(doc.getElementsByTagNameNS(TEI, 'date')).filter((d) => d.parentNode?.nodeName !== 'bibl');
      expect(dates.length).toBe(source.match(/:date\[/g)?.length ?? 0);
      for (const d of dates)
        expect(d.getAttribute('when') ?? `${d.getAttribute('from')}/${d.getAttribute('to')}`).toMatch(
          /^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
        );
      const hebrew = dates.filter((d) => d.getAttribute('calendar') === '#hebrew');
      expect(hebrew.length).toBe(source.match(/\{[^}]*hebrew="/g)?.length ?? 0);
      if (hebrew.length) expect(doc.getElementsByTagNameNS(TEI, 'calendar')[0].getAttribute('xml:id')).toBe('hebrew');
    });
  }
});
