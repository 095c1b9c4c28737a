import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { lookupPath } from "../../src/render/dataPath.js";
import { FIGURE_INPUTS, missingInput } from "../../src/resolve/figureInputs.js";
import { computeFigures } from "../../src/resolve/figures.js";
import { OrganizationSchema } from "../../src/schema/organization.js";

const repo = join(import.meta.dirname, "..", "..");

describe("FIGURE_INPUTS", async () => {
  // The default organization gives every optional fact: each listed figure is there, and not null.
  const data = parse(await readFile(join(repo, "decks", "organization.yaml"), "utf8")) as unknown;
  const organization = OrganizationSchema.parse(data);
  const figures = computeFigures(organization, { keyMetrics: [] }, "2026-12-01");

  it("names figures that exist, and organization fields the schema has", () => {
    for (const [path, input] of Object.entries(FIGURE_INPUTS)) {
      const figure = lookupPath(figures, path);
      expect(figure.found && figure.value !== null, `figures.${path}`).toBe(true);
      expect(lookupPath({ organization: data }, input).found, input).toBe(true);
    }
  });

  it("finds the data a figure inside an empty one needs", () => {
    expect(missingInput("figures.budget.variance")).toBe("organization.cloudSpend.budget");
    expect(missingInput("figures.forecastError")).toBe("organization.cloudSpend.budget");
    expect(missingInput("figures.spend.annual")).toBeUndefined();
    expect(missingInput("organization.cloudSpend.budget")).toBeUndefined();
  });
});
