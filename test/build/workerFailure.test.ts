import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { BriefingError, BuildContext } from "../../src/errors.js";
import { shareWithWorker } from "../../src/build/produceOutputs.js";
import type { StaleOutput } from "../../src/build/writeOutput.js";

describe("a build worker that fails", () => {
  it("is reported as a warning, and what it took stays unfinished for this thread", async () => {
    // A worker that dies before answering (as one out of memory on a huge deck would).
    const worker = new Worker("throw new Error('out of memory')", { eval: true });
    const stale = [{ output: { key: "deck/cfo" } as StaleOutput }, { output: { key: "deck/cto" } as StaleOutput }];
    let next = 0;
    const take = (count: number) => {
      const start = next;
      next = Math.min(next + count, stale.length);
      return Array.from({ length: next - start }, (_, i) => start + i);
    };
    const finished: number[] = [];
    const context = new BuildContext();
    const errors: BriefingError[] = [];
    await shareWithWorker(worker, stale, take, (i) => finished.push(i), context, errors);
    expect(finished).toEqual([]);
    expect(errors).toEqual([]);
    expect(context.warnings).toEqual([
      { message: expect.stringMatching(/^a build worker stopped \(out of memory\)/) as unknown },
    ]);
  });
});
