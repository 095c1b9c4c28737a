// What an unchanged rebuild cannot go below with the libraries the tool is built on: commander
// parses the same command line and zod reads the same manifest, bundled as dist/ is, and nothing
// else happens. Usage: node startupFloor.js <out folder holding a manifest>
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import { ManifestSchema } from "../../src/schema/manifest.js";

const program = new Command("floor");
program
  .command("build")
  .option("--root <dir>")
  .option("--out <dir>")
  .action((flags: { out: string }) => {
    const manifest = ManifestSchema.safeParse(
      JSON.parse(readFileSync(join(flags.out, ".briefings-manifest.json"), "utf8")),
    );
    if (!manifest.success) throw new Error("no manifest to read");
  });
await program.parseAsync(process.argv);
