// A static file server for the SSR browser tests: the repo root over HTTP
// (module scripts do not load from file://), plus two things a test needs:
// a gate that holds back one script until the test has looked at the page
// as the server rendered it, and pages made up in memory.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css' };

export async function startServer() {
  /** path → html, served instead of a file */
  const pages = new Map();
  let gate;

  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    // Browsers ask for it on every page; a 404 would show up as a console error.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (gate && gate.path === path) {
      gate.requested();
      await gate.opened;
    }
    if (pages.has(path)) {
      const { html, headers } = pages.get(path);
      return void res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...headers }).end(html);
    }
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  return {
    origin,
    /** Serves `html` at `path` (on this origin), as if it were a file there, with any extra response `headers`. */
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
      return origin + path;
    },
    /**
     * Holds back the next requests for `path` until `open()`; `requested`
     * resolves when the browser has asked for it.
     */
    hold(path) {
      let requested, open;
      const g = {
        path,
        requested: new Promise((r) => (requested = r)),
        opened: new Promise((r) => (open = r)),
      };
      gate = { path, requested, opened: g.opened };
      return {
        requested: g.requested,
        open: () => {
          gate = undefined;
          open();
        },
      };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
