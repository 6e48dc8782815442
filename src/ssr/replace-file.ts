/// <reference types="node" />
import { constants } from 'node:fs';
import { chmod, chown, copyFile, lstat, open, readlink, realpath, rename, stat, symlink, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A name next to `path` that nothing else uses, so the rename stays on one
 * file system. Not built from the file's own name: a name as long as the
 * file system allows (255 bytes: 85 characters of Chinese) left no room for
 * a suffix, and every such page failed.
 */
const temporaryName = (path: string) => join(dirname(path), `.ms-widgets-${randomBytes(6).toString('hex')}.tmp`);

/**
 * Writes `bytes` to `path` through a temporary file in the same folder,
 * renamed over `path` once complete: a run that stops half-way leaves the
 * old file whole, and a symlink at `path` is replaced, never written through.
 * `owner`, when the file replaces itself (rendering in place), is the one it
 * keeps.
 */
export async function replaceFile(path: string, bytes: Uint8Array, mode: number, owner?: { uid: number; gid: number }): Promise<void> {
  const temporary = temporaryName(path);
  const file = await open(temporary, 'wx', 0o600);
  try {
    await file.writeFile(bytes);
    await file.close();
    // As root, the new file would be root's: a page of mode 640 that a web
    // server read as its owner or group would be unreadable to it. Anyone
    // else can only give a file to themselves, which it is already.
    if (owner) await chown(temporary, owner.uid, owner.gid).catch(() => undefined);
    // Set after writing, so the page never exists with wider rights than the original, and umask does not narrow them.
    await chmod(temporary, mode & 0o7777);
    await rename(temporary, path);
  } catch (e) {
    await file.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw e;
  }
}

/**
 * Whether `path` names a stream rather than a file to replace: a device
 * (`/dev/null`), a pipe or a socket, after any symlinks, or a process's own
 * descriptor (`/dev/stdout`, a link into /proc, whatever it leads to).
 * `replaceFile` would rename a file over the device or the link itself: as
 * root, `-o /dev/null` left a regular file where the device was.
 */
export async function isStream(path: string): Promise<boolean> {
  try {
    const target = await stat(path);
    if (!target.isFile() && !target.isDirectory()) return true;
    const viaProc = (link: string) => link.startsWith('/proc/');
    if ((await lstat(path)).isSymbolicLink() && viaProc(await readlink(path))) return true;
    return viaProc(await realpath(dirname(path)));
  } catch {
    // Nothing there yet (or nothing readable): a file to create.
    return false;
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
