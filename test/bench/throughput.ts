// One large build in its own process, reporting time and peak memory as JSON.
// Usage: node throughput.js <workspace> <outDir> <workers: auto|N>
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [root = ".", outDir = "out", workers = "auto"] = process.argv.slice(2);
// The shipped, compiled tool, as a user runs it.
const { buildWorkspace } = (await import(pathToFileURL(join(process.cwd(), "dist", "index.js")).href)) as typeof import("../../src/index.js");
const started = performance.now();
const report = await buildWorkspace(root, { outDir, force: true, workers: workers === "auto" ? undefined : Number(workers) });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ ok: report.ok, decks: report.built.length, threads: report.threads, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
