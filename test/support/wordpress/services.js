// Everything the WordPress suite runs, started on 127.0.0.1 at free ports in
// one scratch folder and stopped by process id when the suite is done:
// our static site (built by buildSite with its own SITE_URL, served by
// scripts/tools/static-server.js), MariaDB, and Debian's WordPress under PHP's
// built-in server, with one post per share URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../../../site/build/index.js';
import { serveStatic } from '../../../scripts/tools/static-server.js';
import { missingWordPressTools, wordpressInstallCommand, WORDPRESS_PACKAGES } from '../../../scripts/test-env/wordpress-tools.js';
import { startMariaDB } from './mariadb.js';
import { cleanupOnSignal } from './processes.js';
import { startWordPress } from './wordpress.js';

/** Fails, with the exact apt command, when something the suite runs is not installed. */
function requireTools() {
  const missing = missingWordPressTools();
  if (missing.length === 0) return;
  throw new Error(
    `The WordPress suite needs ${missing.map((t) => t.name).join(', ')}, not found. Install with:\n` +
      `  sudo sh -c '${wordpressInstallCommand(missing)}'\n(everything it uses: ${WORDPRESS_PACKAGES}; npm's pretest step installs them when run as root)`,
  );
}

/**
 * Starts the site, MariaDB and WordPress. `posts(siteUrl)` lists the posts to
 * publish ({ key, title, content }). Resolves to `{ siteUrl, wordpress:
 * { origin, version, links }, timings, stop }`; `stop()` must be called, pass
 * or fail.
 */
export async function startServices({ posts }) {
  requireTools();
  const timings = {};
  const timed = async (name, step) => {
    const started = Date.now();
    const result = await step();
    timings[name] = Date.now() - started;
    return result;
  };

  const dir = mkdtempSync(join(tmpdir(), 'ms-widgets-wordpress-'));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  const forgetCleanup = cleanupOnSignal(removeDir);
  const stops = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne();
    stops.length = 0;
    removeDir();
    forgetCleanup();
  };

  try {
    // The server first, so its port is known before the build writes absolute URLs.
    const siteDir = join(dir, 'site');
    const site = await serveStatic(siteDir);
    stops.push(() => site.close());
    const siteUrl = site.origin;
    await timed('build site', () => buildSite({ out: siteDir, siteUrl, storybook: false }));

    const db = await timed('start MariaDB', () => startMariaDB(join(dir, 'mariadb')));
    stops.push(() => db.stop());
    const wordpress = await timed('install WordPress and publish', () =>
      startWordPress(join(dir, 'wordpress'), { dbPort: db.port, posts: posts(siteUrl) }),
    );
    stops.push(() => wordpress.stop());
    return { dir, siteUrl, wordpress, pids: { mariadbd: db.pid, php: wordpress.pid }, timings, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
