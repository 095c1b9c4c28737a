import { join } from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

// The layering rule lives in eslint.config.js and runs with `npm run lint`; here it meets planted
// violations. The files are linted from text, never written: nothing appears in src/.
const repo = join(import.meta.dirname, "..", "..");
// The layering checks need no types; leaving type-aware rules out keeps this fast.
const eslint = new ESLint({ cwd: repo, overrideConfig: [tseslint.configs.disableTypeChecked] });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repo, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? "?"}: ${m.message}`);
}

describe("the layering rule", () => {
  it("refuses a pure stage importing load, in any folder depth, even for a type", async () => {
    expect(
      await problems(
        "src/layout/planted.ts",
        'import { loadWorkspace } from "../load/loadWorkspace.js";\nexport const load = loadWorkspace;\n',
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/layout may not import from src\/load/)]);
    expect(
      await problems(
        "src/layout/layouts/planted.ts",
        'import type { Manifest } from "../../load/readManifest.js";\nexport type Planted = Manifest;\n',
      ),
    ).toEqual([expect.stringMatching(/src\/layout may not import from src\/load/)]);
  });

  it("refuses a stage importing a later one", async () => {
    const found = await problems(
      "src/render/planted.ts",
      'import { layoutDeck } from "../layout/layoutDeck.js";\nexport const layOut = layoutDeck;\n',
    );
    expect(found).toEqual([expect.stringMatching(/src\/render may not import from .*src\/layout/)]);
  });

  it("lets only load read files, only write write them, only preview and write run programs", async () => {
    const fs = (names: string) => `import { ${names} } from "node:fs";\nexport const used = [${names}];\n`;
    expect(await problems("src/render/planted.ts", fs("readFileSync"))).toEqual([
      expect.stringMatching(/only src\/load reads files/),
    ]);
    expect(await problems("src/load/planted.ts", fs("writeFileSync"))).toEqual([
      expect.stringMatching(/only src\/write writes files/),
    ]);
    expect(await problems("src/write/planted.ts", fs("readFileSync"))).toEqual([
      expect.stringMatching(/only src\/load reads files/),
    ]);
    expect(
      await problems(
        "src/build/planted.ts",
        'import { execFile } from "node:child_process";\nexport const run = execFile;\n',
      ),
    ).toEqual([expect.stringMatching(/only src\/preview and src\/write run other programs/)]);
  });

  it("keeps printing to the CLI", async () => {
    expect(await problems("src/build/planted.ts", 'console.log("done");\n')).toEqual([
      expect.stringMatching(/^no-console/),
    ]);
  });

  it("allows what the README allows: shared pieces, earlier pure stages, file access where it belongs", async () => {
    expect(
      await problems(
        "src/layout/planted.ts",
        [
          'import { mix } from "../color/contrast.js";',
          'import type { RenderedSlide } from "../render/rendered.js";',
          'import type { ThemeEntity } from "../model/workspace.js";',
          "export const used: [typeof mix, RenderedSlide?, ThemeEntity?] = [mix];",
          "",
        ].join("\n"),
      ),
    ).toEqual([]);
    expect(
      await problems(
        "src/load/planted.ts",
        'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
      ),
    ).toEqual([]);
  });
});
