import { statSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { isScalar, isSeq } from "yaml";
import { BriefingError } from "../../errors.js";
import { resolveInside } from "../../paths/resolveInside.js";
import { locate, valueAt, type SourceFile } from "../../source/sourceFile.js";
import { fingerprintOf } from "./dataFingerprints.js";
import { expandGlob, isGlob } from "./expandGlob.js";

/** A billing data file found for an organization. */
export interface DataFile {
  /** Absolute path. */
  file: string;
  /** Path relative to the workspace, with `/`. */
  path: string;
  format: "parquet" | "csv" | "csv.gz";
  bytes: number;
  /** Size and modification time: what tells a changed file from an unchanged one without reading it. */
  fingerprint: string;
}

/** What an organization file asks for under `billing`, read before validation (which reports bad shapes). */
export interface BillingRequest {
  organization: SourceFile;
  kind: "focus" | "summary";
  /** Each path or glob as written, with the field it is written in. */
  patterns: { text: string; field: (string | number)[] }[];
}

/** The billing data an organization file names, or undefined when it names none (or none validly). */
export function billingRequest(source: SourceFile): BillingRequest | undefined {
  const raw = valueAt(source, ["billing", "focus"]);
  // A list comes back as a YAML node: its items' plain values.
  const focus = isSeq(raw) ? raw.items.map((item) => (isScalar(item) ? item.value : item)) : raw;
  const summary = valueAt(source, ["billing", "summary"]);
  if ((focus === undefined) === (summary === undefined)) return undefined;
  if (typeof summary === "string")
    return { organization: source, kind: "summary", patterns: [{ text: summary, field: ["billing", "summary"] }] };
  if (typeof focus === "string")
    return { organization: source, kind: "focus", patterns: [{ text: focus, field: ["billing", "focus"] }] };
  if (Array.isArray(focus) && focus.length > 0 && focus.every((f) => typeof f === "string"))
    return {
      organization: source,
      kind: "focus",
      patterns: focus.map((text: string, i) => ({ text, field: ["billing", "focus", i] })),
    };
  return undefined;
}

/** A pattern as the manifest keeps it: resolved against the organization's folder, relative to the workspace. */
export function workspacePattern(root: string, request: BillingRequest, text: string): string {
  return relative(root, resolve(dirname(request.organization.path), text))
    .split(sep)
    .join("/");
}

/** The files each pattern names, in order, without repeats. Errors point at the pattern in the organization file. */
export function findDataFiles(root: string, request: BillingRequest): { files: DataFile[]; errors: BriefingError[] } {
  const errors: BriefingError[] = [];
  const files = new Map<string, DataFile>();
  const at = (field: (string | number)[]) => locate(request.organization, field);
  for (const { text, field } of request.patterns) {
    const pattern = workspacePattern(root, request, text);
    const glob = isGlob(text);
    if (glob && request.kind === "summary") {
      errors.push(
        new BriefingError(`a summary is one file, not a pattern: ${text}`, {
          code: "invalid-value",
          ...at(field),
          hint: "name the CSV file the summary query's result was saved to",
        }),
      );
      continue;
    }
    const matched = glob ? expandGlob(root, pattern) : [resolve(root, pattern)];
    if (glob && matched.length === 0) {
      errors.push(
        new BriefingError(`${text} matches no file`, {
          code: "billing-no-match",
          ...at(field),
          hint: `paths are relative to the organization file's folder, ${folderName(root, request)}; check the pattern`,
        }),
      );
      continue;
    }
    for (const file of matched) {
      const shown = relative(root, file).split(sep).join("/");
      const inside = resolveInside(root, file);
      if (inside === "outside") {
        errors.push(
          new BriefingError(`billing data outside the workspace: ${glob ? shown : text}`, {
            code: "outside-workspace",
            ...at(field),
            hint: "copy the export into the workspace (links out of it are refused too)",
          }),
        );
        continue;
      }
      if (inside === "missing") {
        errors.push(
          new BriefingError(`no such file: ${text}`, {
            code: "billing-no-match",
            ...at(field),
            hint: `paths are relative to the organization file's folder (${folderName(root, request)})`,
          }),
        );
        continue;
      }
      const format = formatOf(file);
      if (!format || (request.kind === "summary" && format === "parquet")) {
        errors.push(
          new BriefingError(`not a file type billing data is read from: ${shown}`, {
            code: "billing-file-type",
            ...at(field),
            hint:
              request.kind === "summary" ? "a summary is a .csv (or .csv.gz) file" : "use .parquet, .csv or .csv.gz",
          }),
        );
        continue;
      }
      const stat = statSync(inside.real);
      files.set(file, { file, path: shown, format, bytes: stat.size, fingerprint: fingerprintOf(stat) });
    }
  }
  return { files: [...files.values()], errors };
}

function formatOf(file: string): DataFile["format"] | undefined {
  const name = file.toLowerCase();
  if (name.endsWith(".parquet")) return "parquet";
  if (name.endsWith(".csv.gz")) return "csv.gz";
  if (name.endsWith(".csv")) return "csv";
  return undefined;
}

function folderName(root: string, request: BillingRequest): string {
  return `${relative(root, dirname(request.organization.path)).split(sep).join("/") || "."}/`;
}
