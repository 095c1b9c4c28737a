import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { createStyle, formatTable } from "../../src/cli/output.js";

const fixture = join(import.meta.dirname, "..", "fixtures", "minimal");
const ESC = "\x1b[";

async function build(args: string[], io: { tty?: boolean; env?: Record<string, string> } = {}) {
  const ws = await mkdtemp(join(tmpdir(), "briefings-out-"));
  await cp(fixture, ws, { recursive: true });
  let stdout = "";
  let stderr = "";
  const code = await main(["build", "--root", ws, ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: ws,
    ...io,
  });
  return { code, stdout, stderr };
}

describe("terminal manners", () => {
  it("build ends with a table: deck, audience, slides, size, status, file", async () => {
    const { code, stdout, stderr } = await build([]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^DECK +AUDIENCE +SLIDES +SIZE +STATUS +FILE$/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^brief +cfo +6 +\d+ KB +built +out\/brief\/cfo\.pptx$/),
      expect.stringMatching(/^brief +cto +5 +\d+ KB +built +out\/brief\/cto\.pptx$/),
    ]);
    expect(stderr).toMatch(
      /^2 built, 0 unchanged in [\d.]+ s\ncheck: \d+ findings in 2 decks; briefings check lists them\n$/,
    );
    expect(stdout + stderr).not.toContain(ESC);
  });

  it("on a terminal: progress with counts on stderr and colors, unless NO_COLOR", async () => {
    const tty = await build([], { tty: true, env: {} });
    expect(tty.stderr).toContain("[1/2]");
    expect(tty.stderr).toContain("[2/2]");
    expect(tty.stdout).toContain(`${ESC}32mbuilt${ESC}39m`);
    const noColor = await build([], { tty: true, env: { NO_COLOR: "1" } });
    expect(noColor.stdout + noColor.stderr.replace(/\r\x1b\[K/g, "")).not.toContain(ESC);
    expect(noColor.stderr).toContain("[2/2]");
  });

  it("--quiet prints nothing on success, even on a terminal", async () => {
    const { code, stdout, stderr } = await build(["--quiet"], { tty: true, env: {} });
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr).toBe("");
  });

  it("formats tables and styles", () => {
    expect(
      formatTable(
        ["A", "N"],
        [
          ["x", "1"],
          ["long", "10"],
        ],
        [1],
      ),
    ).toEqual(["A      N", "x      1", "long  10"]);
    expect(createStyle({ stdout: () => {}, stderr: () => {}, cwd: "", tty: false }).green("ok")).toBe("ok");
    expect(
      createStyle({ stdout: () => {}, stderr: () => {}, cwd: "", tty: true, env: { NO_COLOR: "" } }).green("ok"),
    ).toBe(`${ESC}32mok${ESC}39m`);
  });
});
