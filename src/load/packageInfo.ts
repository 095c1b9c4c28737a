import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** This tool's own package: where it is installed and its version. */
export interface PackageInfo {
  /** The folder holding package.json, the default personas, decks and themes. */
  root: string;
  version: string;
}

let info: PackageInfo | undefined;

/**
 * Find the package from the running code: the nearest folder above it with our package.json
 * (the code runs from dist/ when built and from src/<stage>/ in tests).
 */
export function packageInfo(): PackageInfo {
  if (info) return info;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "finops-briefings") return (info = { root: dir, version: pkg.version ?? "0.0.0" });
    } catch {
      // no package.json here: look further up
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("finops-briefings: cannot find the package's own package.json");
    dir = parent;
  }
}
