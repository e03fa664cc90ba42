// Wiring only: the Markdown pipeline lives in src/markdown/ and runs in the documents loader
// (src/loaders/markdown-loader.ts, wired in src/content.config.ts); the site has no Markdown pages of its own.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import csp from './src/integrations/csp.ts';
import siteUrl, { devSiteUrl, siteUrlFromEnv } from './src/integrations/site-url.ts';

export default defineConfig({
  // a production build without SITE_URL fails (src/integrations/site-url.ts); the dev server runs on localhost
  site: siteUrlFromEnv() ?? devSiteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // no inline scripts, however small: the Content-Security-Policy allows scripts from this origin only
  vite: { build: { assetsInlineLimit: 0 } },
  // order: site-url first (it refuses a build before any work); csp and pagefind last, they read the finished output
  integrations: [siteUrl(), sitemap({ filter: (page) => !page.endsWith('/404/') }), csp(), pagefind()],
});
