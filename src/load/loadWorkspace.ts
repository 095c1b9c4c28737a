import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { BriefingError } from "../errors.js";
import { readBillingCache } from "./billing/billingCache.js";
import { loadBilling, type LoadedBilling } from "./billing/loadBilling.js";
import { sha256 } from "./hash.js";
import { generatorFingerprint } from "./inputFiles.js";
import { resolveInside } from "./insideFolder.js";
import { decodeText, locate, parseYamlSource, valueAt, type SourceFile } from "./sourceFile.js";

/** A YAML file found in the workspace, parsed but not yet validated. */
export interface LoadedFile {
  /** Id taken from the file name (`personas/cfo.yaml` → `cfo`). */
  id: string;
  source: SourceFile;
}

/** A Handlebars partial from `decks/partials/<name>.hbs`. */
export interface LoadedPartial {
  name: string;
  file: string;
  text: string;
  /** SHA-256 of the file's bytes. */
  hash: string;
}

/** Everything read from a workspace folder: parsed, positioned, not yet validated. */
export interface LoadedWorkspace {
  /** Absolute path of the workspace. */
  root: string;
  personas: LoadedFile[];
  themes: LoadedFile[];
  decks: LoadedFile[];
  /** Organization files, keyed by absolute path (decks refer to them by path). */
  organizations: Map<string, LoadedFile>;
  partials: LoadedPartial[];
  /** Asset files (logos, templates) named by themes, keyed by absolute path; an Error where reading failed or was refused ({@link OutsideWorkspaceError}). */
  assets: Map<string, Uint8Array | Error>;
  /** Problems found while reading and parsing. */
  errors: BriefingError[];
  /** Files that exist but could not be parsed, as `personas/<id>`, `themes/<id>`, `decks/<id>`, so references to them do not cascade into more errors. */
  unparsed: Set<string>;
  /** Files named by inputs but refused, unread, because they lie outside the workspace (already reported in `errors`). */
  refused: Set<string>;
  /** Files (absolute paths) that exist but could not be read or parsed (already reported in `errors`). */
  unreadable: Set<string>;
  /** Billing data of the organizations that name some, summarized, keyed by the organization file's absolute path. */
  billing: Map<string, LoadedBilling>;
}

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

const YAML_EXT = new Set([".yaml", ".yml"]);

/** The largest input file read: hand-written YAML is kilobytes; anything near this is a mistake (or an attack). */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** The largest template read: pictures make brand templates megabytes, rarely tens of them. */
export const MAX_TEMPLATE_BYTES = 64 * 1024 * 1024;

/** A file named by the workspace that lies outside it (by its path, or through a symbolic link): never read. */
export class OutsideWorkspaceError extends Error {
  override name = "OutsideWorkspaceError";
}

