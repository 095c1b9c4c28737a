import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadWorkspace } from "../../src/load/loadWorkspace.js";
import { validateWorkspace } from "../../src/validate/validateWorkspace.js";

const fixture = (name: string) => join(import.meta.dirname, "..", "fixtures", name);

describe("validateWorkspace", () => {
  it("accepts a valid workspace and keeps each entity's source file", async () => {
    const result = validateWorkspace(await loadWorkspace(fixture("minimal")));
    expect(result.errors).toEqual([]);
    if (!result.ok) return;
    expect([...result.workspace.personas.keys()].sort()).toEqual(["cfo", "cto"]);
    expect(result.workspace.decks.get("brief")!.source.path).toBe(join(fixture("minimal"), "decks", "brief.yaml"));
    expect(result.workspace.organizations.size).toBe(1);
  });

  it("reports every error of every file at once, each with file, line, column and field", async () => {
    const result = validateWorkspace(await loadWorkspace(fixture("broken-persona")));
    expect(result.ok).toBe(false);
    const summary = result.errors.map((e) => ({
      file: e.file?.split("/").slice(-2).join("/"),
      line: e.line,
      column: e.column,
      path: e.path,
      message: e.message,
    }));
    expect(summary).toEqual(
      expect.arrayContaining([
        {
          file: "personas/cfo.yaml",
          line: 5,
          column: 13,
          path: "objectives",
          message: 'expected a list, got text "Cost visibility"',
        },
        {
          file: "personas/cfo.yaml",
          line: 9,
          column: 1,
          path: "favouriteColour",
          message: 'unknown field "favouriteColour"',
        },
        {
          file: "personas/cfo.yaml",
          line: 2,
          column: 1,
          path: "primaryGoal",
          message: 'missing required field "primaryGoal"',
        },
        expect.objectContaining({
          file: "personas/cto.yaml",
          line: 5,
          column: 15,
          message: "YAML syntax: list opened with [ is not closed",
        }),
      ]),
    );
    // The unparseable cto.yaml must not cascade into "unknown persona" errors in the deck.
    expect(result.errors).toHaveLength(4);
    for (const e of result.errors) expect(e.hint).toBeTruthy();
  });
});
