import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { strToU8, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { BriefingError } from "../../src/errors.js";
import { readPresentationTheme, unescapeXml } from "../../src/load/readPresentationTheme.js";

const run = promisify(execFile);
const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "briefings-read-theme-"));
  folders.push(dir);
  return dir;
}

/** The error reading `bytes` as a presentation throws. */
async function failure(bytes: Uint8Array, name = "brand.pptx"): Promise<BriefingError> {
  const file = join(await folder(), name);
  await writeFile(file, bytes);
  const error: unknown = await readPresentationTheme(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BriefingError);
  return error as BriefingError;
}

/** An OLE compound file's header sector, then a directory sector naming `stream` (UTF-16LE), as Office writes. */
function compoundFile(stream: string): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(Array.from(stream, (c) => [c.charCodeAt(0), 0]).flat(), 512);
  return bytes;
}

describe("readPresentationTheme refuses what it cannot read, saying why", () => {
  it("a password-protected presentation (an encrypted package in an OLE compound file)", async () => {
    const error = await failure(compoundFile("EncryptedPackage"));
    expect(error.message).toBe("the presentation is password-protected (encrypted), so its theme cannot be read");
    expect(error.hint).toMatch(/remove the password/);
  });

  it("an old binary .ppt, as LibreOffice writes one", async () => {
    const dir = await folder();
    const source = join(import.meta.dirname, "..", "fixtures", "templates", "DNA.pptx");
    await run(
      "soffice",
      [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "ppt", "--outdir", dir, source],
      { timeout: 120_000 },
    );
    const error = await failure(await readFile(join(dir, "DNA.ppt")), "old.ppt");
    expect(error.message).toBe("this is an old binary PowerPoint file (.ppt/.pot), not a .pptx or .potx");
  }, 150_000);

  it("a ZIP that is no presentation, and a presentation without a slide master", async () => {
    const docx = zipSync({ "word/document.xml": strToU8("<w:document/>") });
    expect((await failure(docx)).message).toBe(
      "not a PowerPoint presentation: it has no ppt/presentation.xml (is it a Word or Excel file?)",
    );
    const masterless = zipSync({ "ppt/presentation.xml": strToU8("<p:presentation/>") });
    expect((await failure(masterless)).message).toBe("not a PowerPoint presentation: it has no slide master");
    expect((await failure(strToU8("just text"))).message).toBe(
      "not a PowerPoint presentation: the file is not a ZIP package",
    );
  });
});

describe("unescapeXml", () => {
  it("decodes named and numeric references once, so alt text is not escaped twice on the way back out", () => {
    expect(unescapeXml("Acme&#xA;wordmark &amp; tile")).toBe("Acme\nwordmark & tile");
    expect(unescapeXml("caf&#233; &lt;b&gt; &quot;x&quot; &apos;y&apos;")).toBe(`café <b> "x" 'y'`);
    // An escaped reference is text: decoding once leaves it as the characters the author typed.
    expect(unescapeXml("&amp;#xA;")).toBe("&#xA;");
    expect(unescapeXml("&#0; &#x110000; &bogus;")).toBe("&#0; &#x110000; &bogus;");
  });
});
