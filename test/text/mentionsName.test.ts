import { describe, expect, it } from "vitest";
import { mentionsName } from "../../src/text/mentionsName.js";

describe("mentionsName", () => {
  it("finds a name as a whole word, whatever its case", () => {
    expect(mentionsName("Decision: Dana Whitfield, by March", "Dana Whitfield")).toBe(true);
    expect(mentionsName("the cfo signs", "CFO")).toBe(true);
    expect(mentionsName("(CFO)", "CFO")).toBe(true);
    expect(mentionsName("Ask the Directeur financier", "directeur financier")).toBe(true);
  });
  it("does not find it inside another word, or when absent", () => {
    expect(mentionsName("Danaher approves", "Dana")).toBe(false);
    expect(mentionsName("CFOs approve", "CFO")).toBe(false);
    expect(mentionsName("Élodie decides", "lodie")).toBe(false);
    expect(mentionsName("nobody", "")).toBe(false);
    expect(mentionsName("the CTO", "CFO")).toBe(false);
  });
  it("finds a later whole-word match after an embedded one", () => {
    expect(mentionsName("Danaher, then Dana", "Dana")).toBe(true);
  });
});
