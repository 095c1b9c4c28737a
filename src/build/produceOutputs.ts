import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { BriefingError, BuildContext, type BriefingWarning } from "../errors.js";
import type { BuildTarget } from "../resolve/resolveAudience.js";
import type { Workspace } from "../model/workspace.js";
import { createPlanner } from "./planBuild.js";
import { writeOutput, type OutputResult, type StaleOutput } from "./writeOutput.js";
import type { WorkerReply, WorkerRequest, WorkerSetup } from "./buildWorker.js";

/**
 * Below this many outputs, starting a worker (it loads the libraries and the workspace again) costs
 * more than it saves.
 */
export const WORKER_THRESHOLD = 24;
const CHUNK = 4;
const WORKER_HEAP = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 };

/** Options for {@link produceOutputs}. */
export interface ProduceOptions {
  /** Date for decks that set none. */
  today: string;
  /** Fingerprint of the generator (workers check their hashes against it). */
  generator: string;
  /** Extra worker threads: 0 builds in this thread only; default: one per core beyond two for large batches. */
  workers?: number;
  /** Also write the leave-behind brief and the presenter script next to each deck. */
  brief?: boolean;
  /** Called as each output is done, in whatever thread it was built. */
  onProgress?: (progress: { done: number; total: number; deck: string; audience: string }) => void;
}

/** Everything a batch of outputs produced. */
export interface ProduceResult {
  results: OutputResult[];
  /** Threads that built decks: 1 for this one alone. */
  threads: number;
  errors: BriefingError[];
  warnings: BriefingWarning[];
}

/**
 * Render, lay out and write the stale outputs. Large batches are shared between this thread and
 * worker threads that take chunks from one queue as they free up. Results come back in input order.
 */
export async function produceOutputs(
  workspace: Workspace,
  stale: readonly { target: BuildTarget; output: StaleOutput }[],
  options: ProduceOptions,
): Promise<ProduceResult> {
  const context = new BuildContext();
  const errors: BriefingError[] = [];
  const plan = createPlanner(workspace, context, errors, { brief: options.brief, check: { today: options.today } });
  const results = Array.from<OutputResult | undefined>({ length: stale.length });
  let done = 0;
  const finish = (index: number, result: OutputResult) => {
    results[index] = result;
    options.onProgress?.({
      done: ++done,
      total: stale.length,
      deck: result.output.deck,
      audience: result.output.audience,
    });
  };
  let next = 0;
  const take = (count: number) => {
    const start = next;
    next = Math.min(stale.length, next + count);
    return Array.from({ length: next - start }, (_, i) => start + i);
  };

  const setup: WorkerSetup = {
    root: workspace.root,
    today: options.today,
    generator: options.generator,
    brief: options.brief ?? false,
    billing: [...workspace.organizations].flatMap(([path, o]) => (o.billing ? [[path, o.billing]] : [])),
  };
  const workers = Array.from({ length: workerCount(stale.length, options.workers) }, () =>
    shareWithWorker(startWorker(setup), stale, take, finish, context, errors),
  );
  for (let i = take(1)[0]; i !== undefined; i = take(1)[0]) {
    const { target, output } = stale[i]!;
    finish(i, await writeOutput(plan(target), output));
  }
  await Promise.all(workers);
  // Whatever a worker left undone (it crashed, or ran out of its memory on a huge deck) is built here.
  for (const [i, { target, output }] of stale.entries())
    if (!results[i]) finish(i, await writeOutput(plan(target), output));
  return {
    results: results.filter((r): r is OutputResult => r !== undefined),
    threads: workers.length + 1,
    errors: dedupe(errors),
    warnings: context.warnings,
  };
}

function workerCount(outputs: number, requested: number | undefined): number {
  // Workers run the compiled module; tests that import the TypeScript sources build in this thread.
  if (import.meta.url.endsWith(".ts")) return 0;
  if (requested !== undefined) return Math.max(0, Math.floor(requested));
  if (outputs < WORKER_THRESHOLD) return 0;
  // A build thread keeps about one and a half cores busy (V8's collector works beside it on helper
  // threads). On two cores a worker made 500 decks no faster (×0.95–1.03 in three bench runs) and
  // took 100 MB more, so workers start from the third core.
  return Math.max(0, Math.min(availableParallelism() - 2, Math.ceil(outputs / WORKER_THRESHOLD), 7));
}

function startWorker(setup: WorkerSetup): Worker {
  // A capped heap keeps a large batch's peak memory down (V8 otherwise lets garbage pile up); a deck
  // too big for it fails the worker, and this thread builds what it left undone.
  return new Worker(new URL("./buildWorker.js", import.meta.url), { workerData: setup, resourceLimits: WORKER_HEAP });
}

/**
 * Hand a worker chunks of the stale outputs (`take`) until none are left, recording what it built
 * (`finish`), its errors and warnings. Resolves when the worker has exited, whether it finished or
 * failed; a failure is a warning, and what the worker took but did not finish stays unfinished.
 */
export function shareWithWorker(
  worker: Worker,
  stale: readonly { output: StaleOutput }[],
  take: (count: number) => number[],
  finish: (index: number, result: OutputResult) => void,
  context: BuildContext,
  errors: BriefingError[],
): Promise<void> {
  return new Promise((resolve) => {
    let assigned: number[] = [];
    const send = () => {
      assigned = take(CHUNK);
      const request: WorkerRequest =
        assigned.length > 0 ? { items: assigned.map((i) => stale[i]!.output) } : { stop: true };
      worker.postMessage(request);
    };
    worker.on("message", (reply: WorkerReply) => {
      reply.results.forEach((result, k) => {
        const index = assigned[k]!;
        finish(index, { output: stale[index]!.output, built: result.built, errors: result.errors.map(revive) });
      });
      errors.push(...reply.errors.map(revive));
      for (const warning of reply.warnings) context.warn(warning);
      send();
    });
    // A worker that fails (out of memory on a huge deck, say) leaves its items to this thread,
    // which builds them after the others: the build goes on, and says so.
    worker.on("error", (error) => {
      context.warn({
        message: `a build worker stopped (${error.message}); this thread built what it left undone`,
      });
    });
    worker.on("exit", () => {
      resolve();
    });
  });
}

/** Errors cross threads as plain data. */
function revive(data: WorkerReply["errors"][number]): BriefingError {
  const { message, code, ...details } = data;
  return new BriefingError(message, { ...details, code: code ?? "worker-failed" });
}

/** Each worker reports the same workspace-wide problems (a broken partial): keep one of each. */
function dedupe(errors: BriefingError[]): BriefingError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.file}:${e.line}:${e.column}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