/** Read and parse every input of the workspace at `root`. Only this stage reads files. */
export async function loadWorkspace(root: string, options: LoadOptions = {}): Promise<LoadedWorkspace> {
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
  const [personaFiles, themeFiles, deckFiles, partialFiles] = await Promise.all([
    listFiles(join(abs, "personas"), YAML_EXT),
    listFiles(join(abs, "themes"), YAML_EXT),
    listFiles(join(abs, "decks"), YAML_EXT),
    listFiles(join(abs, "decks", "partials"), new Set([".hbs"])),
  ]);
  if (personaFiles === undefined && deckFiles === undefined && themeFiles === undefined) {
    ws.errors.push(
      new BriefingError(`no workspace here: ${abs} has no personas/, decks/ or themes/ folder`, {
        file: abs,
        hint: "run the command from a workspace folder or pass --root <dir>",
      }),
    );
    return ws;
  }
  const [personas, themes, decks] = await Promise.all([
    readYamlFiles(personaFiles ?? [], ws),
    readYamlFiles(themeFiles ?? [], ws),
    readYamlFiles(deckFiles ?? [], ws),
  ]);
  ws.personas = personas;
  ws.themes = themes;

  // A file in decks/ is an organization when a deck names it; everything else there is a deck.
  const orgPaths = new Set<string>();
  for (const deck of decks) {
    const ref = topLevelString(deck.source, "organization") ?? "organization.yaml";
    const path = resolve(dirname(deck.source.path), ref);
    if ((await resolveInside(abs, path)) === "outside") {
      ws.errors.push(
        new BriefingError(`organization file is outside the workspace: ${ref}`, {
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
  const outside = [...orgPaths].filter((p) => !ws.organizations.has(p) && !deckFiles?.includes(p));
  for (const file of await readYamlFiles(outside, ws, { quietIfMissing: true })) {
    ws.organizations.set(file.source.path, file);
  }

  if (options.billing !== false) await readBilling(ws, options);

  const partials = await Promise.all(
    (partialFiles ?? []).map(async (file): Promise<LoadedPartial | undefined> => {
      try {
        const bytes = await readInside(abs, file);
        const decoded = decodeText(file, bytes);
        if (decoded.error) throw decoded.error;
        return { name: basename(file, ".hbs"), file, text: decoded.text, hash: sha256(bytes) };
      } catch (cause) {
        ws.errors.push(
          cause instanceof BriefingError
            ? cause
            : new BriefingError(`cannot read file: ${(cause as Error).message}`, { file, cause }),
        );
        return undefined;
      }
    }),
  );
  ws.partials = partials.filter((p): p is LoadedPartial => p !== undefined);

  // Assets named by themes (logos), read now so later stages stay free of I/O.
  await Promise.all(
    themes.map(async (theme) => {
      for (const [field, limit] of [
        [["logo", "path"], MAX_INPUT_BYTES],
        [["template"], MAX_TEMPLATE_BYTES],
      ] as const) {
        const asset = valueAt(theme.source, [...field]);
        if (typeof asset !== "string") continue;
        const path = resolve(dirname(theme.source.path), asset);
        const inside = await resolveInside(abs, path);
        if (inside === "outside") {
          ws.assets.set(path, new OutsideWorkspaceError(`outside the workspace: ${asset}`));
          continue;
        }
        try {
          if (inside === "missing") throw new Error(`no such file: ${asset}`);
          ws.assets.set(path, await readLimited(inside.real, limit));
        } catch (cause) {
          ws.assets.set(path, cause instanceof Error ? cause : new Error(String(cause)));
        }
      }
    }),
  );
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

/** Sorted files with one of `extensions` directly in `dir`; undefined if the folder does not exist. */
async function listFiles(dir: string, extensions: Set<string>): Promise<string[] | undefined> {
  try {
    const entries = readdirSync(dir, { withFileTypes: true });
    return entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && extensions.has(extname(e.name).toLowerCase()))
      .map((e) => join(dir, e.name))
      .sort();
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined; // no such folder, or the root is a file
    throw new BriefingError(`cannot read folder ${dir}: ${(cause as Error).message}`, {
      file: dir,
      hint: "check the folder's permissions",
      cause,
    });
  }
}

async function readYamlFiles(
  paths: string[],
  ws: LoadedWorkspace,
  options: { quietIfMissing?: boolean } = {},
): Promise<LoadedFile[]> {
  const errors = ws.errors;
  const loaded = await Promise.all(
    paths.map(async (path): Promise<LoadedFile | undefined> => {
      let bytes: Uint8Array;
      try {
        bytes = await readInside(ws.root, path);
      } catch (cause) {
        if (cause instanceof BriefingError) {
          errors.push(cause);
          ws.unparsed.add(`${basename(dirname(path))}/${basename(path, extname(path))}`);
          ws.unreadable.add(path);
          return undefined;
        }
        if (!(options.quietIfMissing && (cause as NodeJS.ErrnoException).code === "ENOENT")) {
          errors.push(new BriefingError(`cannot read file: ${(cause as Error).message}`, { file: path, cause }));
          ws.unreadable.add(path);
        }
        return undefined;
      }
      const parsed = parseYamlSource(path, bytes);
      errors.push(...parsed.errors);
      if (!parsed.source || parsed.errors.length > 0) {
        ws.unparsed.add(`${basename(dirname(path))}/${basename(path, extname(path))}`);
        ws.unreadable.add(path);
        return undefined;
      }
      return { id: basename(path, extname(path)), source: parsed.source };
    }),
  );
  return loaded.filter((f): f is LoadedFile => f !== undefined);
}

/**
 * A workspace file's bytes, refusing a symbolic link that leads out of the workspace (a YAML file
 * or partial is read whole, and its text can end up on a slide or in an error message).
 */
async function readInside(root: string, path: string): Promise<Uint8Array> {
  if ((await resolveInside(root, path)) === "outside") {
    throw new BriefingError(`${basename(path)} is a link to a file outside the workspace`, {
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
async function readLimited(path: string, limit = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const size = statSync(path).size;
  if (size > limit) {
    throw new BriefingError(
      `file is too large: ${(size / 1024 / 1024).toFixed(1)} MB (at most ${limit / 1024 / 1024} MB)`,
      {
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
