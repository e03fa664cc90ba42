// TEI P5 XML of each document.
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { allDocuments, editionOf, type DocumentEntry } from '../../../lib/documents.ts';
import { teiFor } from '../../../lib/tei.ts';

export async function getStaticPaths() {
  return (await allDocuments()).map((doc) => ({ params: { slug: doc.id }, props: { doc } }));
}

export const GET: APIRoute = async ({ props, site }) => {
  const { doc } = props as { doc: DocumentEntry };
  const edition = editionOf((await render(doc)).remarkPluginFrontmatter);
  return new Response(teiFor(doc, edition, site!), { headers: { 'content-type': 'application/tei+xml; charset=utf-8' } });
};
