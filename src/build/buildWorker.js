import { parentPort, workerData } from "node:worker_threads";
import { BriefingError, BuildContext } from "../errors.js";
import { loadWorkspace } from "../load/loadWorkspace.js";
import { resolveAudience } from "../resolve/resolveAudience.js";
import { validateWorkspace } from "../validate/validateWorkspace.js";
import { createPlanner } from "./planBuild.js";
import { targetHash } from "./targetHash.js";
import { writeOutput } from "./writeOutput.js";
const toData = (e) => ({ message: e.message, file: e.file, line: e.line, column: e.column, path: e.path, hint: e.hint });
// A worker builds a share of a large batch. It loads and validates the workspace itself (a validated
// workspace does not cross threads), and refuses any output whose inputs changed since the main
// thread hashed them, so the manifest never records a hash the deck was not built from.
const port = parentPort;
const setup = workerData;
const validation = validateWorkspace(await loadWorkspace(setup.root));
const workspace = validation.ok ? validation.workspace : undefined;
const context = new BuildContext();
const errors = [];
const plan = workspace ? createPlanner(workspace, context, errors) : undefined;
let reported = { errors: 0, warnings: 0 };
port.on("message", async (request) => {
    if ("stop" in request) {
        port.close();
        return;
    }
    const results = [];
    for (const item of request.items)
        results.push(await buildOne(item));
    port.postMessage({ results, ...news() });
});
port.postMessage({ results: [], ...news() });
async function buildOne(item) {
    const deck = workspace?.decks.get(item.deck);
    const audience = deck?.value.audiences.find((a) => a.id === item.audience);
    if (!workspace || !plan || !deck || !audience)
        return { errors: [changedDuringBuild(item)] };
    const target = resolveAudience(workspace, deck, audience, setup.today);
    if (targetHash(workspace, target, setup.generator) !== item.hash)
        return { errors: [changedDuringBuild(item)] };
    const result = await writeOutput(plan(target), item);
    return { built: result.built, errors: result.errors.map(toData) };
}
function changedDuringBuild(item) {
    return { message: `the inputs of ${item.key} changed during the build`, hint: "build again" };
}
/** Workspace-wide errors and warnings not yet sent. */
function news() {
    const out = { errors: errors.slice(reported.errors).map(toData), warnings: context.warnings.slice(reported.warnings) };
    reported = { errors: errors.length, warnings: context.warnings.length };
    return out;
}
