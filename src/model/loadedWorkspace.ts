import type { LoadedBilling } from "../billing/loadedBilling.js";
import type { BriefingError } from "../errors.js";
import type { SourceFile } from "../source/sourceFile.js";

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
  /**
   * Asset files (logos, templates) named by themes, keyed by absolute path; an Error where reading failed or
   * was refused ({@link OutsideWorkspaceError}).
   */
  assets: Map<string, Uint8Array | Error>;
  /** Problems found while reading and parsing. */
  errors: BriefingError[];
  /**
   * Files that exist but could not be parsed, as `<kind>/<id>` (`persona/cfo`, `theme/default`), so
   * references to them do not cascade into more errors.
   */
  unparsed: Set<string>;
  /**
   * Files named by inputs but refused, unread, because they lie outside the workspace (already
   * reported in `errors`).
   */
  refused: Set<string>;
  /** Files (absolute paths) that exist but could not be read or parsed (already reported in `errors`). */
  unreadable: Set<string>;
  /** Billing data of the organizations that name some, summarized, keyed by the organization file's absolute path. */
  billing: Map<string, LoadedBilling>;
}

/** A file named by the workspace that lies outside it (by its path, or through a symbolic link): never read. */
export class OutsideWorkspaceError extends Error {
  override name = "OutsideWorkspaceError";
}

/** A file of the default workspace the package ships, by its path inside a workspace. */
export interface DefaultFile {
  /** Path relative to the workspace root, with `/` separators, e.g. `personas/cfo.yaml`. */
  path: string;
  data: Uint8Array;
}
