// Wiring only: the Markdown pipeline lives in src/markdown/, content loading in src/loaders/.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/markdown/pipeline.ts';
import { loadEntityRegistry } from './src/lib/entity-registry.ts';
import { contentDir } from './src/lib/content-root.ts';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import csp from './src/integrations/csp.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive-reader.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified(markdownOptions(loadEntityRegistry(process.cwd(), contentDir))) },
  devToolbar: { enabled: false },
  // no inline scripts, however small: the Content-Security-Policy allows scripts from this origin only
  vite: { build: { assetsInlineLimit: 0 } },
  // order: csp and pagefind last, they read the finished output
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), csp(), pagefind()],
});
