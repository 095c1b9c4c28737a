import { BriefingError } from "../errors.js";
import { findExecutable } from "../load/findExecutable.js";

/** The programs preview runs, and the Debian packages that provide them. */
export const PREVIEW_TOOLS = [
  { command: "soffice", name: "LibreOffice (soffice)", packages: "libreoffice-impress" },
  { command: "pdftoppm", name: "pdftoppm", packages: "poppler-utils" },
] as const;

/** Paths of soffice and pdftoppm; an error naming what is missing and the packages to install. */
export async function findPreviewTools(path?: string): Promise<{ soffice: string; pdftoppm: string } | BriefingError> {
  const found = await Promise.all(PREVIEW_TOOLS.map((t) => findExecutable(t.command, path)));
  const missing = PREVIEW_TOOLS.filter((_, i) => found[i] === undefined);
  if (missing.length > 0) {
    return new BriefingError(
      `preview needs ${missing.map((t) => t.name).join(" and ")}, which ${missing.length === 1 ? "is" : "are"} not installed (not found on PATH)`,
      {
        hint: `on Debian/Ubuntu: sudo apt-get install ${[...missing.map((t) => t.packages), "fonts-crosextra-carlito", "fonts-liberation2"].join(" ")}`,
      },
    );
  }
  return { soffice: found[0]!, pdftoppm: found[1]! };
}
