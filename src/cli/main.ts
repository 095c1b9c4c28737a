import { resolve } from "node:path";
import { isatty } from "node:tty";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { BriefingError } from "../errors.js";
import { packageInfo } from "../load/packageInfo.js";
import { reportFailure, type CliIO } from "./output.js";
import { SQL_DIALECTS } from "../load/billing/summaryQuery.js";
import type { CheckFlags } from "./commands/check.js";
import { buildCommand, type BuildFlags } from "./commands/build.js";
import type { FiguresFlags } from "./commands/figures.js";
import type { InitFlags } from "./commands/init.js";
import type { ListFlags } from "./commands/list.js";
import type { PreviewFlags } from "./commands/preview.js";
import type { SchemaFlags } from "./commands/schema.js";
import type { ThemeImportFlags } from "./commands/theme.js";
import type { ValidateFlags } from "./commands/validate.js";
import type { WatchFlags } from "./commands/watch.js";

/** Exit codes, as the design fixes them. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Run the CLI with `argv` (without node and script). Returns the exit code; never exits the process. */
export async function main(argv: readonly string[], io: Partial<CliIO> = {}): Promise<number> {
  const out: CliIO = {
    stdout: io.stdout ?? ((t) => process.stdout.write(t)),
    stderr: io.stderr ?? ((t) => process.stderr.write(t)),
    cwd: io.cwd ?? process.cwd(),
    signal: io.signal,
    // Callers with their own writers (tests) get plain output unless they say otherwise.
    tty: io.tty ?? (io.stdout === undefined && io.stderr === undefined && isatty(process.stderr.fd)),
    env: io.env ?? process.env,
  };
  let code: number = EXIT.ok;
  const root = () => new Option("--root <dir>", "workspace folder").default(".");
  const rootOf = (flags: { root: string }) => resolve(out.cwd, flags.root);
  // The workspace and output folder as absolute paths, resolved against the caller's folder once.
  const pathsOf = <F extends { root: string; out?: string }>(flags: F) => ({
    ...flags,
    root: rootOf(flags),
    out: flags.out === undefined ? undefined : resolve(out.cwd, flags.out),
  });
  /** --root, --deck, --audience and --out: which decks a command works on, and where. */
  const selection = (command: Command, outHelp = "output folder (default: <root>/out)") =>
    command
      .addOption(root())
      .option("--deck <id...>", "only these decks")
      .option("--audience <id...>", "only these audiences")
      .option("--out <dir>", outHelp);

  const program = new Command("briefings")
    .description(
      "Tailored executive PowerPoint briefings from FinOps personas, your organization's facts and templates.",
    )
    .version(packageInfo().version, "-v, --version")
    .exitOverride()
    .configureOutput({ writeOut: out.stdout, writeErr: out.stderr })
    .showHelpAfterError("(run with --help for usage)");

  selection(program.command("build").description("build decks into <out>/<deck>/<audience>.pptx"))
    .option("--force", "rebuild even decks whose inputs did not change")
    .option(
      "--brief",
      "also write <audience>.brief.md (one-page leave-behind) and <audience>.notes.md (presenter script)",
    )
    .option("--pdf", "also write <audience>.pdf, one page per slide (needs LibreOffice)")
    .option("--handout", "also write <audience>.handout.pdf, notes pages for the presenter (needs LibreOffice)")
    .option(
      "--workers <n>",
      "worker threads for large batches (0: build in one thread; default: one per core beyond two, from 24 decks)",
      (v: string) => {
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("give a whole number, 0 or more");
        return n;
      },
    )
    .option("-q, --quiet", "print only errors and warnings")
    .option("--json", "print the result as JSON")
    .action(async (flags: BuildFlags) => {
      // The most common command is loaded with the CLI: an unchanged build then needs no further module
      // (loading them one by one cost more than the work); its heavy stages load only when needed.
      code = await buildCommand(pathsOf(flags), out);
    });

  selection(
    program
      .command("watch")
      .description("build, then rebuild exactly the affected decks whenever an input changes (Ctrl-C stops)"),
  )
    .option("--brief", "also write the leave-behind brief and presenter script next to each deck")
    .option("--pdf", "also write <audience>.pdf next to each deck (needs LibreOffice)")
    .option("--handout", "also write <audience>.handout.pdf, notes pages (needs LibreOffice)")
    .option("--json", "print one JSON object per build, one per line")
    .action(async (flags: WatchFlags) => {
      const { watchCommand } = await import("./commands/watch.js");
      code = await watchCommand(pathsOf(flags), out);
    });

  program
    .command("validate")
    .description("check every input file and template; exit 1 listing all errors")
    .addOption(root())
    .option("--json", "print the result as JSON")
    .action(async (flags: ValidateFlags) => {
      const { validateCommand } = await import("./commands/validate.js");
      code = await validateCommand({ ...flags, root: rootOf(flags) }, out);
    });

  program
    .command("figures")
    .description("print every figure templates see, with where it comes from (billing data, organization file)")
    .addOption(root())
    .option("--json", "print the figures as JSON")
    .option("--sql", "print the billing summary query, to run in a data warehouse (see --dialect)")
    .addOption(
      new Option("--dialect <engine>", "SQL engine for --sql").choices(SQL_DIALECTS).default("duckdb" as const),
    )
    .action(async (flags: FiguresFlags) => {
      const { figuresCommand } = await import("./commands/figures.js");
      code = await figuresCommand({ ...flags, root: rootOf(flags) }, out);
    });

  program
    .command("check")
    .description("is each briefing ready for its executive? leftovers, typed figures, data, the ask, coverage, notes")
    .addOption(root())
    .option("--deck <id...>", "only these decks")
    .option("--audience <id...>", "only these audiences")
    .option("--today <date>", "judge dates against this day, YYYY-MM-DD (default: today)", (v: string) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new InvalidArgumentError("write the date as YYYY-MM-DD");
      return v;
    })
    .option("--strict", "exit 1 when anything is found (for CI)")
    .option("--json", "print the findings as JSON")
    .action(async (flags: CheckFlags) => {
      const { checkCommand } = await import("./commands/check.js");
      code = await checkCommand({ ...flags, root: rootOf(flags) }, out);
    });

  program
    .command("list")
    .description("list personas, decks with their audiences, and themes")
    .addOption(root())
    .option("--json", "print the result as JSON")
    .action(async (flags: ListFlags) => {
      const { listCommand } = await import("./commands/list.js");
      code = await listCommand({ ...flags, root: rootOf(flags) }, out);
    });

  selection(
    program
      .command("preview")
      .description("render decks to PNG slides and a contact sheet per deck (needs LibreOffice and pdftoppm)"),
    "image folder (default: <root>/out/preview)",
  )
    .option("--json", "print the result as JSON")
    .action(async (flags: PreviewFlags) => {
      const { previewCommand } = await import("./commands/preview.js");
      code = await previewCommand(pathsOf(flags), out);
    });

  const theme = program.command("theme").description("work with themes");
  theme
    .command("import <file>")
    .description("make themes/<id>.yaml from a .pptx or .potx: colors, fonts, slide size and logo")
    .addOption(root())
    .option("--id <name>", "theme id (default: from the file name)")
    .option("--force", "replace an existing theme of the same id")
    .option("--json", "print the result as JSON")
    .action(async (file: string, flags: Omit<ThemeImportFlags, "file">) => {
      const { themeImportCommand } = await import("./commands/theme.js");
      code = await themeImportCommand({ ...flags, file: resolve(out.cwd, file), root: rootOf(flags) }, out);
    });
  for (const command of theme.commands)
    command.exitOverride().configureOutput({ writeOut: out.stdout, writeErr: out.stderr });

  const template = program.command("template").description("work with company templates (.potx/.pptx)");
  template
    .command("check <file>")
    .description("list a template's layouts, which of our slides use each, what is missing, and render a deck on it")
    .option("--out <dir>", "where the contact sheet goes (default: the current folder)")
    .option("--json", "print the result as JSON")
    .action(async (file: string, flags: { out?: string; json?: boolean }) => {
      const { templateCheckCommand } = await import("./commands/template.js");
      code = await templateCheckCommand(
        { file: resolve(out.cwd, file), out: resolve(out.cwd, flags.out ?? "."), json: flags.json },
        out,
      );
    });
  for (const command of template.commands)
    command.exitOverride().configureOutput({ writeOut: out.stdout, writeErr: out.stderr });

  program
    .command("init")
    .description("scaffold a new workspace that builds out of the box")
    .argument("<dir>", "folder to create (must be empty unless --force)")
    .option("--force", "write into a folder that already has files")
    .option("--json", "print the result as JSON")
    .action(async (dir: string, flags: Omit<InitFlags, "dir">) => {
      const { initCommand } = await import("./commands/init.js");
      code = await initCommand({ ...flags, dir: resolve(out.cwd, dir) }, out);
    });

  program
    .command("schema")
    .description("write JSON Schemas for personas, decks, organization and themes, for YAML editors")
    .addOption(root())
    .option("--out <dir>", "output folder (default: <root>/.briefings/schema)")
    .option("--json", "print the result as JSON")
    .action(async (flags: Partial<SchemaFlags> & { root: string }) => {
      const { schemaCommand } = await import("./commands/schema.js");
      const { SCHEMA_DIR } = await import("../write/writeJsonSchemas.js");
      code = await schemaCommand(
        { ...flags, out: flags.out === undefined ? resolve(rootOf(flags), SCHEMA_DIR) : resolve(out.cwd, flags.out) },
        out,
      );
    });

  for (const command of program.commands)
    command.exitOverride().configureOutput({ writeOut: out.stdout, writeErr: out.stderr });

  if (argv.length === 0) {
    out.stderr(program.helpInformation());
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    // A problem with the user's input or environment that escaped a command: a message, not a stack trace.
    if (error instanceof BriefingError) return reportFailure(error, out);
    throw error;
  }
  return code;
}
