import { dirname, join, relative, resolve, sep } from "node:path";
import { readManifest } from "../load/readManifest.js";
import { watchFolders } from "../load/watchFolders.js";
import { INPUT_FOLDERS, INPUT_KINDS, inputKindOf } from "../model/workspaceLayout.js";
import type { BuildOptions } from "./buildDecks.js";
import { buildWorkspace } from "./buildWorkspace.js";
import type { BuildReport } from "./report.js";

/** Options for {@link watchWorkspace}. */
export interface WatchOptions extends Omit<BuildOptions, "manifest" | "generator" | "force" | "onProgress"> {
  /** Quiet time after the last change before rebuilding, in ms: editors save in bursts. Default 60. */
  debounceMs?: number;
  /** Watching stops when this aborts (Ctrl-C in the CLI). */
  signal?: AbortSignal;
}

/** One build made by {@link watchWorkspace}. */
export interface WatchBuild {
  /** Changed paths that caused it, relative to the workspace, sorted; empty for the first build. */
  changed: string[];
  report: BuildReport;
  /** From the first change noticed (or the start) to the end of the build. */
  seconds: number;
}

/**
 * Build the workspace, then rebuild whatever an input change affects, until `options.signal`
 * aborts. Each build is incremental, so editing `personas/cfo.yaml` rebuilds only CFO decks and an
 * invalid edit reports its errors and leaves the last good decks in place. Resolves once stopped
 * (after any build in progress has finished); rejects only on an unexpected failure.
 */
export async function watchWorkspace(
  root: string,
  options: WatchOptions,
  onBuild: (build: WatchBuild) => void,
): Promise<void> {
  const abs = resolve(root);
  const outDir = resolve(abs, options.outDir ?? "out");
  const debounce = options.debounceMs ?? 60;
  const { signal } = options;
  const buildOptions: BuildOptions = {
    decks: options.decks,
    audiences: options.audiences,
    outDir,
    today: options.today,
    brief: options.brief,
    pdf: options.pdf,
    handout: options.handout,
    workers: options.workers,
  };

  const pending = new Set<string>();
  let firstChange = 0;
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> | undefined;
  let failure: Error | undefined;
  let wake: () => void = () => {};

  // The folders inputs live in, and the other files the last build read (logos, an organization
  // file elsewhere): editors' swap, backup and temporary files beside them are not changes.
  const inputFolders = INPUT_KINDS.map((kind) => join(abs, ...INPUT_FOLDERS[kind].folder.split("/")));
  let otherInputs = new Set<string>();
  let billingFolders = new Set<string>();
  const folders = watchFolders(
    (path) => {
      if (path === outDir || path.startsWith(outDir + sep)) return; // our own writes
      if (pending.size === 0) firstChange = performance.now();
      pending.add(path);
      clearTimeout(timer);
      timer = setTimeout(flush, debounce);
    },
    (folder, name) => {
      const path = join(folder, name);
      const rel = relative(abs, path);
      return (
        inputFolders.includes(path) ||
        inputKindOf(rel) !== undefined ||
        otherInputs.has(rel) ||
        billingFolders.has(folder)
      );
    },
  );

  const watched = () => {
    const manifest = readManifest(outDir);
    const inputs = Object.keys(manifest?.inputs ?? {});
    otherInputs = new Set(inputs.filter((input) => inputKindOf(input) === undefined));
    const list = new Set([abs, ...inputFolders, ...inputs.map((input) => dirname(resolve(abs, input)))]);
    // Billing data: the files read, and where each pattern's fixed part ends (where a new month's
    // export lands: any file appearing there is a change).
    billingFolders = new Set();
    for (const billing of manifest?.billing ?? []) {
      for (const file of Object.keys(billing.files)) {
        otherInputs.add(file);
        list.add(dirname(resolve(abs, file)));
      }
      for (const pattern of billing.patterns) {
        const parts = pattern.split("/");
        const fixed = parts.findIndex((s) => /[*?[\]{}]/.test(s));
        const folder = resolve(abs, ...parts.slice(0, fixed < 0 ? -1 : fixed));
        list.add(folder);
        billingFolders.add(folder);
      }
    }
    return list;
  };

  const build = async (changed: string[], started: number) => {
    const report = await buildWorkspace(abs, buildOptions);
    folders.update(watched());
    onBuild({ changed, report, seconds: (performance.now() - started) / 1000 });
  };

  function flush(): void {
    if (building || pending.size === 0 || signal?.aborted) return; // a running build flushes again when it ends
    const changed = [...pending].map((p) => relative(abs, p)).sort();
    pending.clear();
    building = build(changed, firstChange)
      .catch((error: unknown) => {
        failure = error instanceof Error ? error : new Error(String(error));

        wake();
      })
      .finally(() => {
        building = undefined;
        if (pending.size > 0) timer = setTimeout(flush, debounce);
      });
  }

  try {
    await build([], performance.now());
    if (signal?.aborted) return;
    await new Promise<void>((done) => {
      wake = done;
      signal?.addEventListener(
        "abort",
        () => {
          done();
        },
        { once: true },
      );
    });
    clearTimeout(timer);
    await building;
    if (failure !== undefined) throw failure;
  } finally {
    clearTimeout(timer);
    folders.close();
  }
}
