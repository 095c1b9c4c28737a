import { describe, expect, it } from "vitest";
import { idOf, inputKindOf, WORKSPACE_FOLDERS } from "../../src/model/workspaceLayout.js";

describe("the workspace layout", () => {
  it("says which kind of input a path is, by its folder and extension", () => {
    expect(inputKindOf("personas/cfo.yaml")).toBe("persona");
    expect(inputKindOf("personas/cfo.YML")).toBe("persona");
    expect(inputKindOf("decks/adoption-briefing.yaml")).toBe("deck");
    expect(inputKindOf("decks/organization.yml")).toBe("deck");
    expect(inputKindOf("decks/partials/brief.hbs")).toBe("partial");
    expect(inputKindOf("decks\\partials\\brief.hbs")).toBe("partial");
    expect(inputKindOf("themes/default.yaml")).toBe("theme");
    // Not inputs: other folders, other extensions, files one level too deep.
    expect(inputKindOf("themes/assets/logo.png")).toBeUndefined();
    expect(inputKindOf("decks/partials/brief.yaml")).toBeUndefined();
    expect(inputKindOf("decks/notes/extra.yaml")).toBeUndefined();
    expect(inputKindOf("cfo.yaml")).toBeUndefined();
    expect(inputKindOf("out/brief/cfo.pptx")).toBeUndefined();
  });

  it("never takes an editor's swap, backup, lock or temporary file for an input", () => {
    const scratch = [
      ".cfo.yaml.swp", // vim
      ".cfo.yaml.swx",
      "cfo.yaml~", // vim and emacs backups
      "4913", // vim's check that it may write in the folder
      "#cfo.yaml#", // emacs auto-save
      ".#cfo.yaml", // emacs lock (a symbolic link)
      "cfo.yaml.vsctmp", // VS Code's atomic save
      "cfo.yaml___jb_tmp___", // JetBrains' safe write
      "cfo.yaml___jb_old___",
    ];
    for (const name of scratch) expect(inputKindOf(`personas/${name}`), name).toBeUndefined();
  });

  it("names a file's id and the workspace's folders", () => {
    expect(idOf("personas/cfo.yaml")).toBe("cfo");
    expect(idOf("/w/decks/partials/brief.hbs")).toBe("brief");
    expect(idOf("decks/...yaml")).toBe("..");
    expect(WORKSPACE_FOLDERS).toEqual(["personas", "decks", "themes"]);
  });
});
