import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../support/runCli.js";
import { tempDir } from "../support/tempDir.js";

const fixtures = join(import.meta.dirname, "..", "fixtures");

async function workspace(): Promise<string> {
  const ws = await tempDir("briefings-check-build-");
  await cp(join(fixtures, "checked"), ws, { recursive: true });
  return ws;
}

describe("build counts what check finds", () => {
  it("in one line, also for unchanged decks, hidden by --quiet, as data with --json", async () => {
    const ws = await workspace();
    const deck = join(ws, "decks", "brief.yaml");
    // Plant two findings: a slide without notes (both audiences) and a typed percentage (CFO only).
    await writeFile(
      deck,
      (await readFile(deck, "utf8"))
        .replace("    notes: The trend has no seasonal dip; new workloads drive it.\n", "")
        .replace("reviewed with finance every quarter", "30% more accurate")
        // build judges dates against the real today: a date far ahead plants no past-date finding.
        .replace("date: 2026-07-01", "date: 2099-01-01"),
    );
    const first = await runCli(["build", "--root", ws], ws);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^check: 3 findings in 2 decks; briefings check lists them$/m);
    const again = await runCli(["build", "--root", ws], ws);
    expect(again.stderr).toMatch(/^0 built, 2 unchanged/m);
    expect(again.stderr).toMatch(/^check: 3 findings in 2 decks/m);
    const quiet = await runCli(["build", "--root", ws, "--quiet"], ws);
    expect(quiet.stderr).not.toMatch(/check:/);
    const json = await runCli(["build", "--root", ws, "--json"], ws);
    expect((JSON.parse(json.stdout) as { findings: number }).findings).toBe(3);
    const checked = await runCli(["check", "--root", ws, "--json"], ws);
    expect((JSON.parse(checked.stdout) as { findings: unknown[] }).findings).toHaveLength(3);
  });
});
