import { relative } from "node:path";
import { writeError } from "../../write/writeError.js";
import { writeJsonSchemas } from "../../write/writeJsonSchemas.js";
import { reportFailure, type CliIO } from "../output.js";

export interface SchemaFlags {
  /** Absolute folder to write into. */
  out: string;
  json?: boolean;
}

/** `briefings schema`: write the JSON Schemas YAML editors use to validate and complete as you type. */
export async function schemaCommand(flags: SchemaFlags, io: CliIO): Promise<number> {
  let files: string[];
  try {
    files = await writeJsonSchemas(flags.out);
  } catch (cause) {
    return reportFailure(writeError(cause, flags.out), io, flags.json);
  }
  if (flags.json) {
    io.stdout(JSON.stringify({ ok: true, files }, null, 2) + "\n");
    return 0;
  }
  for (const file of files) io.stdout(`wrote  ${relative(io.cwd, file) || file}\n`);
  io.stderr(
    "Point a YAML file at one with a first line such as\n" +
      "  # yaml-language-server: $schema=../.briefings/schema/persona.json\n",
  );

  return 0;
}
