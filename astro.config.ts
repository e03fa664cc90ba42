// Wiring only: the Markdown pipeline lives in src/markdown/, build-time code in src/integrations/.
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/markdown/pipeline.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://archive-reader.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: unified(markdownOptions) },
  devToolbar: { enabled: false },
});
