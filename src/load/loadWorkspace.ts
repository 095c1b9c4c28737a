import { readFileSync, statSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { BriefingError } from "../errors.js";
import { sha256 } from "../source/hash.js";
import { resolveInside } from "../paths/resolveInside.js";
import { decodeText, locate, parseYamlSource, valueAt, type SourceFile } from "../source/sourceFile.js";
import type { LoadedBilling } from "../billing/loadedBilling.js";
import {
  OutsideWorkspaceError,
  type LoadedFile,
  type LoadedPartial,
  type LoadedWorkspace,
} from "../model/loadedWorkspace.js";
import { idOf, INPUT_KINDS, WORKSPACE_FOLDERS, type InputKind } from "../model/workspaceLayout.js";
import { listChoices } from "../text/closestName.js";
import { readBillingCache } from "./billing/billingCache.js";
import { loadBilling } from "./billing/loadBilling.js";
import { generatorFingerprint, listInputs } from "./inputFiles.js";

/** Options for {@link loadWorkspace}. */
export interface LoadOptions {
  /** An output folder whose billing cache may spare reading billing data again (it is only read). */
  cacheDir?: string;
  /**
   * Billing summaries already loaded, by organization file (a build worker gets the main thread's);
   * `false` reads no billing data at all (for commands that show no figures).
   */
  billing?: ReadonlyMap<string, LoadedBilling> | false;
}

/** The largest input file read: hand-written YAML is kilobytes; anything near this is a mistake (or an attack). */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** The largest template read: pictures make brand templates megabytes, rarely tens of them. */
export const MAX_TEMPLATE_BYTES = 64 * 1024 * 1024;

/**
 * Read and parse every input of the workspace at `root`. Only this stage reads files. The workspace's
 * own files are read synchronously (see {@link readLimited}); billing data through DuckDB.
 */
export async function loadWorkspace(root: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
  await Promise.resolve();
  const ws = readWorkspace(root);
  if (options.billing !== false) await readBilling(ws, options);
  return ws;
}

function readWorkspace(root: string): LoadedWorkspace {
  const abs = resolve(root);
  const ws: LoadedWorkspace = {
    root: abs,
    personas: [],
    themes: [],
    decks: [],
    organizations: new Map(),
    partials: [],
    assets: new Map(),
    errors: [],
    unparsed: new Set(),
    refused: new Set(),
    billing: new Map(),
    unreadable: new Set(),
  };
  const files = Object.fromEntries(INPUT_KINDS.map((kind) => [kind, listInputs(abs, kind)])) as Record<
    InputKind,
    string[] | undefined
  >;
  if (INPUT_KINDS.every((kind) => files[kind] === undefined)) {
    const folders = listChoices(WORKSPACE_FOLDERS.map((f) => `${f}/`));
    ws.errors.push(
      new BriefingError(`no workspace here: ${abs} has no ${folders} folder`, {
        code: "no-workspace",
        file: abs,
        hint: "run the command from a workspace folder or pass --root <dir>",
      }),
    );
    return ws;
  }
  const [personas, themes, decks] = [
    readYamlFiles(files.persona ?? [], "persona", ws),
    readYamlFiles(files.theme ?? [], "theme", ws),
    readYamlFiles(files.deck ?? [], "deck", ws),
  ];
  ws.personas = personas;
  ws.themes = themes;

  // A file in decks/ is an organization when a deck names it; everything else there is a deck.
  const orgPaths = new Set<string>();
  for (const deck of decks) {
    const ref = topLevelString(deck.source, "organization") ?? "organization.yaml";
    const path = resolve(dirname(deck.source.path), ref);
    if (resolveInside(abs, path) === "outside") {
      ws.errors.push(
        new BriefingError(`organization file is outside the workspace: ${ref}`, {
          code: "outside-workspace",
          ...locate(deck.source, ["organization"]),
          hint: "keep the organization file inside the workspace, e.g. decks/organization.yaml",
        }),
      );
      ws.refused.add(path);
      continue;
    }
    orgPaths.add(path);
  }
  for (const file of decks) {
    if (orgPaths.has(file.source.path)) ws.organizations.set(file.source.path, file);
    else ws.decks.push(file);
  }
  // Organizations outside decks/ are read now; one in decks/ that failed to read or parse is reported once.
  const outside = [...orgPaths].filter((p) => !ws.organizations.has(p) && !files.deck?.includes(p));
  for (const file of readYamlFiles(outside, "deck", ws, { quietIfMissing: true })) {
    ws.organizations.set(file.source.path, file);
  }

  const partials = (files.partial ?? []).map((file): LoadedPartial | undefined => {
    try {
      const bytes = readInside(abs, file);
      const decoded = decodeText(file, bytes);
      if (decoded.error) throw decoded.error;
      return { name: idOf(file), file, text: decoded.text, hash: sha256(bytes) };
    } catch (cause) {
      ws.errors.push(
        cause instanceof BriefingError
          ? cause
          : new BriefingError(`cannot read file: ${(cause as Error).message}`, { code: "cannot-read", file, cause }),
      );
      return undefined;
    }
  });
  ws.partials = partials.filter((p): p is LoadedPartial => p !== undefined);

  // Assets named by themes (logos), read now so later stages stay free of I/O.
  for (const theme of themes) {
    for (const [field, limit] of [
      [["logo", "path"], MAX_INPUT_BYTES],
      [["template"], MAX_TEMPLATE_BYTES],
    ] as const) {
      const asset = valueAt(theme.source, [...field]);
      if (typeof asset !== "string") continue;
      const path = resolve(dirname(theme.source.path), asset);
      const inside = resolveInside(abs, path);
      if (inside === "outside") {
        ws.assets.set(path, new OutsideWorkspaceError(`outside the workspace: ${asset}`));
        continue;
      }
      try {
        if (inside === "missing") throw new Error(`no such file: ${asset}`);
        ws.assets.set(path, readLimited(inside.real, limit));
      } catch (cause) {
        ws.assets.set(path, cause instanceof Error ? cause : new Error(String(cause)));
      }
    }
  }
  return ws;
}

/** The billing data each organization names, summarized (from the cache when its files did not change). */
async function readBilling(ws: LoadedWorkspace, options: LoadOptions): Promise<void> {
  const preloaded = options.billing || undefined;
  let cache: ReturnType<typeof readBillingCache> | undefined;
  for (const [path, file] of ws.organizations) {
    const known = preloaded?.get(path);
    if (known) {
      ws.billing.set(path, known);
      continue;
    }
    if (valueAt(file.source, ["billing"]) === undefined) continue;
    cache ??= options.cacheDir ? readBillingCache(options.cacheDir) : undefined;
    const loaded = await loadBilling(ws.root, file.source, { cache, generator: await generatorFingerprint() });
    ws.errors.push(...loaded.errors);
    if (loaded.billing) ws.billing.set(path, loaded.billing);
  }
}

function readYamlFiles(
  paths: string[],
  kind: InputKind,
  ws: LoadedWorkspace,
  options: { quietIfMissing?: boolean } = {},
): LoadedFile[] {
  const errors = ws.errors;
  const loaded = paths.map((path): LoadedFile | undefined => {
    let bytes: Uint8Array;
    try {
      bytes = readInside(ws.root, path);
    } catch (cause) {
      if (cause instanceof BriefingError) {
        errors.push(cause);
        ws.unparsed.add(`${kind}/${idOf(path)}`);
        ws.unreadable.add(path);
        return undefined;
      }
      if (!(options.quietIfMissing && (cause as NodeJS.ErrnoException).code === "ENOENT")) {
        errors.push(
          new BriefingError(`cannot read file: ${(cause as Error).message}`, {
            code: "cannot-read",
            file: path,
            cause,
          }),
        );
        ws.unreadable.add(path);
      }
      return undefined;
    }
    const parsed = parseYamlSource(path, bytes);
    errors.push(...parsed.errors);
    if (!parsed.source || parsed.errors.length > 0) {
      ws.unparsed.add(`${kind}/${idOf(path)}`);
      ws.unreadable.add(path);
      return undefined;
    }
    return { id: idOf(path), source: parsed.source };
  });
  return loaded.filter((f): f is LoadedFile => f !== undefined);
}

/**
 * A workspace file's bytes, refusing a symbolic link that leads out of the workspace (a YAML file
 * or partial is read whole, and its text can end up on a slide or in an error message).
 */
function readInside(root: string, path: string): Uint8Array {
  if (resolveInside(root, path) === "outside") {
    throw new BriefingError(`${basename(path)} is a link to a file outside the workspace`, {
      code: "outside-workspace",
      file: path,
      line: 1,
      column: 1,
      hint: "copy the file into the workspace instead of linking to it",
    });
  }
  return readLimited(path);
}

/**
 * A file's bytes, refusing files over {@link MAX_INPUT_BYTES} before reading them. Read synchronously:
 * inputs are a few small files, and a round trip to the thread pool per call left the main thread
 * idle for about 6 ms of a cold build.
 */
function readLimited(path: string, limit = MAX_INPUT_BYTES): Uint8Array {
  const size = statSync(path).size;
  if (size > limit) {
    throw new BriefingError(
      `file is too large: ${(size / 1024 / 1024).toFixed(1)} MB (at most ${limit / 1024 / 1024} MB)`,
      {
        code: "file-too-large",
        file: path,
        line: 1,
        column: 1,
        hint: "inputs hold short slide text and small images; shorten the file or shrink the image",
      },
    );
  }
  return readFileSync(path);
}

function topLevelString(source: SourceFile, key: string): string | undefined {
  const value = valueAt(source, [key]);
  return typeof value === "string" ? value : undefined;
}
