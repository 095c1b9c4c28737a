import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { BillingInputs } from "./billing/loadBilling.js";
import { isInside } from "./insideFolder.js";

/** What the last build wrote into an output folder, so the next build can skip what did not change. */
export interface Manifest {
  version: 1;
  /** Fingerprint of the generator that wrote it. */
  generator: string;
  /** Date used for decks without one (YYYY-MM-DD). */
  today: string;
  /** Every input file read, relative to the workspace root, with its hash. */
  inputs: Record<string, string>;
  /**
   * Whether every output was built from exactly these inputs. False when one failed (it keeps its
   * old hash) or was not selected: the next build then checks each output instead of answering
   * from the manifest, and fails again until the input is fixed.
   */
  complete?: boolean;
  /** Every `deck/audience` the workspace defined at the last build. */
  targets: string[];
  /** Outputs by `deck/audience`. */
  outputs: Record<string, ManifestOutput>;
  /** The billing data files each organization's figures were made from, with their cache keys. */
  billing?: (BillingInputs & { key: string })[];
}

/** One deck the manifest knows about. */
export interface ManifestOutput {
  deck: string;
  audience: string;
  /** Hash of everything this output was built from. */
  hash: string;
  /** Path relative to the output folder. */
  file: string;
  slides: number;
  bytes: number;
  /** Files written next to the deck (brief, presenter script, PDFs), relative to the output folder. */
  companions?: string[];
  /** How many findings `briefings check` had for the deck when it was built. */
  findings?: number;
}

/** The manifest file's name inside the output folder. */
export const MANIFEST_FILE = ".briefings-manifest.json";

/**
 * Read the manifest of an output folder; undefined when there is none, it is unreadable, or it
 * does not have the expected shape. Builds delete the outputs it lists, so an output whose `file`
 * is not a .pptx inside the output folder (a tampered or hand-edited manifest) voids it all.
 */
export async function readManifest(outDir: string): Promise<Manifest | undefined> {
  try {
    const data = JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), "utf8")) as Manifest;
    if (data === null || typeof data !== "object" || data.version !== 1 || !Array.isArray(data.targets))
      return undefined;
    if (!isRecord(data.inputs) || !isRecord(data.outputs)) return undefined;
    if (!data.targets.every((t) => typeof t === "string")) return undefined;
    if (!Object.values(data.inputs).every((h) => typeof h === "string")) return undefined;
    if (data.billing !== undefined && !(Array.isArray(data.billing) && data.billing.every(isBillingInputs)))
      return undefined;
    return Object.values(data.outputs).every((o) => isSafeOutput(outDir, o)) ? data : undefined;
  } catch {
    return undefined;
  }
}

function isBillingInputs(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { organization, patterns, files, key } = value;
  return (
    typeof organization === "string" &&
    typeof key === "string" &&
    Array.isArray(patterns) &&
    patterns.every((p) => typeof p === "string") &&
    isRecord(files) &&
    Object.values(files).every((f) => typeof f === "string")
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function isSafeOutput(outDir: string, output: unknown): output is ManifestOutput {
  if (!isRecord(output)) return false;
  const { deck, audience, hash, file, slides, bytes, companions, findings } = output;
  if (typeof deck !== "string" || typeof audience !== "string" || typeof hash !== "string" || typeof file !== "string")
    return false;
  if (typeof slides !== "number" || typeof bytes !== "number") return false;
  if (findings !== undefined && typeof findings !== "number") return false;
  // Briefs, presenter scripts and PDFs are deleted too: Markdown and PDF files inside the output folder only.
  if (
    companions !== undefined &&
    !(
      Array.isArray(companions) &&
      companions.every(
        (c) =>
          typeof c === "string" &&
          /\.(md|pdf)$/.test(c) &&
          isInside(outDir, join(outDir, c)) &&
          !c.split(/[\\/]/).includes(".."),
      )
    )
  )
    return false;
  return isOutputFile(outDir, join(outDir, file));
}

/** Whether `file` is a deck this tool may replace or delete: a .pptx strictly inside `outDir`. */
export function isOutputFile(outDir: string, file: string): boolean {
  return file.endsWith(".pptx") && isInside(outDir, file) && resolve(outDir) !== resolve(file);
}
