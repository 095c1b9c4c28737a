import * as z from "zod";

/** One deck the manifest knows about. */
export const ManifestOutputSchema = z.object({
  deck: z.string(),
  audience: z.string(),
  /** Hash of everything this output was built from. */
  hash: z.string(),
  /** Path relative to the output folder. */
  file: z.string(),
  slides: z.number(),
  bytes: z.number(),
  /** Files written next to the deck (brief, presenter script, PDFs), relative to the output folder. */
  companions: z.array(z.string()).optional(),
  /** How many findings `briefings check` had for the deck when it was built. */
  findings: z.number().optional(),
});
export type ManifestOutput = z.infer<typeof ManifestOutputSchema>;

/**
 * What the last build wrote into an output folder (`.briefings-manifest.json`), so the next build
 * can skip what did not change. Written by the tool, so read leniently: unknown fields are kept out.
 */
export const ManifestSchema = z.object({
  version: z.literal(1),
  /** Fingerprint of the generator that wrote it. */
  generator: z.string(),
  /** Date used for decks without one (YYYY-MM-DD). */
  today: z.string(),
  /** Every input file read, relative to the workspace root, with its hash. */
  inputs: z.record(z.string(), z.string()),
  /**
   * Whether every output was built from exactly these inputs. False when one failed (it keeps its
   * old hash) or was not selected: the next build then checks each output instead of answering
   * from the manifest, and fails again until the input is fixed.
   */
  complete: z.boolean().optional(),
  /** Every `deck/audience` the workspace defined at the last build. */
  targets: z.array(z.string()),
  /** Outputs by `deck/audience`. */
  outputs: z.record(z.string(), ManifestOutputSchema),
  /** The billing data files each organization's figures were made from, with their cache keys. */
  billing: z
    .array(
      z.object({
        /** The organization file, relative to the workspace. */
        organization: z.string(),
        /** The paths and globs, resolved and relative to the workspace. */
        patterns: z.array(z.string()),
        /** Every file they matched, relative to the workspace, with its fingerprint. */
        files: z.record(z.string(), z.string()),
        key: z.string(),
      }),
    )
    .optional(),
});
export type Manifest = z.infer<typeof ManifestSchema>;
