import { BriefingError } from "../../errors.js";
import type { DataFile } from "./findDataFiles.js";

/**
 * The DuckDB table function that reads a file. CSV values are all read as text, so the figures
 * decide what is null; given the header row, DuckDB reads with FOCUS's fixed dialect and does not
 * sniff the file.
 */
export function reader(file: DataFile, options: { header?: readonly string[]; extra?: string } = {}): string {
  const path = quoteText(file.file);
  const extra = options.extra ?? "";
  if (file.format === "parquet") return `read_parquet(${path}${extra})`;
  const dialect = "header = true, delim = ',', quote = '\"', escape = '\"'";
  if (!options.header) return `read_csv(${path}, ${dialect}, all_varchar = true${extra})`;
  const columns = options.header.map((name) => `${quoteText(name)}: 'VARCHAR'`).join(", ");
  return `read_csv(${path}, ${dialect}, auto_detect = false, columns = {${columns}}${extra})`;
}

/** A SQL string literal. */
export function quoteText(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A SQL identifier. */
export function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A file DuckDB could not read, with the first line of its reason. */
export function unreadable(file: DataFile, cause: unknown): BriefingError {
  const first = (cause instanceof Error ? cause.message : String(cause))
    .split("\n")
    .find((l) => l.trim() !== "")!
    .replace(/^[A-Za-z ]*Error: /, "")
    .split(file.file)
    .join(file.path);
  return new BriefingError(`cannot read ${file.format === "parquet" ? "Parquet" : "CSV"} file: ${first}`, {
    code: "billing-unreadable",
    file: file.file,
    hint: "check that it is a complete FOCUS export; download or copy it again",
    cause,
  });
}
