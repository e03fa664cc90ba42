import type { APIRoute } from 'astro';
import { chronologyJson } from '../../lib/datasets.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await chronologyJson(site!), null, 1), { headers: { 'content-type': 'application/json' } });
