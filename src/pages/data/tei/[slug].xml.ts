// TEI P5 XML of each document.
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { allDocuments, editionOf, type DocumentEntry } from '../../../lib/documents.ts';
import { teiFor, type TeiEntity } from '../../../lib/tei.ts';
import { archive, relationsByEntity } from '../../../lib/entities.ts';

export async function getStaticPaths() {
  return (await allDocuments()).map((doc) => ({ params: { slug: doc.id }, props: { doc } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { doc } = props as { doc: DocumentEntry };
  const edition = editionOf((await render(doc)).remarkPluginFrontmatter);
  const relations = await relationsByEntity();
  const entities = new Map<string, TeiEntity>(
    (await archive()).entities.map((entity) => [
      `${entity.kind}:${entity.id}`,
      { entity, relations: relations.get(`${entity.kind}:${entity.id}`) ?? [] },
    ]),
  );
  return new Response(teiFor(doc, edition, site!, entities), { headers: { 'content-type': 'application/tei+xml; charset=utf-8' } });
};
