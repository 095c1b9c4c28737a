import { execFile } from "node:child_process";

/** How a program ended: its exit code (0 when it succeeded) and what it printed. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Run a program to its end, failing or not. A program that cannot be started at all (not
 * installed) rejects, naming it: a test that needs a tool fails when the tool is missing.
 */
export function runProgram(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number; maxBuffer?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { maxBuffer: 64 * 1024 * 1024, ...options }, (error, stdout, stderr) => {
      if (error && typeof error.code === "string") {
        const hint = error.code === "ENOENT" ? `: ${command} is not installed (not found on PATH)` : "";
        reject(new Error(`cannot run ${command}${hint}: ${error.message}`, { cause: error }));
        return;
      }

      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

/**
 * Run a program that must succeed, and return what it printed. Rejects when it is not installed
 * (naming it) or exits with an error (with what it printed on stderr).
 */
export async function runTool(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number; maxBuffer?: number } = {},
): Promise<string> {
  const result = await runProgram(command, args, options);
  if (result.code !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.code}): ${result.stderr}`);
  return result.stdout;
}
