import { createRequire } from "node:module";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { BriefingError } from "../errors.js";
import { formatProblem, type CliIO } from "./output.js";

/** Exit codes, as the design fixes them. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const version = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;

/** Run the CLI with `argv` (without node and script). Returns the exit code; never exits the process. */
export async function main(argv: readonly string[], io: Partial<CliIO> = {}): Promise<number> {
  const out: CliIO = {
    stdout: io.stdout ?? ((t) => process.stdout.write(t)),
    stderr: io.stderr ?? ((t) => process.stderr.write(t)),
    cwd: io.cwd ?? process.cwd(),
  };
  let code: number = EXIT.ok;
  const root = () => new Option("--root <dir>", "workspace folder").default(".");
  const rootOf = (flags: { root: string }) => resolve(out.cwd, flags.root);

  const program = new Command("briefings")
    .description("Tailored executive PowerPoint briefings from FinOps personas, your organization's facts and templates.")
    .version(version, "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: out.stdout, writeErr: out.stderr })
    .showHelpAfterError("(run with --help for usage)");

  program
    .command("build")
    .description("build decks into <out>/<deck>/<audience>.pptx")
    .addOption(root())
    .option("--deck <id...>", "only these decks")
    .option("--audience <id...>", "only these audiences")
    .option("--out <dir>", "output folder (default: <root>/out)")
    .option("--force", "rebuild even decks whose inputs did not change")
    .option("--json", "print the result as JSON")
    .action(async (flags) => {
      // Commands load their modules when run, so `build` with nothing to do stays fast.
      const { buildCommand } = await import("./commands/build.js");
      code = await buildCommand({ ...flags, root: rootOf(flags), out: flags.out === undefined ? undefined : resolve(out.cwd, flags.out) }, out);
    });

  program
    .command("validate")
    .description("check every input file and template; exit 1 listing all errors")
    .addOption(root())
    .option("--json", "print the result as JSON")
    .action(async (flags) => {
      const { validateCommand } = await import("./commands/validate.js");
      code = await validateCommand({ ...flags, root: rootOf(flags) }, out);
    });

  program
    .command("list")
    .description("list personas, decks with their audiences, and themes")
    .addOption(root())
    .option("--json", "print the result as JSON")
    .action(async (flags) => {
      const { listCommand } = await import("./commands/list.js");
      code = await listCommand({ ...flags, root: rootOf(flags) }, out);
    });

  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: out.stdout, writeErr: out.stderr });

  if (argv.length === 0) {
    out.stderr(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    // A problem with the user's input or environment that escaped a command: a message, not a stack trace.
    if (error instanceof BriefingError) {
      out.stderr(`${formatProblem(error, out.cwd)}\n`);
      return EXIT.failed;
    }
    throw error;
  }
  return code;
}
