import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import { beforeAll, describe, expect, it } from "vitest";
import { initWorkspace } from "../../src/write/initWorkspace.js";

// The language server behind VS Code's YAML extension, driven as a library: what users see as they type.
type LanguageService = import("yaml-language-server/lib/umd/languageservice/yamlLanguageService.js").LanguageService;
const { getLanguageService } = createRequire(import.meta.url)(
  "yaml-language-server/lib/umd/languageservice/yamlLanguageService.js",
) as typeof import("yaml-language-server/lib/umd/languageservice/yamlLanguageService.js");

let ws = "";
let service: LanguageService;
let version = 0; // the server caches parsed documents by URI and version

beforeAll(async () => {
  ws = join(await mkdtemp(join(tmpdir(), "briefings-editor-")), "ws");
  await initWorkspace(ws);
  service = getLanguageService({
    schemaRequestService: (uri: string) => readFile(fileURLToPath(uri), "utf8"),
    workspaceContext: {
      resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString(),
    },
  });
  service.configure({ validate: true, completion: true, hover: true, isKubernetes: false });
});

const open = (path: string, text: string) =>
  TextDocument.create(pathToFileURL(join(ws, path)).toString(), "yaml", ++version, text);
const problems = async (path: string, text?: string) =>
  (await service.doValidation(open(path, text ?? (await readFile(join(ws, path), "utf8"))), false)).map(
    (d) => `${d.range.start.line + 1}: ${d.message}`,
  );

describe("editing a scaffolded workspace in an editor with yaml-language-server", () => {
  it("shows no problem in any file init wrote", async () => {
    for (const path of [
      "personas/cfo.yaml",
      "personas/ceo.yaml",
      "decks/adoption-briefing.yaml",
      "decks/organization.yaml",
      "themes/default.yaml",
    ]) {
      expect(await problems(path), path).toEqual([]);
    }
  });

  it("underlines unknown fields, wrong values and bad layouts", async () => {
    const persona = await readFile(join(ws, "personas/cfo.yaml"), "utf8");
    expect(await problems("personas/cfo.yaml", persona + "favouriteColour: blue\n")).toContainEqual(
      expect.stringContaining("favouriteColour is not allowed"),
    );
    expect(await problems("personas/cfo.yaml", persona.replace("group: executive", "group: boss"))).toContainEqual(
      expect.stringContaining('"executive", "core", "allied"'),
    );
    const deck = await readFile(join(ws, "decks/adoption-briefing.yaml"), "utf8");
    expect(
      await problems(
        "decks/adoption-briefing.yaml",
        deck.replace("    title: What we will cover\n", "    title: What we will cover\n    colour: red\n"),
      ),
    ).toContainEqual(expect.stringContaining("colour is not allowed"));
    const theme = await readFile(join(ws, "themes/default.yaml"), "utf8");
    expect(await problems("themes/default.yaml", theme.replace('accent: "#0F5BD8"', "accent: blue"))).not.toEqual([]);
  });

  it("completes field names and explains them on hover", async () => {
    const doc = open(
      "personas/new.yaml",
      "# yaml-language-server: $schema=../.briefings/schema/persona.json\nname: CFO\n\n",
    );
    const labels = (await service.doComplete(doc, { line: 2, character: 0 }, false)).items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(["group", "primaryGoal", "keyMessages", "source"]));
    const hover = await service.doHover(doc, { line: 1, character: 1 });
    expect(JSON.stringify(hover?.contents)).toContain("Display name, e.g. CFO.");
  });
});
