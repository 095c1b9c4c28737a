import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The repository root. */
export const REPO = join(import.meta.dirname, "..", "..");

/** The command users run: package.json's `bin` (the compiled CLI that `npm test` builds first). */
export const BIN = join(
  REPO,
  (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { bin: { briefings: string } }).bin.briefings,
);
