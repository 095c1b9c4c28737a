import { access } from "node:fs/promises";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import { runProgram } from "./run.js";

// What XML 1.0 cannot carry, as it would appear in a part's decoded text (escaped forms are caught
// by the parser).
const NOT_XML_CHAR = new RegExp(
  [
    String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]`,
    String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`,
    String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
  ].join("|"),
);

/**
 * Every problem that would make a reader refuse a .pptx: a part that is not UTF-8, not well-formed
 * XML 1.0 (saxes is a strict, conformant parser; it also rejects character references to
 * characters XML cannot hold, like `&#1;`), or holds a character XML 1.0 cannot carry. Empty when
 * the package is sound.
 */
export function xmlProblems(pptx: Uint8Array): string[] {
  const problems: string[] = [];
  const parts = unzipSync(pptx);
  const names = Object.keys(parts);
  if (!names.includes("[Content_Types].xml")) problems.push("no [Content_Types].xml");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (const name of names) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    let text: string;
    try {
      text = decoder.decode(parts[name]);
    } catch {
      problems.push(`${name}: not UTF-8`);
      continue;
    }
    const bad = NOT_XML_CHAR.exec(text);
    if (bad) {
      const code = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
      problems.push(`${name}: character U+${code} at offset ${bad.index}`);
    }
    const parser = new SaxesParser({ xmlns: false });
    let error: Error | undefined;
    parser.on("error", (e) => {
      error ??= e;
    });
    parser.write(text).close();
    if (error) problems.push(`${name}: ${error.message}`);
  }
  return problems;
}

const ooxml = join(import.meta.dirname, "..", "..", "..", "shared", "tools", "ooxml");

/**
 * What the shared strict checks say about decks on disk: ECMA-376 schema errors (xsd) and package
 * faults (opc); empty when sound.
 */
export async function strictProblems(files: string[]): Promise<{ xsd: string; opc: string }> {
  await access(join(ooxml, "validate.sh")); // a missing tool must fail the test, not pass it silently
  const xsd = await runProgram("bash", [join(ooxml, "validate.sh"), ...files]);
  const opc = await runProgram("python3", [join(ooxml, "opc-check.py"), ...files]);
  return { xsd: xsd.stdout, opc: opc.stdout };
}
