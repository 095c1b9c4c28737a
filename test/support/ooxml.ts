import { join } from "node:path";
import { runProgram } from "./run.js";

const ooxml = join(import.meta.dirname, "..", "..", "..", "shared", "tools", "ooxml");

/** What ../shared/tools/ooxml reports for decks: ECMA-376 schema errors and package inconsistencies ('' when clean). */
export async function ooxmlReports(files: string[]): Promise<{ schema: string; package: string }> {
  const report = async (command: string, script: string) => {
    const result = await runProgram(command, [join(ooxml, script), ...files]);
    return `${result.stdout}${result.code ? `exit ${result.code}` : ""}`;
  };
  return { schema: await report("bash", "validate.sh"), package: await report("python3", "opc-check.py") };
}
