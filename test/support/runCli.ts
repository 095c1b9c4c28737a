import { main } from "../../src/cli/main.js";

/** Run the CLI in-process with captured output. */
export async function runCli(args: string[], cwd: string) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}
