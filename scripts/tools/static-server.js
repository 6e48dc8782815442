// A static file server for a built folder (storybook-static/, _site/) on
// localhost: on a free port for the story screenshots and the tests, on a
// chosen one for `npm start`.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` (a folder's URL serves its index.html) on `host`:`port`, a
 * free port by default; resolves to `{ origin, close }`, or rejects with the
 * server's error (EADDRINUSE when the port is taken). `headers` go on every
 * file served (the Get code tests send Access-Control-Allow-Origin, as a CDN
 * or GitHub Pages does, so that another origin's page may load the CDN files
 * with `crossorigin`).
 */
export function serveStatic(root, { port = 0, host = '127.0.0.1', headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // Chromium asks for a favicon on its own; there is none to give.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (file !== root && !file.startsWith(root + sep)) return res.writeHead(403).end();
    try {
      const found = await stat(file);
      // A folder asked for without its slash: its index.html's relative links need the slash.
      if (found.isDirectory() && !path.endsWith('/')) return res.writeHead(301, { location: `${encodeURI(path)}/` }).end();
      if (!found.isFile()) throw new Error('not a file');
    } catch {
      return res.writeHead(404).end('not found');
    }
    res.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () =>
      done({ origin: `http://${host}:${server.address().port}`, close: () => server.close() }),
    );
  });
}
