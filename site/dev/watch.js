// Watches the source folders of `npm start` and calls back once per burst of changes (an editor's save is often several writes).
import { watch } from 'node:fs';
import { join } from 'node:path';

/**
 * fs.watch (recursive) on each of `folders` under `root`; `onChange(paths)`
 * gets the repository-relative paths changed in the last `quietMs`. Returns
 * a function that stops watching.
 */
export function watchFolders(root, folders, onChange, { quietMs = 150 } = {}) {
  let pending = new Set();
  let timer;
  const watchers = folders.map((folder) =>
    watch(join(root, folder), { recursive: true }, (_event, name) => {
      if (!name) return;
      pending.add(`${folder}/${String(name).split('\\').join('/')}`);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const paths = [...pending];
        pending = new Set();
        onChange(paths);
      }, quietMs);
    }),
  );
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
