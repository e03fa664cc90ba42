// Metadata for machines: JSON-LD parses wherever it is and says the right thing; canonical and Open Graph
// tags on every page; a sitemap of every page; robots.txt.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { builtPages, distDir, loadPage, testSite as site } from '../support/dist.ts';
const jsonLd = (path: string) =>
  Array.from(loadPage(path).querySelectorAll('script[type="application/ld+json"]')).map((s) => JSON.parse(s.textContent));

describe('metadata', () => {
  test('JSON-LD parses on every page that has it, and has a schema.org type', () => {
    let count = 0;
    for (const { path } of builtPages()) {
      for (const data of jsonLd(path)) {
        expect(data['@context'], path).toBe('https://schema.org');
        expect(typeof data['@type'], path).toBe('string');
        count++;
      }
    }
    expect(count).toBeGreaterThan(150);
  });

  test('documents are ScholarlyArticle or NewsArticle with their bibliographic record', () => {
    const [siberia] = jsonLd('/documents/americas-withdrawal-from-siberia/');
    expect(siberia).toMatchObject({
      '@type': 'ScholarlyArticle',
      headline: 'America’s Withdrawal from Siberia and Japan-US Relations',
      author: { '@type': 'Person', name: 'Shusuke Takahara' },
      datePublished: '2013',
      pageStart: '87',
      isPartOf: {
        '@type': 'PublicationIssue',
        issueNumber: '24',
        isPartOf: { '@type': 'Periodical', name: 'The Japanese Journal of American Studies' },
      },
      url: `${site}/documents/americas-withdrawal-from-siberia/`,
    });
    const [kalmanovitz] = jsonLd('/documents/in-tempestuous-times-part-four/');
    expect(kalmanovitz).toMatchObject({ '@type': 'NewsArticle', datePublished: '2002-08-07', author: { name: 'Aryeh Gefen' } });
    const [dawes] = jsonLd('/documents/the-dawes-report/');
    expect(dawes.author).toBeUndefined(); // unsigned: the attribution is credit text, not an author
    expect(dawes.creditText).toMatch(/attributed to Roland W. Boyden/);
  });

  test('entities carry Person, Place (with geo), Organization, Event and DefinedTerm data', () => {
    expect(jsonLd('/people/william-s-graves/')[0]).toMatchObject({ '@type': 'Person', name: 'William S. Graves', birthDate: '1865-03-27' });
    expect(jsonLd('/places/vladivostok/')[0]).toMatchObject({ '@type': 'Place', geo: { '@type': 'GeoCoordinates' } });
    expect(jsonLd('/organizations/war-refugee-board/')[0]['@type']).toBe('Organization');
    expect(jsonLd('/events/attack-on-pearl-harbor/')[0]).toMatchObject({ '@type': 'Event', startDate: '1941-12-07' });
    const glossary = jsonLd('/glossary/')[0];
    expect(glossary['@type']).toBe('DefinedTermSet');
    expect(glossary.hasDefinedTerm.every((t: { '@type': string }) => t['@type'] === 'DefinedTerm')).toBe(true);
  });

  test('every page has a canonical URL and Open Graph and Twitter card tags', () => {
    for (const { path } of builtPages()) {
      const page = loadPage(path);
      const canonical = page.querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(canonical, path).toMatch(new RegExp(`^${site}/`));
      for (const tag of ['og:title', 'og:description', 'og:url', 'og:type'])
        expect(page.querySelector(`meta[property="${tag}"]`), `${path} ${tag}`).not.toBeNull();
      expect(page.querySelector('meta[name="twitter:card"]'), path).not.toBeNull();
    }
  });

  test('the sitemap lists every page but the 404, and robots.txt points to it', () => {
    const sitemap = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
    const listed = new Set(Array.from(sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)).map((m) => m[1].replace(site, '')));
    const pages = builtPages()
      .map((p) => p.path)
      .filter((p) => p !== '/404.html');
    expect([...listed].sort()).toEqual(pages.sort());
    expect(readFileSync(`${distDir}/robots.txt`, 'utf8')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });
});
