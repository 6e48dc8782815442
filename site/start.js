// `npm start` (after `npm run build`): builds the site into _site/ for
// http://localhost:PORT and serves it there, the Get code page at /.
// PORT picks the port (default 8000); SITE_STORYBOOK=1 adds the Storybook
// build, which takes minutes, so it is left out by default.
import { resolve } from 'node:path';
import { serveStatic } from '../scripts/tools/static-server.js';
import { buildSite } from './build/index.js';

const port = Number(process.env.PORT || 8000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`start: PORT "${process.env.PORT}" is not a port: give a whole number from 1 to 65535`);
  process.exit(1);
}
const storybook = process.env.SITE_STORYBOOK === '1';

try {
  // The port first: when it is taken, say so before spending time on a build.
  await serveStatic(resolve('_site'), { port, host: 'localhost' });
  const site = await buildSite({ out: '_site', siteUrl: `http://localhost:${port}`, storybook });
  console.log(
    `site: wrote _site/ in ${site.seconds.toFixed(1)} s (${site.embedPages} embed pages, ${site.sharePages} share pages${storybook ? ', Storybook' : '; Storybook: SITE_STORYBOOK=1 npm start'})`,
  );
  console.log(`\n  ms-stem-cell-widgets: open http://localhost:${port}/ (Ctrl+C stops)\n`);
} catch (error) {
  const message =
    error.code === 'EADDRINUSE'
      ? `port ${port} is in use: stop what uses it, or choose another, e.g. PORT=8001 npm start`
      : error.message;
  console.error(`start: ${message}`);
  process.exit(1);
}
