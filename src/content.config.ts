// The archive's collections. Schemas live in src/schemas/ and are the documentation of the content format.
import { defineCollection } from 'astro:content';
import { markdownLoader } from './loaders/markdown-loader.ts';
import { documentSchema } from './schemas/document.ts';
import { markdownOptions } from './markdown/pipeline.ts';

/** Where the archive lives; tests point this at fixture folders. */
const contentRoot = process.env.ARCHIVE_CONTENT_DIR ?? 'content';

const documents = defineCollection({
  loader: markdownLoader({ base: `${contentRoot}/documents`, schema: documentSchema, markdown: markdownOptions }),
  schema: documentSchema,
});

export const collections = { documents };
