import { parentPort, workerData } from "node:worker_threads";
import { BriefingError, BuildContext, problemData, type BriefingWarning, type ProblemData } from "../errors.js";
import type { LoadedBilling } from "../billing/loadedBilling.js";
import { loadWorkspace } from "../load/loadWorkspace.js";
import { resolveAudience } from "../resolve/resolveAudience.js";
import { validateWorkspace } from "../validate/validateWorkspace.js";
import { type Workspace } from "../model/workspace.js";
import type { BuiltDeck } from "./report.js";
import { createPlanner } from "./planBuild.js";
import { targetHash } from "./targetHash.js";
import { writeOutput, type StaleOutput } from "./writeOutput.js";

/** What a build worker is started with. */
export interface WorkerSetup {
  root: string;
  today: string;
  generator: string;
  /** Also write the brief and presenter script. */
  brief: boolean;
  /** The main thread's billing summaries by organization file: a worker never reads billing data again. */
  billing: [string, LoadedBilling][];
}

/** A chunk of outputs to build, or the signal to finish. */
export type WorkerRequest = { items: StaleOutput[] } | { stop: true };

/** The results of the last chunk (none for the first message, which says the worker is ready). */
export interface WorkerReply {
  results: { built?: BuiltDeck; errors: ProblemData[] }[];
  errors: ProblemData[];
  warnings: BriefingWarning[];
}

// A worker builds a share of a large batch. It loads and validates the workspace itself (a validated
// workspace does not cross threads), and refuses any output whose inputs changed since the main
// thread hashed them, so the manifest never records a hash the deck was not built from.
const port = parentPort!;
const setup = workerData as WorkerSetup;
const validation = validateWorkspace(await loadWorkspace(setup.root, { billing: new Map(setup.billing) }));
const workspace: Workspace | undefined = validation.ok ? validation.workspace : undefined;
const context = new BuildContext();
const errors: BriefingError[] = [];
const plan = workspace
  ? createPlanner(workspace, context, errors, { brief: setup.brief, check: { today: setup.today } })
  : undefined;
let reported = { errors: 0, warnings: 0 };

port.on("message", (request: WorkerRequest) => {
  if ("stop" in request) {
    port.close();
    return;
  }
  // A failure here is a bug: it ends the worker with an error the main thread reports.
  void buildChunk(request.items).then((results) => {
    port.postMessage({ results, ...news() } satisfies WorkerReply);
  });
});
port.postMessage({ results: [], ...news() } satisfies WorkerReply);

async function buildChunk(items: readonly StaleOutput[]): Promise<WorkerReply["results"]> {
  const results: WorkerReply["results"] = [];
  for (const item of items) results.push(await buildOne(item));
  return results;
}

async function buildOne(item: StaleOutput): Promise<WorkerReply["results"][number]> {
  const deck = workspace?.decks.get(item.deck);
  const audience = deck?.value.audiences.find((a) => a.id === item.audience);
  if (!workspace || !plan || !deck || !audience) return { errors: [changedDuringBuild(item)] };
  const target = resolveAudience(workspace, deck, audience, setup.today);
  if (targetHash(workspace, target, setup.generator) !== item.hash) return { errors: [changedDuringBuild(item)] };
  const result = await writeOutput(plan(target), item);
  return { built: result.built, errors: result.errors.map(problemData) };
}

function changedDuringBuild(item: StaleOutput): ProblemData {
  return {
    code: "changed-during-build",
    message: `the inputs of ${item.key} changed during the build`,
    hint: "build again",
  };
}

/** Workspace-wide errors and warnings not yet sent. */
function news(): Pick<WorkerReply, "errors" | "warnings"> {
  const out = {
    errors: errors.slice(reported.errors).map(problemData),
    warnings: context.warnings.slice(reported.warnings),
  };
  reported = { errors: errors.length, warnings: context.warnings.length };
  return out;
}
