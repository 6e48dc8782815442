/// <reference types="node" />
import { constants } from 'node:fs';
import { chmod, copyFile, open, readlink, rename, symlink, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A name next to `path` that nothing else uses, so the rename stays on one file system. */
const temporaryName = (path: string) => join(dirname(path), `.${basename(path)}.ms-widgets-${randomBytes(6).toString('hex')}.tmp`);

/**
 * Writes `bytes` to `path` through a temporary file in the same folder,
 * renamed over `path` once complete: a run that stops half-way leaves the
 * old file whole, and a symlink at `path` is replaced, never written through.
 */
export async function replaceFile(path: string, bytes: Uint8Array, mode: number): Promise<void> {
  const temporary = temporaryName(path);
  const file = await open(temporary, 'wx', 0o600);
  try {
    await file.writeFile(bytes);
    await file.close();
    // Set after writing, so the page never exists with wider rights than the original, and umask does not narrow them.
    await chmod(temporary, mode & 0o7777);
    await rename(temporary, path);
  } catch (e) {
    await file.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw e;
  }
}

/** Makes `to` a symlink with the same target as the symlink `from`, replacing what `to` was. */
export async function copyLink(from: string, to: string): Promise<void> {
  const temporary = temporaryName(to);
  await symlink(await readlink(from), temporary);
  try {
    await rename(temporary, to);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    throw e;
  }
}

/** Copies the file `from` to `to` as `replaceFile` writes: never through a symlink at `to`, never half-written. */
export async function copyFileSafely(from: string, to: string): Promise<void> {
  const temporary = temporaryName(to);
  await copyFile(from, temporary, constants.COPYFILE_EXCL);
  try {
    await rename(temporary, to);
  } catch (e) {
    await unlink(temporary).catch(() => undefined);
    throw e;
  }
}
