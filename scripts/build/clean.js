// Empties dist/ before a build, so nothing stale from an earlier build ships.
import { rmSync } from 'node:fs';

rmSync(new URL('../../dist/', import.meta.url), { recursive: true, force: true });
