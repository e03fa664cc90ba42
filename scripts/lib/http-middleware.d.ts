// Types for the two HTTP helpers scripts/lib/static-server.ts uses on plain node:http, as it calls them.
//
// `compression` (expressjs/compression 1.8): @types/compression types it for Express's request and
// response and brings Express's own types along; the options are those of its README this project uses.
declare module 'compression' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  type Filter = (req: IncomingMessage, res: ServerResponse) => boolean;
  type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

  interface Options {
    /** Which responses to compress; default `compression.filter` (the type is compressible per mime-db). */
    filter?: Filter;
    /** Smallest body to compress, in bytes or a string such as '1kb'; default 1024. */
    threshold?: number | string;
  }

  /** Wraps `res` so the body is gzip-, deflate- or Brotli-encoded as the request's Accept-Encoding allows. */
  function compression(options?: Options): Middleware;
  namespace compression {
    /** The default filter: true when the response's Content-Type is compressible (mime-db). */
    const filter: Filter;
  }
  export = compression;
}

// `on-headers` (jshttp/on-headers 1.1, compression's own dependency): a listener run once, just before
// `res` writes its headers. (@types/on-headers' newest version is a mis-published copy of serve-favicon's.)
declare module 'on-headers' {
  import type { ServerResponse } from 'node:http';

  /** Calls `listener` with `this` = `res` right before the status line and headers are sent; it may still set headers. */
  function onHeaders(res: ServerResponse, listener: (this: ServerResponse) => void): void;
  export = onHeaders;
}
