import { mkdir, realpath, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isInside, isOutputFile } from "../../src/paths/insideFolder.js";
import { resolveInside } from "../../src/paths/resolveInside.js";
import { tempDir } from "../support/tempDir.js";

describe("isInside / resolveInside", () => {
  it("judges names: below is inside; parent, sibling-with-prefix and absolute elsewhere are not", () => {
    expect(isInside("/w", "/w/themes/logo.png")).toBe(true);
    expect(isInside("/w", "/w")).toBe(true);
    expect(isInside("/w", "/w/../etc/passwd")).toBe(false);
    expect(isInside("/w", "/work/x")).toBe(false);
    expect(isInside("/w", "/etc/passwd")).toBe(false);
    expect(isInside("/w", "/w/..foo/x")).toBe(true); // a folder named "..foo" is still inside
  });

  it("follows symbolic links: a link out of the folder is outside, a link within it is fine", async () => {
    const root = await tempDir("briefings-inside-");
    await mkdir(join(root, "themes"));
    await writeFile(join(root, "themes", "real.png"), "x");
    await symlink("/etc/hostname", join(root, "themes", "out.png"));
    await symlink("real.png", join(root, "themes", "in.png"));
    await symlink("/etc", join(root, "themes", "dir"));
    expect(resolveInside(root, join(root, "themes", "out.png"))).toBe("outside");
    expect(resolveInside(root, join(root, "themes", "dir", "hostname"))).toBe("outside");
    expect(resolveInside(root, join(root, "themes", "in.png"))).toEqual({
      real: join(await realpath(root), "themes", "real.png"),
    });
    expect(resolveInside(root, join(root, "themes", "none.png"))).toBe("missing");
    expect(resolveInside(root, join(root, "..", "x"))).toBe("outside");
  });

  it("only .pptx files strictly inside the output folder count as outputs", () => {
    expect(isOutputFile("/w/out", "/w/out/brief/cfo.pptx")).toBe(true);
    expect(isOutputFile("/w/out", "/w/out/../decks/brief.yaml")).toBe(false);
    expect(isOutputFile("/w/out", "/w/out/../../home/me/talk.pptx")).toBe(false);
    expect(isOutputFile("/w/out", "/w/out/brief/notes.txt")).toBe(false);
  });
});
