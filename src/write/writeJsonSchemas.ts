import { join } from "node:path";
import { FILE_KINDS, jsonSchemaFor } from "../schema/jsonSchema.js";
import { writeFileAtomic } from "./writeFileAtomic.js";

/** Folder, relative to a workspace, where `init` and `schema` put the JSON Schemas the YAML files point at. */
export const SCHEMA_DIR = join(".briefings", "schema");

/** Write `<kind>.json` for every file kind into `dir`; returns the files written. */
export async function writeJsonSchemas(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const kind of FILE_KINDS) {
    const file = join(dir, `${kind}.json`);
    await writeFileAtomic(file, new TextEncoder().encode(JSON.stringify(jsonSchemaFor(kind), null, 2) + "\n"));
    files.push(file);
  }
  return files;
}
