import { relative } from "node:path";
import { watchWorkspace } from "../../build/watchWorkspace.js";
import type { CliIO } from "../output.js";
import { printReport, reportToJson } from "./build.js";

export interface WatchFlags {
  root: string;
  deck?: string[];
  audience?: string[];
  out?: string;
  brief?: boolean;
  pdf?: boolean;
  handout?: boolean;
  json?: boolean;
}

/**
 * `briefings watch`: build, then rebuild what each input change affects, until Ctrl-C (or
 * `io.signal`). Invalid edits print their errors and leave the last good decks in place.
 * With --json, one JSON object per build, one per line.
 */
export async function watchCommand(flags: WatchFlags, io: CliIO): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  io.signal?.addEventListener("abort", stop, { once: true });
  if (!io.signal) {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  }
  try {
    await watchWorkspace(
      flags.root,
      {
        decks: flags.deck,
        audiences: flags.audience,
        outDir: flags.out,
        brief: flags.brief,
        pdf: flags.pdf,
        handout: flags.handout,
        signal: controller.signal,
      },
      (build) => {
        if (flags.json) {
          io.stdout(
            JSON.stringify({ changed: build.changed, seconds: build.seconds, ...reportToJson(build.report) }) + "\n",
          );
          return;
        }
        if (build.changed.length === 0) {
          printReport(build.report, build.seconds, io);
          io.stderr(`watching ${relative(io.cwd, flags.root) || "."} for changes (Ctrl-C to stop)\n`);
          return;
        }
        io.stderr(`\nchanged: ${build.changed.join(", ")}\n`);
        printReport(build.report, build.seconds, io, { unchanged: false });
      },
    );
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
  return 0;
}
