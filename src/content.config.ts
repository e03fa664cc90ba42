// The archive's collections. Schemas live in src/schemas/ and are the documentation of the content format.
import { defineCollection } from 'astro:content';
import { markdownLoader } from './loaders/markdown-loader.ts';
import { entityLoader } from './loaders/entity-loader.ts';
import { documentSchema } from './schemas/document.ts';
import { entityKinds } from './schemas/entities.ts';
import { markdownOptions } from './markdown/pipeline.ts';
import { loadEntityRegistry } from './lib/entity-registry.ts';
import { contentDir } from './lib/content-root.ts';

const root = process.cwd();
const entities = loadEntityRegistry(root, contentDir);

const documents = defineCollection({
  loader: markdownLoader({ base: `${contentDir}/documents`, schema: documentSchema, markdown: markdownOptions(entities) }),
  schema: documentSchema,
});

const entity = <K extends keyof typeof entityKinds>(kind: K) =>
  defineCollection({
    loader: entityLoader({
      root,
      folder: `${contentDir}/${entityKinds[kind].collection}`,
      schema: entityKinds[kind].schema,
      known: new Set(entities.keys()),
    }),
    schema: entityKinds[kind].schema,
  });

export const collections = {
  documents,
  people: entity('person'),
  places: entity('place'),
  organizations: entity('org'),
  events: entity('event'),
  glossary: entity('term'),
};
