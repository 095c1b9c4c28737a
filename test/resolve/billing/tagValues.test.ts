import { describe, expect, it } from "vitest";
import { tagValues } from "../../../src/resolve/billing/tagValues.js";

describe("tagValues", () => {
  it("trims keys and ignores their case", () => {
    expect(tagValues('{" org": "ViennaAI", "Environment": "dev"}', ["org", "ENVIRONMENT "])).toEqual([
      "ViennaAI",
      "dev",
    ]);
  });

  it("takes the first key with a value, in document order, even where JSON.parse would not", () => {
    expect(tagValues('{"team": "", "Team": "routing", "TEAM": "tracking"}', ["team"])).toEqual(["routing"]);
    expect(tagValues('{"team": "a", "team": "b"}', ["team"])).toEqual(["a"]); // JSON.parse keeps "b"
    expect(tagValues('{" 1": "first", "1": "second"}', ["1"])).toEqual(["first"]); // JSON.parse moves "1" first
    expect(tagValues('{"team": null, "team ": "  ", " team": "ops"}', ["team"])).toEqual(["ops"]);
  });

  it("keeps strings as written, numbers and other values as their JSON text", () => {
    expect(
      tagValues('{"env": " prod ", "cost": 1.50, "on": true, "list": [1, "a"], "o": {"k": "}"}}', [
        "env",
        "cost",
        "on",
        "list",
        "o",
      ]),
    ).toEqual([" prod ", "1.50", "true", '[1, "a"]', '{"k": "}"}']);
  });

  it("reads anything that is not a JSON object as no tags", () => {
    for (const text of [null, "", "NULL", "null", "[1]", '"team"', "{broken", '{"team": "a"} x'])
      expect(tagValues(text, ["team"])).toEqual([null]);
  });
});
