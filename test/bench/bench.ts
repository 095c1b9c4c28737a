// `npm run bench`: whole-process timings measured side by side in one run (the machine may be
// shared and noisy, so rounds interleave the commands and medians are reported with their range).
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { billingBench } from "./billingBench.js";
import { generateWorkspace } from "./generateWorkspace.js";

const run = promisify(execFile);
const repo = process.cwd();
// The shipped, compiled library (what `npm run bench` just built), typed from the sources.
const { loadWorkspace, planBuild, selectTargets, validateWorkspace, watchWorkspace } = (await import(
  pathToFileURL(join(repo, "dist", "index.js")).href
)) as typeof import("../../src/index.js");
const here = dirname(fileURLToPath(import.meta.url));
// The command as users run it: package.json's bin.
const bin = join(
  repo,
  (JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { bin: { briefings: string } }).bin.briefings,
);
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
const scratch = await mkdtemp(join(tmpdir(), "briefings-bench-"));

/** FOCUS exports of 10M (Parquet) and 1M (CSV.gz) rows to figures, against a bare DuckDB query. */
async function printBillingBench(): Promise<boolean> {
  const billingRounds = Number(process.env.BENCH_BILLING_ROUNDS ?? 3);
  const peakModule = pathToFileURL(join(here, "peakMemory.js")).href;
  const { lines, ok } = await billingBench({ repo, bin, peakModule, rounds: billingRounds });
  console.log(`\nbilling data to figures — ${billingRounds} rounds, median (min–max), whole processes\n`);
  for (const l of lines) console.log(`  ${l}`);
  console.log("");
  return ok;
}
// `BENCH_ONLY=billing npm run bench` measures only that (the rest takes a while on a shared machine).
if (process.env.BENCH_ONLY === "billing") {
  process.exitCode = (await printBillingBench()) ? 0 : 1;
  await rm(scratch, { recursive: true, force: true });
  process.exit();
}

/** Seconds a command takes, start to exit. */
async function timed(args: string[]): Promise<number> {
  const started = process.hrtime.bigint();
  await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[]) => `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`;

// The default workspace, copied so the benchmark never touches the repository's out/.
const workspace = await generateWorkspace(repo, 0, scratch);

// The slides of every default deck, laid out by the tool, for the bare pptxgenjs floor to draw.
const validation = validateWorkspace(await loadWorkspace(workspace));
if (!validation.ok) throw new Error(validation.errors.map((e) => e.message).join("\n"));
const plan = planBuild(validation.workspace, selectTargets(validation.workspace, {}).targets);
const decksJson = join(scratch, "decks.json");
const laidOut = plan.planned.map((p) => ({ ...p.laidOut!, logo: undefined, name: p.audience }));
const slideCount = laidOut.reduce((n, d) => n + d.slides.length, 0);
await writeFile(decksJson, JSON.stringify(laidOut));

const unchangedOut = join(scratch, "unchanged");
await timed([bin, "build", "--root", workspace, "--out", unchangedOut]);

// The floors the libraries set (startupFloor.ts and libraryFloor.ts say what each does), bundled as
// dist/ is: an unbundled zod alone loads slower than the whole CLI.
const floors = join(repo, "node_modules", ".cache", "finops-bench", "floors");
await build({
  entryPoints: ["startupFloor", "libraryFloor"].map((name) => join(repo, "test", "bench", `${name}.ts`)),
  outdir: floors,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  logLevel: "warning",
  external: ["@duckdb/node-bindings"],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

const times = {
  node: [] as number[],
  bare: [] as number[],
  cold: [] as number[],
  libraryFloor: [] as number[],
  unchanged: [] as number[],
  startupFloor: [] as number[],
};
for (let r = 0; r < rounds; r++) {
  times.node.push(await timed(["-e", "0"]));
  const bareOut = join(scratch, `bare-${r}`);
  await mkdir(bareOut);
  times.bare.push(await timed([join(here, "barePptxgenjs.js"), decksJson, bareOut]));
  times.libraryFloor.push(await timed([join(floors, "libraryFloor.js"), decksJson, bareOut, workspace]));
  times.cold.push(await timed([bin, "build", "--root", workspace, "--out", join(scratch, `cold-${r}`)]));
  times.unchanged.push(await timed([bin, "build", "--root", workspace, "--out", unchangedOut]));
  times.startupFloor.push(await timed([join(floors, "startupFloor.js"), "build", "--out", unchangedOut]));
}

// Watch: from saving a persona to its deck rewritten on disk, in one long-running session.
const watched = await generateWorkspace(repo, 0, scratch);
const latencies: number[] = [];
{
  const controller = new AbortController();
  let edited = 0;
  let resolveBuild: () => void = () => {};
  const session = watchWorkspace(watched, { signal: controller.signal }, (build) => {
    if (build.changed.length > 0 && build.report.built.length > 0) latencies.push((performance.now() - edited) / 1000);
    resolveBuild();
  });
  const nextBuild = () => new Promise<void>((r) => (resolveBuild = r));
  await nextBuild(); // the first build
  for (let i = 0; i < rounds; i++) {
    const built = nextBuild();
    edited = performance.now();
    await appendFile(join(watched, "personas", "cfo.yaml"), `# edit ${i}\n`);
    await built;
    await new Promise((r) => setTimeout(r, 100));
  }
  controller.abort();
  await session;
}

// Throughput: 500 audiences, built by the CLI as users run it, with the threads the tool chooses and
// with the other choice (one thread, or a worker); peak memory read by a small module loaded into the process.
const large = await generateWorkspace(repo, 500, scratch);
const throughput = async (workers: string) => {
  const peakFile = join(scratch, `peak-${workers}.txt`);
  const cpuFile = join(scratch, `cpu-${workers}.txt`);
  const started = process.hrtime.bigint();
  const { stdout } = await run(
    process.execPath,
    [
      "--import",
      pathToFileURL(join(here, "peakMemory.js")).href,
      bin,
      "build",
      "--root",
      large,
      "--out",
      join(scratch, `large-${workers}`),
      "--force",
      "--json",
      ...(workers === "auto" ? [] : ["--workers", workers]),
    ],
    {
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, BENCH_PEAK_FILE: peakFile, BENCH_CPU_FILE: cpuFile },
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const report = JSON.parse(stdout) as { ok: boolean; built: unknown[]; threads: number };
  return {
    ok: report.ok,
    decks: report.built.length,
    threads: report.threads,
    seconds,
    peakRssMb: Number(await readFile(peakFile, "utf8")),
    cpuSeconds: Number(await readFile(cpuFile, "utf8")),
  };
};
const chosen = await throughput("auto");
const other = await throughput(chosen.threads === 1 ? "1" : "0");
const [single, parallel] = chosen.threads === 1 ? [chosen, other] : [other, chosen];

// The floor for throughput: bare pptxgenjs drawing 500 decks (the default decks over and over) in one thread.
const bare500 = await (async () => {
  const decks = join(scratch, "decks-500.json");
  const outDir = join(scratch, "bare-500");
  const cpuFile = join(scratch, "cpu-bare.txt");
  await writeFile(
    decks,
    JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ ...laidOut[i % laidOut.length]!, name: `deck-${i}` }))),
  );
  await mkdir(outDir);
  const started = process.hrtime.bigint();
  await run(
    process.execPath,
    ["--import", pathToFileURL(join(here, "peakMemory.js")).href, join(here, "barePptxgenjs.js"), decks, outDir],
    { env: { ...process.env, BENCH_CPU_FILE: cpuFile } },
  );
  return {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    cpuSeconds: Number(await readFile(cpuFile, "utf8")),
  };
})();

