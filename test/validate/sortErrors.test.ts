import { describe, expect, it } from "vitest";
import { BriefingError } from "../../src/errors.js";
import { sortErrors } from "../../src/validate/validateWorkspace.js";

describe("sortErrors", () => {
  it("orders errors by file, then line, then column; ties keep the order found", () => {
    const e = (file: string | undefined, line?: number, column?: number, message = "m") =>
      new BriefingError(message, { code: "invalid-value", file, line, column });
    const errors = [
      e("/w/personas/b.yaml", 2, 1),
      e("/w/decks/a.yaml", 9, 3),
      e("/w/personas/b.yaml", 1, 5, "first"),
      e("/w/personas/b.yaml", 1, 5, "second"),
      e(undefined),
      e("/w/decks/a.yaml", 9, 1),
    ];
    expect(sortErrors(errors).map((x) => `${x.file ?? "-"}:${x.line ?? ""}:${x.column ?? ""}:${x.message}`)).toEqual([
      "-:::m",
      "/w/decks/a.yaml:9:1:m",
      "/w/decks/a.yaml:9:3:m",
      "/w/personas/b.yaml:1:5:first",
      "/w/personas/b.yaml:1:5:second",
      "/w/personas/b.yaml:2:1:m",
    ]);
  });
});
