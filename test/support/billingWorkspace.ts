import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { main } from "../../src/cli/main.js";
import { tempDir } from "./tempDir.js";

const minimal = join(import.meta.dirname, "..", "fixtures", "minimal");

/** A copy of the minimal workspace whose organization (decks/org.yaml) names billing data. */
export async function billingWorkspace(
  files: Record<string, string | Uint8Array>,
  billingYaml: string,
): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await tempDir("briefings-billing-");
  await cp(minimal, root, { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
  }
  await withBilling(join(root, "decks", "org.yaml"), billingYaml);
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

/**
 * Give the organization file at `path` billing data: append the `billing` block and remove what the
 * billing data then measure (the monthly spend; the unallocated share when allocation tags are set),
 * which may not be typed as well.
 */
export async function withBilling(path: string, billingYaml: string): Promise<void> {
  let yaml = (await readFile(path, "utf8")).replace(/^cloudSpend:\n( {2}.*\n)+/m, "");
  if (/^allocationTags:/m.test(billingYaml)) yaml = yaml.replace(/^unallocatedShare:.*\n/m, "");
  await writeFile(path, `${yaml}billing:\n${billingYaml.replace(/^/gm, "  ")}\n`);
}

/** One figure as `briefings figures --json` prints it. */
export interface PrintedFigure {
  name: string;
  value: number | null;
  label?: string;
  source: string;
  files?: string[];
  rows?: number;
  period?: { from: string; to: string };
  currency?: string;
  definition?: string;
  file?: string;
  line?: number;
  field?: string;
}

/** Run `briefings figures --json` in-process: the exit code and the first organization's figures by name. */
export async function printedFigures(root: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(["figures", "--json", "--root", root], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: root,
  });
  const data = JSON.parse(stdout) as {
    ok: boolean;
    errors?: { message: string }[];
    organizations?: {
      billing: { rowsRead: number; rows: number; notes: string[]; sourceLine: string } | null;
      figures: PrintedFigure[];
    }[];
  };
  const org = data.organizations?.[0];
  return {
    code,
    stderr,
    errors: data.errors ?? [],
    billing: org?.billing ?? null,
    figures: new Map((org?.figures ?? []).map((f) => [f.name, f])),
  };
}
