import { describe, expect, it } from "vitest";
import { applyOverrides } from "../../src/resolve/applyOverrides.js";
import type { Persona } from "../../src/schema/persona.js";

const persona: Persona = {
  name: "CFO",
  group: "executive",
  titles: ["Chief Financial Officer"],
  primaryGoal: "Predictable spend",
  objectives: ["Visibility"],
  frustrations: ["Surprises", "Chaos"],
  keyMetrics: ["Revenue Growth", "Gross Margins"],
  finopsBenefits: [],
  responsibilities: [],
  keyMessages: ["m1"],
  asks: [],
  source: { title: "t", publisher: "p" },
};

describe("applyOverrides", () => {
  it("returns the persona untouched without overrides", () => {
    expect(applyOverrides(persona, undefined)).toBe(persona);
  });

  it("replaces, then drops, then adds", () => {
    const out = applyOverrides(persona, {
      replace: { primaryGoal: "Forecast within 5%", objectives: ["Margin"] },
      drop: { keyMetrics: ["Revenue Growth"], keyMessages: true },
      add: { frustrations: ["Late surprises"], objectives: ["Board confidence"] },
    });
    expect(out.primaryGoal).toBe("Forecast within 5%");
    expect(out.objectives).toEqual(["Margin", "Board confidence"]);
    expect(out.keyMetrics).toEqual(["Gross Margins"]);
    expect(out.keyMessages).toEqual([]);
    expect(out.frustrations).toEqual(["Surprises", "Chaos", "Late surprises"]);
    expect(persona.frustrations).toEqual(["Surprises", "Chaos"]); // the shared persona is not mutated
  });
});
