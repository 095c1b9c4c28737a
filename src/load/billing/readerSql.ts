import { BriefingError } from "../../errors.js";
import type { DataFile } from "./findDataFiles.js";

/** The DuckDB table function that reads a file: every CSV value as text, so the figures decide what is null. */
export function reader(file: DataFile, extra = ""): string {
  const path = quoteText(file.file);
  return file.format === "parquet"
    ? `read_parquet(${path}${extra})`
    : `read_csv(${path}, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true${extra})`;
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
  const first = String((cause as Error).message ?? cause)
    .split("\n")
    .find((l) => l.trim() !== "")!
    .replace(/^[A-Za-z ]*Error: /, "")
    .split(file.file)
    .join(file.path);
  return new BriefingError(`cannot read ${file.format === "parquet" ? "Parquet" : "CSV"} file: ${first}`, {
    file: file.file,
    hint: "check that it is a complete FOCUS export; download or copy it again",
    cause,
  });
}
