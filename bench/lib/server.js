// A tiny static server for the benchmark: the repo root on three localhost
// ports, which the pages use as three origins: the host site, the "CDN" that
// serves dist/cdn/*.js and the publisher whose page the iframe embeds. The
// ports differ, so the origins do (CORS, no shared JS realm), but the site
// (127.0.0.1) is the same, so Chromium keeps the frame in the page's process,
// as Chrome on a phone does for most cross-site frames; the CDP session,
// its throttling and its heap figures then cover the frame too.
//
// Responses are compressed as a CDN would serve them (brotli, else gzip) and
// never cached. Nothing outside the repo is served.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Compressed bodies, by file path and mtime-free key: files do not change during a run except bench/site, which is re-read. */
const cache = new Map();

async function body(file, encoding) {
  const key = `${file}\0${encoding}`;
  if (cache.has(key)) return cache.get(key);
  const raw = await readFile(file);
  const out =
    encoding === 'br'
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : encoding === 'gzip'
        ? gzipSync(raw, { level: 9 })
        : raw;
  cache.set(key, out);
  return out;
}

function handler(req, res) {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const headers = {
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
    'timing-allow-origin': '*',
  };
  if (path === '/favicon.ico') return void res.writeHead(204, headers).end();
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(ROOT + sep)) return void res.writeHead(403, headers).end();
  const accept = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : '';
  body(file, encoding).then(
    (data) => {
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': data.length,
        ...(encoding ? { 'content-encoding': encoding, vary: 'accept-encoding' } : {}),
      });
      res.end(data);
    },
    () => res.writeHead(404, headers).end('not found'),
  );
}

/** Starts the three origins; resolves to { origins: { site, cdn, pub }, clearCache, close }. */
export async function startServers() {
  const servers = [];
  const origins = {};
  for (const name of ['site', 'cdn', 'pub']) {
    const server = createServer(handler);
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    servers.push(server);
    origins[name] = `http://127.0.0.1:${server.address().port}`;
  }
  return {
    origins,
    clearCache: () => cache.clear(),
    close: () => Promise.all(servers.map((s) => new Promise((done) => s.close(done)))),
  };
}
