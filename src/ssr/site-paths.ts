/// <reference types="node" />
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';

/**
 * The real path of `path` (every symlink resolved), which need not exist
 * yet: its nearest existing ancestor resolved, the rest appended. Paths are
 * compared this way, so a symlink cannot make an output land in an input.
 */
export async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const parent = dirname(absolute);
    if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === absolute) throw e;
    return join(await realPathOf(parent), basename(absolute));
  }
}

/** Whether `path` lies below `dir` (both real, absolute paths). */
export function isInside(path: string, dir: string): boolean {
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  return path !== dir && path.startsWith(prefix);
}
