import type { APIRoute } from 'astro';
import { entitiesJson } from '../../lib/datasets.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await entitiesJson(site!), null, 1), { headers: { 'content-type': 'application/json' } });
