// TEI P5 XML of each document.
import type { APIRoute } from 'astro';
import { allDocuments, type DocumentEntry } from '../../../lib/documents.ts';
import { teiFor } from '../../../lib/tei.ts';

export async function getStaticPaths() {
  return (await allDocuments()).map((doc) => ({ params: { slug: doc.id }, props: { doc } }));
}

export const GET: APIRoute = ({ props, site }) => {
  const { doc } = props as { doc: DocumentEntry };
  return new Response(teiFor(doc, doc.rendered!.html, site!), { headers: { 'content-type': 'application/tei+xml; charset=utf-8' } });
};
