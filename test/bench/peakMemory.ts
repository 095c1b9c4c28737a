// Loaded with `node --import` into a process the benchmark measures: on exit, writes the process's
// peak resident memory (worker threads included) to the file named by BENCH_PEAK_FILE, and its CPU
// time (user + system, all threads, in seconds) to BENCH_CPU_FILE when set.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_PEAK_FILE;
const cpuFile = process.env.BENCH_CPU_FILE;
process.on("exit", () => {
  const usage = process.resourceUsage();
  if (file) writeFileSync(file, String(usage.maxRSS / 1024));
  if (cpuFile) writeFileSync(cpuFile, String((usage.userCPUTime + usage.systemCPUTime) / 1e6));
});
