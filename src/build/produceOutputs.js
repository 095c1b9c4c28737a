import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { BriefingError, BuildContext } from "../errors.js";
import { createPlanner } from "./planBuild.js";
import { writeOutput } from "./writeOutput.js";
/** Below this many outputs, starting a worker (it loads the libraries and the workspace again) costs more than it saves. */
export const WORKER_THRESHOLD = 24;
const CHUNK = 4;
const WORKER_HEAP = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 };
/**
 * Render, lay out and write the stale outputs. Large batches are shared between this thread and
 * worker threads that take chunks from one queue as they free up. Results come back in input order.
 */
export async function produceOutputs(workspace, stale, options) {
    const context = new BuildContext();
    const errors = [];
    const plan = createPlanner(workspace, context, errors);
    const results = new Array(stale.length);
    let next = 0;
    const take = (count) => {
        const start = next;
        next = Math.min(stale.length, next + count);
        return Array.from({ length: next - start }, (_, i) => start + i);
    };
    const workers = Array.from({ length: workerCount(stale.length, options.workers) }, () => runWorker({ root: workspace.root, today: options.today, generator: options.generator }, stale, take, results, context, errors));
    for (let i = take(1)[0]; i !== undefined; i = take(1)[0]) {
        const { target, output } = stale[i];
        results[i] = await writeOutput(plan(target), output);
    }
    await Promise.all(workers);
    // Whatever a worker left undone (it crashed, or ran out of its memory on a huge deck) is built here.
    for (const [i, { target, output }] of stale.entries())
        results[i] ??= await writeOutput(plan(target), output);
    return { results: results.filter((r) => r !== undefined), threads: workers.length + 1, errors: dedupe(errors), warnings: context.warnings };
}
function workerCount(outputs, requested) {
    // Workers run the compiled module; tests that import the TypeScript sources build in this thread.
    if (!import.meta.url.endsWith(".js"))
        return 0;
    if (requested !== undefined)
        return Math.max(0, Math.floor(requested));
    if (outputs < WORKER_THRESHOLD)
        return 0;
    return Math.min(availableParallelism() - 1, Math.ceil(outputs / WORKER_THRESHOLD), 7);
}
function runWorker(setup, stale, take, results, context, errors) {
    return new Promise((resolve) => {
        // A capped heap keeps a large batch's peak memory down (V8 otherwise lets garbage pile up); a deck
        // too big for it fails the worker, and this thread builds what it left undone.
        const worker = new Worker(new URL("./buildWorker.js", import.meta.url), { workerData: setup, resourceLimits: WORKER_HEAP });
        let assigned = [];
        const send = () => {
            assigned = take(CHUNK);
            const request = assigned.length > 0 ? { items: assigned.map((i) => stale[i].output) } : { stop: true };
            worker.postMessage(request);
        };
        worker.on("message", (reply) => {
            reply.results.forEach((result, k) => {
                const index = assigned[k];
                results[index] = { output: stale[index].output, built: result.built, errors: result.errors.map(revive) };
            });
            errors.push(...reply.errors.map(revive));
            for (const warning of reply.warnings)
                context.warn(warning);
            send();
        });
        // A worker that fails (out of memory on a huge deck, say) leaves its items to this thread.
        worker.on("error", () => { });
        worker.on("exit", () => resolve());
    });
}
/** Errors cross threads as plain data. */
function revive(data) {
    const { message, ...details } = data;
    return new BriefingError(message, details);
}
/** Each worker reports the same workspace-wide problems (a broken partial): keep one of each. */
function dedupe(errors) {
    const seen = new Set();
    return errors.filter((e) => {
        const key = `${e.file}:${e.line}:${e.column}:${e.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
