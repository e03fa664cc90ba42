// /data/mentions.csv: one row per annotated mention (columns: src/lib/datasets.ts, mentionColumns).
import type { APIRoute } from 'astro';
import { mentionsCsv } from '../../lib/datasets.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await mentionsCsv(site!), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
