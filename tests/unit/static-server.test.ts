// The static server behind npm start / preview and the browser tests, against a tiny built site in a temp
// folder: it serves only the site's own files, survives malformed URLs, and sends a static host's headers.
// Requests go through raw node:http, because fetch() would normalise `..` away before sending.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIMEType } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server.ts';
import { securityHeaders } from '../../src/lib/csp.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One GET with the path sent byte for byte as written. */
function get(server: StaticServer, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  const { hostname, port } = new URL(server.url);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', fail);
    });
    req.on('error', fail);
    // a server that never answers (the old one, on a malformed escape) fails here, not at the test timeout
    req.setTimeout(5000, () => req.destroy(new Error(`no answer to GET ${path} in 5 s`)));
    req.end();
  });
}

const secret = 'SECRET: outside the served folder';
const notFoundPage = '<!doctype html><title>Page not found</title><h1>This page is not in the archive</h1>';
// over compression's 1 KiB threshold, so gzip applies
const bigPage = `<!doctype html><title>Reader</title>${'<p>Shanghai, 1941: the Mir Yeshiva arrives.</p>\n'.repeat(100)}`;
const asset = `export const reader = ${JSON.stringify('x'.repeat(2000))};\n`;
const markdown = '# ימי סערה\n\nトランスクリプト\n';

let parent: string;
let server: StaticServer;

beforeAll(async () => {
  // parent/dist is served; parent/dist-old and parent/secret.txt must stay out of reach
  parent = mkdtempSync(join(tmpdir(), 'static-server-'));
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'about'), { recursive: true });
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(parent, 'dist-old'));
  writeFileSync(join(dist, 'index.html'), bigPage);
  writeFileSync(join(dist, '404.html'), notFoundPage);
  writeFileSync(join(dist, 'about', 'index.html'), '<!doctype html><title>About</title><h1>About the edition</h1>');
  writeFileSync(join(dist, '_astro', 'reader.Bx3k9Q.js'), asset);
  writeFileSync(join(dist, 'source.md'), markdown);
  mkdirSync(join(dist, 'data'));
  writeFileSync(join(dist, 'data', 'people.csv'), '\uFEFFid,name\r\nkikuzo-otani,Ōtani Kikuzō\r\n');
  mkdirSync(join(dist, 'pagefind', 'fragment'), { recursive: true });
  writeFileSync(join(dist, 'pagefind', 'fragment', 'en_5d1e3.pf_fragment'), Buffer.from([0x1f, 0x8b, 8, 0]));
  writeFileSync(join(parent, 'dist-old', 'secret.txt'), secret);
  writeFileSync(join(parent, 'secret.txt'), secret);
  server = await startStaticServer(dist);
});

afterAll(async () => {
  await server?.close();
  rmSync(parent, { recursive: true, force: true });
});

describe('static server: only the served folder', () => {
  test.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/../dist-old/secret.txt',
    '/%2e%2e/dist-old/secret.txt',
    '/..%2fdist-old%2fsecret.txt',
    '/%2e%2e%2fdist-old%2fsecret.txt',
    '/about/../../dist-old/secret.txt',
  ])('%s is refused and leaks nothing', async (path) => {
    const answer = await get(server, path);
    expect([400, 403, 404]).toContain(answer.status);
    expect(answer.body.toString()).not.toContain('SECRET');
  });

  test.each(['/%E0%A4%A', '/%', '/%zz', '/about/%'])(
    'a malformed escape (%s) answers 400 or 404, and the server keeps serving',
    async (path) => {
      const answer = await get(server, path);
      expect([400, 404]).toContain(answer.status);
      const home = await get(server, '/');
      expect(home.status).toBe(200);
      expect(home.body.toString()).toBe(bigPage);
    },
  );

  test('an unknown path gets the site’s 404 page with status 404', async () => {
    const answer = await get(server, '/documents/no-such-text/');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.body.toString()).toBe(notFoundPage);
  });

  test('a folder URL serves its index.html', async () => {
    for (const path of ['/about/', '/about']) {
      const answer = await get(server, path);
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toContain('<h1>About the edition</h1>');
    }
  });
});

describe('static server: headers', () => {
  test('every answer carries the security headers of src/lib/csp.ts, the 404 page too', async () => {
    for (const path of ['/', '/_astro/reader.Bx3k9Q.js', '/no-such-page', '/../secret.txt']) {
      const answer = await get(server, path);
      for (const [name, value] of Object.entries(securityHeaders))
        expect(answer.headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
    }
  });

  test('Astro’s hashed assets are cached for a year; pages and other files are revalidated', async () => {
    expect((await get(server, '/_astro/reader.Bx3k9Q.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get(server, '/')).headers['cache-control']).toBe('no-cache');
    expect((await get(server, '/source.md')).headers['cache-control']).toBe('no-cache');
    expect((await get(server, '/no-such-page')).headers['cache-control']).toBe('no-cache');
  });

  test('text is gzipped when the client accepts gzip, and sent as it is when not', async () => {
    for (const [path, content] of [
      ['/', bigPage],
      ['/_astro/reader.Bx3k9Q.js', asset],
    ]) {
      const zipped = await get(server, path, { 'accept-encoding': 'gzip' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(zipped.body).toString()).toBe(content);
      const plain = await get(server, path);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(content);
    }
  });

  test('each file has its type, text with its charset, so a Hebrew or Japanese download decodes right', async () => {
    const types: [string, string][] = [
      ['/', 'text/html; charset=utf-8'],
      ['/about/', 'text/html; charset=utf-8'],
      ['/_astro/reader.Bx3k9Q.js', 'text/javascript; charset=utf-8'],
      ['/source.md', 'text/markdown; charset=utf-8'],
      ['/data/people.csv', 'text/csv; charset=utf-8'],
      ['/pagefind/fragment/en_5d1e3.pf_fragment', 'application/octet-stream'],
    ];
    // compared as parsed media types: `text/html;charset=utf-8` and `text/html; charset=utf-8` are the same
    for (const [path, type] of types)
      expect(String(new MIMEType(String((await get(server, path)).headers['content-type']))), path).toBe(String(new MIMEType(type)));
    expect((await get(server, '/source.md')).body.toString('utf8')).toBe(markdown);
  });
});
