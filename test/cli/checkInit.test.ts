import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { CHECK_RULE_INFO, type CheckRuleId } from "../../src/schema/check.js";
import { runCli } from "../support/runCli.js";
import { tempDir } from "../support/tempDir.js";

/** `briefings check` on what `init` writes: every leftover listed until the user replaces it. */

interface JsonFinding {
  rule: CheckRuleId;
  file: string;
  line: number;
  column: number;
  message: string;
  hint: string;
  deck: string;
  audience: string;
  slide?: { number: number; title: string };
}

async function initWorkspace(): Promise<string> {
  const cwd = await tempDir("briefings-check-init-");
  expect((await runCli(["init", "ws"], cwd)).code).toBe(0);
  return join(cwd, "ws");
}

async function check(ws: string, ...args: string[]) {
  const result = await runCli(["check", "--root", ws, ...args], ws);
  const json = args.includes("--json")
    ? (JSON.parse(result.stdout) as { ok: boolean; findings: JsonFinding[] })
    : undefined;
  return { ...result, json };
}

const isLeftover = (f: JsonFinding) => CHECK_RULE_INFO[f.rule].category === "leftovers";

/** Replace a file's text through `edit`. */
async function edit(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, "utf8");
  const after = change(before);
  expect(after, file).not.toBe(before);
  await writeFile(file, after);
}

/** Everything a new user replaces: identity, presenter, the executive, the date, the logo; TODO comments gone. */
async function replaceLeftovers(ws: string): Promise<void> {
  const dropTodos = (text: string) => text.replace(/^\s*# TODO.*\n/gm, "").replace(/ # TODO:.*$/gm, "");
  await edit(join(ws, "decks", "organization.yaml"), (t) =>
    dropTodos(t)
      .replaceAll("Your Company", "Northwind Freight") // its name, and the publisher of each of its sources
      .replace(/name: Your Name/, "name: Sam Lee")
      .replace("you@example.com", "sam.lee@northwind-freight.com"),
  );
  await edit(join(ws, "decks", "adoption-briefing.yaml"), (t) =>
    dropTodos(t)
      .replaceAll("Your Company", "Northwind Freight")
      .replace(/^date: .*$/m, "date: 2027-02-01")
      .replaceAll("Dana Whitfield", "Jordan Blake")
      .replaceAll("dana-whitfield", "jordan-blake"),
  );
  const logo = new PNG({ width: 40, height: 12 });
  logo.data.fill(0x33);
  await writeFile(join(ws, "themes", "assets", "logo-northwind.png"), PNG.sync.write(logo));
  await edit(join(ws, "themes", "default.yaml"), (t) =>
    dropTodos(t)
      .replace("assets/logo-default.png", "assets/logo-northwind.png")
      .replace(/altText: .*$/m, "altText: Northwind Freight logo, a grey band"),
  );
}

describe("briefings check on a fresh init workspace", () => {
  it("lists every leftover, each with where to fix it, and --strict fails", async () => {
    const ws = await initWorkspace();
    const { code, json } = await check(ws, "--json", "--today", "2027-01-15");
    expect(code).toBe(0);
    const findings = json!.findings;
    const leftovers = findings.filter(isLeftover);
    const has = (rule: CheckRuleId, message: RegExp, file: string) => {
      expect(
        leftovers.some((f) => f.rule === rule && message.test(f.message) && f.file === join(ws, file) && f.line > 0),
        `${rule} ${String(message)} in ${file}`,
      ).toBe(true);
    };
    has("placeholder-text", /"Your Company"/, "decks/organization.yaml");
    has("placeholder-text", /"Your Name"/, "decks/organization.yaml");
    has("placeholder-text", /"Your Company" .* logo's alternative text|"Your Company"/, "themes/default.yaml");
    has("example-domain", /you@example\.com/, "decks/organization.yaml");
    has("sample-executive", /Dana Whitfield/, "decks/adoption-briefing.yaml");
    has("sample-logo", /sample logo/, "themes/default.yaml");
    has("past-date", /before today \(2027-01-15\)/, "decks/adoption-briefing.yaml");
    // init's TODO comments: the deck's subtitle, date and executive, the theme's logo, the organization's fields.
    for (const what of [/subtitle/, /the day you present/, /the executive you brief/])
      has("todo-comment", what, "decks/adoption-briefing.yaml");
    has("todo-comment", /logo/, "themes/default.yaml");
    has("todo-comment", /Company name/, "decks/organization.yaml");
    // Findings are data: the rule, where to fix it, and (when it is on a slide) the slide as built.
    const presenter = leftovers.find((f) => f.rule === "placeholder-text" && f.message.includes("Your Name"));
    expect(presenter?.slide).toEqual({ number: 1, title: "Cloud spend, turned into business value" });
    expect((await check(ws, "--strict", "--today", "2027-01-15")).code).toBe(1);
  });

  it("lists no leftover once the user has replaced them", async () => {
    const ws = await initWorkspace();
    await replaceLeftovers(ws);
    const { code, json } = await check(ws, "--json", "--today", "2027-01-15");
    expect(code).toBe(0);
    expect(json!.findings.filter(isLeftover)).toEqual([]);
  });

  it("exits 0 with --strict once the leftovers are replaced", async () => {
    const ws = await initWorkspace();
    await replaceLeftovers(ws);
    const { code, stdout } = await check(ws, "--strict", "--today", "2027-01-15");
    expect(stdout).toBe("");
    expect(code).toBe(0);
  });
});

describe("briefings check on the default workspace", () => {
  // The example switches the leftover rules off for its fictional company, each with a reason.
  it("exits 0 with --strict", async () => {
    const root = join(import.meta.dirname, "..", "..");
    const { code, stdout } = await runCli(["check", "--root", root, "--strict"], root);
    expect(stdout).toBe("");
    expect(code).toBe(0);
  });

  it("checks every default audience, each finding with a place to fix it and a hint", async () => {
    const root = join(import.meta.dirname, "..", "..");
    const result = await runCli(["check", "--root", root, "--json"], root);
    const json = JSON.parse(result.stdout) as { findings: JsonFinding[]; checked: unknown[]; errors: unknown[] };
    expect(json.errors).toEqual([]);
    expect(json.checked.length).toBeGreaterThanOrEqual(3);
    for (const f of json.findings) {
      expect(f.file, f.message).toMatch(/\.(ya?ml|hbs)$/);
      expect(f.line, f.message).toBeGreaterThan(0);
      expect(f.hint, f.message).toMatch(/\w/);
    }
  });
});
