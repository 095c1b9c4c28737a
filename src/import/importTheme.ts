import { basename, extname, join, relative, resolve } from "node:path";
import { stringify } from "yaml";
import { BriefingError } from "../errors.js";
import { Id } from "../schema/common.js";
import { fileSize } from "../load/inputFiles.js";
import { readPresentationTheme } from "../load/readPresentationTheme.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
import { themeFromPresentation, themeYaml } from "./themeFromPresentation.js";
import { INPUT_FOLDERS } from "../model/workspaceLayout.js";

/** Options for {@link importTheme}. */
export interface ImportThemeOptions {
  /**
   * Theme id, i.e. the file name `themes/<id>.yaml` and what decks name it by (default: from the
   * presentation's file name).
   */

  id?: string;
  /** Replace an existing theme (and logo) of the same id. */
  force?: boolean;
}

/** What {@link importTheme} wrote. */
export interface ImportedTheme {
  id: string;
  /** Absolute path of `themes/<id>.yaml`. */
  themeFile: string;
  /** Absolute path of the logo under `themes/assets/`, if the presentation had one. */
  logoFile?: string;
  /** What was adjusted or guessed (also written as comments at the top of the theme file). */
  notes: string[];
}

/**
 * Make a theme from a company's own .pptx/.potx: its scheme colors, fonts, slide size and logo.
 * Writes `themes/<id>.yaml` (and `themes/assets/<id>-logo.png`) in the workspace at `root`.
 */
export async function importTheme(
  root: string,
  presentation: string,
  options: ImportThemeOptions = {},
): Promise<ImportedTheme> {
  const absRoot = resolve(root);
  const file = resolve(presentation);
  const id = options.id ?? idFromFileName(file);
  // The id a deck names the theme by (`theme: <id>`), so it follows the same rule.
  if (!Id.safeParse(id).success) {
    throw new BriefingError(`invalid theme id "${id}"`, {
      code: "bad-id",
      hint: "use lower-case letters, digits and dashes, e.g. --id acme",
    });
  }
  const source = await readPresentationTheme(file);
  const mapped = themeFromPresentation(
    source,
    source.name && source.name !== "Office Theme" ? source.name : titleCase(id),
  );
  const themes = join(absRoot, ...INPUT_FOLDERS.theme.folder.split("/"));
  const themeFile = join(themes, `${id}.yaml`);
  const logoFile = mapped.logo ? join(themes, "assets", `${id}-logo.${mapped.logo.extension}`) : undefined;
  if (!options.force) {
    const existing = [themeFile, logoFile].filter((f) => f !== undefined && fileSize(f) !== undefined);
    if (existing.length > 0) {
      throw new BriefingError(
        `theme "${id}" already exists: ${existing.map((f) => relative(absRoot, f!)).join(", ")}`,

        {
          code: "theme-exists",
          file: existing[0],
          hint: "pass --force to replace it, or --id <name> to import under another name",
        },
      );
    }
  }
  if (mapped.logo && logoFile && mapped.theme.logo) mapped.theme.logo.path = `assets/${basename(logoFile)}`;
  const yaml = themeYaml(mapped.theme, basename(file), mapped.notes, (value) =>
    // Quoted, as in our own themes: YAML 1.1 readers would take a bare 16:9 for a number.
    stringify(value, { lineWidth: 0 }).replace(/^slideSize: (.+)$/m, 'slideSize: "$1"'),
  );
  // The logo first: a theme file never names a logo that is not there.
  if (mapped.logo && logoFile) await writeFileAtomic(logoFile, mapped.logo.picture.data);
  await writeFileAtomic(themeFile, new TextEncoder().encode(yaml));
  return { id, themeFile, logoFile, notes: mapped.notes };
}

function idFromFileName(file: string): string {
  return (
    basename(file, extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "imported"
  );
}

function titleCase(id: string): string {
  return id
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(" ");
}
