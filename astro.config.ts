// Wiring only: the Markdown pipeline lives in src/markdown/ and runs in the documents loader
// (src/loaders/markdown-loader.ts, wired in src/content.config.ts); the site has no Markdown pages of its own.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import csp from './src/integrations/csp.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive-reader.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // no inline scripts, however small: the Content-Security-Policy allows scripts from this origin only
  vite: { build: { assetsInlineLimit: 0 } },
  // order: csp and pagefind last, they read the finished output
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), csp(), pagefind()],
});
