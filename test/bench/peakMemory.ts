// Loaded with `node --import` into a process the benchmark measures: on exit, writes the process's
// peak resident memory (worker threads included) to the file named by BENCH_PEAK_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_PEAK_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS / 1024));
  });
}
