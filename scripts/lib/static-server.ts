// The static file server for the built site (dist/), used by npm start / npm run preview, the browser
// tests and the benchmark scripts. It behaves like a good static host: sirv finds the file (never outside
// the served folder), compression gzips text for clients that accept it, and this module adds the
// security headers of src/lib/csp.ts (as dist/_headers gives them), the caching rules and the 404 page.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import compression from 'compression';
import onHeaders from 'on-headers';
import sirv from 'sirv';
import { securityHeaders } from '../../src/lib/csp.ts';

/** A running server: `url` is its origin (`http://127.0.0.1:<port>`, no trailing slash). */
export interface StaticServer {
  url: string;
  /** Stops accepting connections; resolves once the open ones are closed. */
  close(): Promise<void>;
}

/** Astro's fingerprinted assets: a changed file gets a new name, so a year of caching is safe. */
const immutableCache = 'public, max-age=31536000, immutable';
/** Everything else (pages, Pagefind's index, downloads) keeps its URL across builds: revalidate each time. */
const revalidate = 'no-cache';

/**
 * Serves the files under `dir` on the loopback interface.
 *
 * - `/x/` and `/x` serve `x/index.html`; `/x` also serves `x.html` (sirv's lookup order).
 * - A path that resolves outside `dir` (`/../x`, `/%2e%2e/x`) or does not exist, and a malformed `%`
 *   escape, get `dir/404.html` with status 404 (a plain "Not found" if the folder has no 404.html).
 * - Every response carries `securityHeaders`; `/_astro/*` is cached for a year (immutable), the rest
 *   `no-cache` with an ETag; compressible types over 1 KiB are gzipped (or Brotli) when accepted.
 *
 * The folder is read on every request (sirv's `dev` mode), so a rebuild is served without a restart.
 *
 * @param dir the folder to serve (relative to the working directory, or absolute)
 * @param port the TCP port; 0 (default) picks a free one
 * @param options `securityHeaders: false` leaves out the security headers (and so the HTTP
 *   Content-Security-Policy): only for the test that the pages are safe without any policy
 * @returns the server's origin and a `close()`; rejects if the port cannot be bound (e.g. EADDRINUSE)
 */
export async function startStaticServer(dir: string, port = 0, options: { securityHeaders?: boolean } = {}): Promise<StaticServer> {
  const headers = options.securityHeaders === false ? {} : securityHeaders;
  const root = resolve(dir);
  const files = sirv(root, {
    dev: true,
    etag: true,
    setHeaders(res, pathname) {
      res.setHeader('Cache-Control', pathname.startsWith('/_astro/') ? immutableCache : revalidate);
    },
  });
  const gzip = compression({
    // a gzipped byte range would not be the range the client asked for
    filter: (req, res) => res.statusCode !== 206 && compression.filter(req, res),
  });

  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    gzip(req, res, () => {
      // registered after compression's own listener, so it runs first and compression sees the final type
      onHeaders(res, function () {
        this.setHeader('Content-Type', contentType(String(this.getHeader('Content-Type') ?? '')));
      });
      files(req, res, () => void notFound(root, res));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** The site's own 404 page, status 404, never cached. */
async function notFound(root: string, res: ServerResponse): Promise<void> {
  const page = await readFile(join(root, '404.html')).catch(() => Buffer.from('Not found'));
  res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': revalidate });
  res.end(page);
}

/**
 * The type sirv found (mrmime, by extension) with `charset=utf-8` on text, so a Markdown download in Hebrew
 * or Japanese decodes right; `application/octet-stream` for extensions mrmime does not know (Pagefind's
 * `.pf_*` files), where sirv would send an empty type.
 */
function contentType(type: string): string {
  if (!type) return 'application/octet-stream';
  return type.startsWith('text/') && !/charset=/i.test(type) ? `${type}; charset=utf-8` : type;
}
