// Serve the built site (dist/) on http://127.0.0.1:4321 (PORT to change) until stopped.
import { startStaticServer } from './lib/static-server.ts';

const server = await startStaticServer('dist', Number(process.env.PORT ?? 4321));
console.log(`The archive is being served at ${server.url}/  (Ctrl+C to stop)`);
