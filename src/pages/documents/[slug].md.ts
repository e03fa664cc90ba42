// The annotated Markdown file of a document, as a download.
import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { allDocuments, type DocumentEntry } from '../../lib/documents.ts';

export async function getStaticPaths() {
  return (await allDocuments()).map((doc) => ({ params: { slug: doc.id }, props: { doc } }));
}

export const GET: APIRoute = async ({ props }) => {
  const { doc } = props as { doc: DocumentEntry };
  return new Response(await readFile(doc.filePath!, 'utf8'), { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
