import { posix } from "node:path";

/**
 * What a workspace holds: one folder per kind of input file. Loading, watching, the unchanged-build
 * check, `init` and the packaged defaults all read this description; a new kind of input is added
 * here, given a schema and read by load.
 */
export const INPUT_KINDS = ["persona", "deck", "partial", "theme"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** Where each kind of input lives (relative to the workspace, `/`-separated) and how its files end. */
export const INPUT_FOLDERS: Readonly<Record<InputKind, { folder: string; extensions: readonly string[] }>> = {
  persona: { folder: "personas", extensions: [".yaml", ".yml"] },
  // Decks, and the organization files they name (decks/organization.yaml by default).
  deck: { folder: "decks", extensions: [".yaml", ".yml"] },
  partial: { folder: "decks/partials", extensions: [".hbs"] },
  // Themes; their logos may live anywhere in the workspace (themes/assets/ by convention).
  theme: { folder: "themes", extensions: [".yaml", ".yml"] },
};

/** The workspace's own top-level folders, holding every input and asset: what `init` copies. */
export const WORKSPACE_FOLDERS: readonly string[] = [
  ...new Set(INPUT_KINDS.map((kind) => INPUT_FOLDERS[kind].folder.split("/")[0]!)),
];

/**
 * Whether a file named `name` in the folder of `kind` is an input of that kind: it ends with one of
 * the kind's extensions (in any case) and is not an editor's lock file (Emacs makes `.#name` beside
 * the file it edits). Editors' swap, backup and temporary files (`.name.swp`, `name~`, `4913`,
 * `#name#`, `name.vsctmp`, `name___jb_tmp___`) end otherwise, so they are never inputs.
 */
export function isInputName(kind: InputKind, name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith(".#") && INPUT_FOLDERS[kind].extensions.some((ext) => lower.endsWith(ext));
}

/** The kind of input at `path` (relative to the workspace, `/` or `\` separated), if it is one. */
export function inputKindOf(path: string): InputKind | undefined {
  const parts = path.split(/[\\/]/);
  const folder = parts.slice(0, -1).join("/");
  const name = parts[parts.length - 1] ?? "";
  return INPUT_KINDS.find((kind) => INPUT_FOLDERS[kind].folder === folder && isInputName(kind, name));
}

/** The id a file's name gives it: the name without its extension (`personas/cfo.yaml` → `cfo`). */
export function idOf(path: string): string {
  const name = posix.basename(path.split("\\").join("/"));
  return name.slice(0, name.length - posix.extname(name).length);
}
