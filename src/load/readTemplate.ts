import { readFile } from "node:fs/promises";
import { BriefingError } from "../errors.js";
import { parseTemplate, type Template } from "../template/parseTemplate.js";

/**
 * Read a company template: unzip it, find its masters, layouts and their placeholders. Refuses what
 * cannot be a template with a message saying why: not a presentation, password-protected or an old
 * binary file, no slide master, no layout that can hold a title.
 */
export async function readTemplate(file: string): Promise<Template> {
  return parseTemplate(file, await readBytes(file));
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === "ENOENT";
    throw new BriefingError(missing ? `template not found: ${file}` : `cannot read template ${file}`, {
      code: "cannot-read",
      file,
      hint: "give the path of a .potx or .pptx file in the workspace",
      cause,
    });
  }
}
