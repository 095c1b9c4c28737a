import { watch, type FSWatcher } from "node:fs";
import { join } from "node:path";

/** A set of watched folders that can be changed while it runs. */
export interface FolderWatch {
  /** Watch exactly these folders from now on (missing ones are skipped and retried on the next call). */
  update(folders: Iterable<string>): void;
  close(): void;
}

/**
 * Watch folders (not files: editors save by writing a new file and renaming it over the old one)
 * and report the path of every entry that changes in them. `accept` filters by folder and name.
 */
export function watchFolders(
  onChange: (path: string) => void,
  accept: (folder: string, name: string) => boolean = () => true,
): FolderWatch {
  const watchers = new Map<string, FSWatcher>();
  const drop = (folder: string) => {
    watchers.get(folder)?.close();
    watchers.delete(folder);
  };
  return {
    update(folders) {
      const wanted = new Set(folders);
      for (const folder of [...watchers.keys()]) if (!wanted.has(folder)) drop(folder);
      for (const folder of wanted) {
        if (watchers.has(folder)) continue;
        try {
          const watcher = watch(folder, { persistent: true }, (_event, name) => {
            const entry = name?.toString();
            if (entry && accept(folder, entry)) onChange(join(folder, entry));
          });
          // A folder deleted under us: forget it; the next update watches it again if it came back.
          watcher.on("error", () => {
            drop(folder);
          });

          watchers.set(folder, watcher);
        } catch {
          // Not there (yet): the next update tries again.
        }
      }
    },
    close() {
      for (const folder of [...watchers.keys()]) drop(folder);
    },
  };
}
