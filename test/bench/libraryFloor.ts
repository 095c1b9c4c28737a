// What a cold build cannot go below with the libraries the tool is built on: the work only they do
// for the default workspace, then the same slides drawn as barePptxgenjs.ts draws them. yaml parses
// every YAML file with positions, Handlebars compiles every template, DuckDB sums the billing export,
// and zod and commander are loaded; none of the tool's own stages run. Bundled as dist/ is.
// Usage: node libraryFloor.js decks.json outDir workspace
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { Command } from "commander";
import Handlebars from "handlebars";
import { isScalar, parseDocument, visit } from "yaml";
import * as z from "zod";

const workspace = process.argv[4] ?? ".";
new Command("floor").parse([], { from: "user" });
z.object({ id: z.string() }).parse({ id: "floor" });

const templates: string[] = [];
for (const folder of ["personas", "decks", "themes"])
  for (const name of readdirSync(join(workspace, folder)).filter((n) => n.endsWith(".yaml"))) {
    const doc = parseDocument(readFileSync(join(workspace, folder, name), "utf8"));
    visit(doc, {
      Scalar(_key, node) {
        if (isScalar(node) && typeof node.value === "string" && node.value.includes("{{")) templates.push(node.value);
      },
    });
  }
const partials = join(workspace, "decks", "partials");
for (const name of readdirSync(partials)) templates.push(readFileSync(join(partials, name), "utf8"));
// Handlebars compiles a template on its first call; unknown helpers then fail, after compiling.
for (const template of templates)
  try {
    Handlebars.compile(template)({});
  } catch {
    // compiled; the empty context is not what it was written for
  }

const db = await DuckDBInstance.create(":memory:");
const connection = await db.connect();
await connection.run(
  `SELECT sum(BilledCost) FROM read_csv('${join(workspace, "decks", "billing", "corvane-focus.csv.gz")}')`,
);
connection.closeSync();

await import("./barePptxgenjs.js");
