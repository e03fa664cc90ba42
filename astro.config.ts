// Wiring only: the Markdown pipeline lives in src/markdown/, content loading in src/loaders/.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/markdown/pipeline.ts';
import { loadEntityRegistry } from './src/lib/entity-registry.ts';
import { contentDir } from './src/lib/content-root.ts';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive-reader.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified(markdownOptions(loadEntityRegistry(process.cwd(), contentDir))) },
  devToolbar: { enabled: false },
  // order: pagefind last, it reads the finished output
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') }), pagefind()],
});
