import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { BuildJson, ListJson } from "../support/json.js";
import { convertToPdf, pageCount } from "../support/libreoffice.js";
import { tempDir } from "../support/tempDir.js";

const run = promisify(execFile);
const repo = join(import.meta.dirname, "..", "..");

/** The commands main.ts registers, read from its source so the check grows with the CLI. */
async function registeredCommands(): Promise<string[]> {
  const source = await readFile(join(repo, "src", "cli", "main.ts"), "utf8");
  // Top-level commands only (`theme import` is listed under `briefings theme --help`).
  return [...source.matchAll(/program\s*\.command\("([a-z][a-z-]*)/g)].map((m) => m[1]!);
}

// The package as users get it: npm pack, then npm install of the tarball into an empty folder.
// Slow (npm, tsc, LibreOffice), so one test that walks the whole first five minutes.
describe("the npm package", () => {
  it(
    "installs into an empty folder, provides briefings and the typed API, scaffolds and builds",
    { timeout: 600_000 },
    async () => {
      const tmp = await tempDir("briefings-pkg-");
      // --ignore-scripts: `npm test` has just built dist/, and prepack would rebuild it in place
      // while other test files run the CLI from it.
      const { stdout: output } = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], {
        cwd: repo,
        maxBuffer: 16 * 1024 * 1024,
      });
      const packed = output.slice(output.indexOf("[")); // after anything npm printed first
      const tarball = join(tmp, (JSON.parse(packed) as { filename: string }[])[0]!.filename);
      const files = (JSON.parse(packed) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
      expect(files).toEqual(
        expect.arrayContaining([
          "dist/bin.js",
          "dist/buildWorker.js",
          "dist/index.js",
          "dist/types/index.d.ts",
          "personas/cfo.yaml",
          "decks/adoption-briefing.yaml",
          "themes/default.yaml",
          "README.md",
        ]),
      );
      expect(files.filter((f) => f.startsWith("src/") || f.startsWith("test/"))).toEqual([]);

      const project = join(tmp, "project");
      await mkdir(project);
      await writeFile(
        join(project, "package.json"),
        JSON.stringify({ name: "try-briefings", private: true, type: "module" }),
      );
      await run("npm", ["install", tarball, "--no-audit", "--no-fund"], { cwd: project, maxBuffer: 16 * 1024 * 1024 });
      const bin = join(project, "node_modules", ".bin", "briefings");

      const help = (await run("npx", ["briefings", "--help"], { cwd: project })).stdout;
      const commands = await registeredCommands();
      expect(commands).toEqual(expect.arrayContaining(["build", "validate", "list", "init", "schema"]));
      for (const command of commands) expect(help).toMatch(new RegExp(`^  ${command}\\b`, "m"));

      await run("npx", ["briefings", "init", "ws"], { cwd: project });
      // From another folder, with --root.
      const { stdout } = await run(bin, ["build", "--root", join(project, "ws"), "--brief", "--json"], { cwd: tmp });
      const { built } = JSON.parse(stdout) as BuildJson;
      expect(built.map((b) => b.audience).sort()).toEqual(["ceo", "cfo", "cfo-dana-whitfield", "cto"]);
      expect(await readFile(built[0]!.companions![0]!, "utf8")).toContain("Your Company");

      // The typed library API: ESM at run time, .d.ts at compile time.
      const api = await run(
        "node",
        [
          "--input-type=module",
          "-e",
          "import { buildWorkspace, jsonSchemaFor } from 'finops-briefings'; " +
            "console.log(typeof buildWorkspace, jsonSchemaFor('persona').type)",
        ],
        { cwd: project },
      );
      expect(api.stdout.trim()).toBe("function object");
      await writeFile(
        join(project, "check.ts"),
        [
          'import { buildWorkspace, type BuildReport } from "finops-briefings";',
          'const report: Promise<BuildReport> = buildWorkspace("ws", { brief: true });',
          "void report;",
          "",
        ].join("\n"),
      );
      await writeFile(
        join(project, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            module: "NodeNext",
            moduleResolution: "NodeNext",
            target: "ES2022",
            strict: true,
            noEmit: true,
            skipLibCheck: true,
            types: [],
          },
          files: ["check.ts"],
        }),
      );
      await run("node", [join(repo, "node_modules", "typescript", "bin", "tsc"), "-p", project], { cwd: project });

      // Installed globally (into a prefix of our own), it runs the same from any folder.
      const prefix = join(tmp, "global");
      await run("npm", ["install", "--global", "--prefix", prefix, tarball, "--no-audit", "--no-fund"], {
        maxBuffer: 16 * 1024 * 1024,
      });
      const listed = await run(join(prefix, "bin", "briefings"), ["list", "--root", join(project, "ws"), "--json"], {
        cwd: tmpdir(),
      });
      expect((JSON.parse(listed.stdout) as ListJson).decks.map((d) => d.id)).toEqual(["adoption-briefing"]);

      const pdfs = await convertToPdf(
        built.map((b) => b.file),
        tmp,
      );
      for (const deck of built) expect(await pageCount(pdfs.get(deck.file)!), deck.audience).toBe(deck.slides);
    },
  );
});
