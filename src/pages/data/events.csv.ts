// /data/events.csv: the events table for spreadsheets (columns: src/lib/datasets.ts, entityTables).
import type { APIRoute } from 'astro';
import { entityCsv } from '../../lib/datasets.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(await entityCsv('event', site!), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