const cold = median(times.cold);
const bare = median(times.bare);
const unchanged = median(times.unchanged);
const node = median(times.node);
const line = (label: string, value: string, note = "") => {
  console.log(`  ${label.padEnd(40)} ${value.padEnd(28)} ${note}`);
};
const machine = `node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? "?"})`;
console.log(`\nfinops-briefings benchmark — ${machine}, ${rounds} rounds, median (min–max)\n`);
line("node -e 0", `${node.toFixed(3)} s (${range(times.node)})`);
line(
  `bare pptxgenjs script, same ${slideCount} slides`,
  `${bare.toFixed(3)} s (${range(times.bare)})`,
  `${laidOut.length} decks, stored (pptxgenjs does not deflate)`,
);
line(
  `cold build, default workspace`,
  `${cold.toFixed(3)} s (${range(times.cold)})`,
  `${(cold / bare).toFixed(2)}× bare pptxgenjs (target ≤ 2×)`,
);
const libraryFloor = median(times.libraryFloor);
line(
  "  floor: libraries' own work, then bare",
  `${libraryFloor.toFixed(3)} s (${range(times.libraryFloor)})`,
  `${(libraryFloor / bare).toFixed(2)}× bare pptxgenjs (yaml, Handlebars, DuckDB, zod, commander)`,
);
line(
  "unchanged rebuild",
  `${unchanged.toFixed(3)} s (${range(times.unchanged)})`,
  `${(unchanged / node).toFixed(2)}× node -e 0 (target ≤ 1.5×)`,
);
const startupFloor = median(times.startupFloor);
line(
  "  floor: commander + zod read manifest",
  `${startupFloor.toFixed(3)} s (${range(times.startupFloor)})`,
  `${(startupFloor / node).toFixed(2)}× node -e 0`,
);
line(
  "watch: save a persona → deck on disk",
  `${median(latencies).toFixed(3)} s (${range(latencies)})`,
  "includes the 60 ms debounce",
);
const rate = (t: typeof parallel) =>
  `${(t.decks / t.seconds).toFixed(1)} decks/s, peak RSS ${t.peakRssMb.toFixed(0)} MB, ` +
  `${((t.cpuSeconds / t.decks) * 1000).toFixed(0)} ms CPU a deck`;
line(
  `500 audiences, ${parallel.threads} threads${parallel === chosen ? " (default)" : ""}`,
  rate(parallel),
  `${parallel.decks} decks in ${parallel.seconds.toFixed(2)} s (target ≥ 60 decks/s, ≤ 300 MB)`,
);
line(
  `500 audiences, one thread${single === chosen ? " (default)" : ""}`,
  rate(single),
  `${single.decks} decks in ${single.seconds.toFixed(2)} s; workers ×${(single.seconds / parallel.seconds).toFixed(2)}`,
);
line(
  "  bare pptxgenjs, 500 decks, one thread",
  `${(500 / bare500.seconds).toFixed(1)} decks/s, ${((bare500.cpuSeconds / 500) * 1000).toFixed(0)} ms CPU a deck`,
  "the same slides, stored, no templates, layout, check or normalizing",
);
// Every thread's CPU time counts (the garbage collector's helpers too): all cores busy, this is the most.
line(
  "  ceiling at one thread's CPU a deck",
  `${((availableParallelism() * single.decks) / single.cpuSeconds).toFixed(1)} decks/s`,
  `${availableParallelism()} cores kept busy, start-up included`,
);
console.log("");
const billingOk = await printBillingBench();
await rm(scratch, { recursive: true, force: true });
if (!parallel.ok || !single.ok || parallel.decks !== 500 || !billingOk) process.exitCode = 1;
