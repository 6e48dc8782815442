// `npm start`: builds, then serves the repo root so the demo pages load the
// built CDN file from ../dist/cdn/ms-widgets.js, exactly as a site would.
const port = 8000;
const demoPath = '/demo/index.html';
// Opening a browser needs a desktop; on a headless box just print the URL.
const canOpen = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export default {
  rootDir: '.',
  port,
  nodeResolve: true,
  open: canOpen ? demoPath : false,
  plugins: [
    {
      name: 'print-demo-url',
      serverStart({ config }) {
        const url = `http://localhost:${config.port}${demoPath}`;
        console.log(`\n  ms-stem-cell-widgets demos: ${url}\n`);
      },
    },
  ],
};
