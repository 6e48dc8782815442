// Marks the built command-line tool (dist/ssr/cli.js, the package's bins) executable, as npm does on install.
import { chmodSync } from 'node:fs';

chmodSync(new URL('../../dist/ssr/cli.js', import.meta.url), 0o755);
