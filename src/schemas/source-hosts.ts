// Which web hosts a source may come from: a short list of known non-scholarly hosts that the schemas refuse,
// and the hosts of standard references, so that the annotation lint can list every other (non-canonical) source.

/**
 * Hosts refused as sources, each with the reason shown to the editor. Found in an audit of the archive's
 * sources (issue 17): an AI-written summary, a novel's glossary, a personal site, a dating site, a web proxy,
 * and the staging copies of a publisher's site. A subdomain of a listed host is refused too.
 */
export const refusedHosts: Record<string, string> = {
  'wikisum.wiki': 'wikisum.wiki publishes AI-written summaries of Wikipedia articles',
  'topnovel.cc': "topnovel.cc hosts novels: a novel's glossary is not a reference",
  'fb2.top': 'fb2.top hosts e-books of fiction: not a reference',
  'miriamgitlin.com': "miriamgitlin.com is an author's personal site",
  'coffeemilk.ru': 'coffeemilk.ru is a dating site that copies Wikipedia articles',
  'movatter.jp': 'movatter.jp is a web proxy: cite the page it relays',
  'cambridgecore.org': "cambridgecore.org hosts staging copies of Cambridge University Press's site: cite www.cambridge.org",
  'wikipedia-on-ipfs.org': 'wikipedia-on-ipfs.org is an unmaintained snapshot of Wikipedia',
};

/** A bare IPv4 or IPv6 address: an unofficial copy of a site, not its publisher's address. */
const ipAddress = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:]+\])$/i;

/** Why a source URL is refused, or undefined when its host is not on the list. */
export function refusedHost(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined; // the URL field's own check reports it
  }
  if (ipAddress.test(host)) return `${host} is a bare IP address, not a publisher's site`;
  for (const [refused, why] of Object.entries(refusedHosts)) if (host === refused || host.endsWith(`.${refused}`)) return why;
  return undefined;
}

/**
 * Hosts of standard references: scholarly encyclopedias and dictionaries, archives and libraries, government
 * records, publishers of scholarly books and journals. A source elsewhere is listed by `npm run lint:annotations`
 * as non-canonical (a warning: Wikipedia and newspapers are usable, but a reviewer should see them).
 */
export const canonicalHosts = [
  'britannica.com',
  'yivoencyclopedia.org',
  'encyclopedia.ushmm.org',
  'collections.ushmm.org',
  'ushmm.org',
  'encyclopedia.1914-1918-online.net',
  'history.state.gov',
  'diplomacy.state.gov',
  'loc.gov',
  'archives.gov',
  'nationalarchives.gov.uk',
  'archive.org',
  'cambridge.org',
  'jstor.org',
  'doi.org',
  'springer.com',
  'taylorfrancis.com',
  'treccani.it',
  'kotobank.jp',
  'ndl.go.jp',
  'jacar.go.jp',
  'sangiin.go.jp',
  'kantei.go.jp',
  'mofa.go.jp',
  'ghdi.ghi-dc.org',
  'millercenter.org',
  'senate.gov',
  'house.gov',
  'army.mil',
  'jewishvirtuallibrary.org',
  'jta.org',
  'paperspast.natlib.govt.nz',
  'newspapers.lib.utah.edu',
  'chroniclingamerica.loc.gov',
  'foreignaffairs.com',
  'wikidata.org',
  'viaf.org',
  'geonames.org',
  'id.loc.gov',
  'digi.econbiz.de',
  'digicoll.library.wisc.edu',
  'sfi.usc.edu',
  'oxfordreference.com',
  'oxforddnb.com',
  'anb.org',
  'deutsche-biographie.de',
  'bundesarchiv.de',
  'spectator.co.uk',
  'papersofabrahamlincoln.org',
  'gutenberg.org',
  'wikisource.org',
  'kingjamesbibleonline.org',
  'sefaria.org',
  'chareidi.org',
  'jaas.gr.jp',
  'snaccooperative.org',
  'books.google.com',
  'encyclopedia.com',
] as const;

/** Whether a source URL is on a host of standard references (or a subdomain of one). */
export function isCanonicalSource(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return canonicalHosts.some((h) => host === h || host.endsWith(`.${h}`));
}
