import type { APIRoute } from 'astro';
import { placesGeoJson } from '../../lib/datasets.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await placesGeoJson(site!)), { headers: { 'content-type': 'application/geo+json' } });
