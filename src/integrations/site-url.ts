// The public address of the site: a production build needs SITE_URL (it is written into every citation, canonical
// link, sitemap entry, TEI file and download), so `astro build` without it fails with the fix, instead of publishing
// a placeholder address. The dev server needs none (it serves on localhost).
import type { AstroIntegration } from 'astro';

/** The dev server's address, the site's address when it runs (`npm run dev`). */
export const devSiteUrl = 'http://localhost:4321';

/**
 * The site's address from `SITE_URL`: an absolute http(s) URL with no query or fragment, returned as given; undefined
 * when unset (or blank). Throws naming the variable and the fix when it is set to something else.
 */
export function siteUrlFromEnv(value = process.env.SITE_URL): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(
      `SITE_URL="${value}" is not a web address: give the site's public address with its scheme, e.g. SITE_URL=https://archive.example.org`,
    );
  return value;
}

/** The message of a production build without SITE_URL (README, "Deploying"). */
export const missingSiteUrlMessage =
  'SITE_URL is not set. A build writes the public address of the site into every citation, canonical link, sitemap ' +
  'and download, so it needs that address: build with SITE_URL=https://<your domain> npm run build (README, ' +
  '"Deploying"). To build and look at the site on this machine, run npm start (it sets SITE_URL=http://127.0.0.1:4321).';

/** Fails `astro build` when SITE_URL is not set; `astro dev` and `astro sync` go on with `devSiteUrl`. */
export default function siteUrl(): AstroIntegration {
  return {
    name: 'archive-site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && siteUrlFromEnv() === undefined) throw new Error(missingSiteUrlMessage);
      },
    },
  };
}
