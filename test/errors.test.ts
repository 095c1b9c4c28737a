import { describe, expect, it } from "vitest";
import { BriefingError } from "../src/errors.js";

describe("BriefingError", () => {
  it("is recognized across copies of its module (the bundled CLI runs its build from a second bundle)", async () => {
    // A query makes Vite load a second, separate instance of the module.
    const specifier = "../src/errors.ts?copy";
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import("../src/errors.js");
    expect(copy.BriefingError).not.toBe(BriefingError);
    expect(new copy.BriefingError("x", { hint: "y" })).toBeInstanceOf(BriefingError);
    expect(new BriefingError("x")).toBeInstanceOf(copy.BriefingError);
    expect(new Error("x")).not.toBeInstanceOf(BriefingError);
    expect(Object.create(null)).not.toBeInstanceOf(BriefingError);
    expect("text" as unknown).not.toBeInstanceOf(BriefingError);
  });
});
