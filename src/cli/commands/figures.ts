import { join } from "node:path";
import { defaultToday } from "../../build/defaultToday.js";
import { problemData } from "../../errors.js";
import { warehouseQuery, type SqlDialect } from "../../load/billing/summaryQuery.js";
import { loadWorkspace } from "../../load/loadWorkspace.js";
import { definitionOf } from "../../resolve/billing/definitions.js";
import { figureProvenance } from "../../resolve/figureProvenance.js";
import { validateWorkspace } from "../../validate/validateWorkspace.js";
import { formatProblem, plural, type CliIO } from "../output.js";

export interface FiguresFlags {
  root: string;
  json?: boolean;
  sql?: boolean;
  dialect: SqlDialect;
}

/**
 * `briefings figures`: every figure templates see, with where it comes from; `--sql` prints the
 * billing summary query for a data warehouse instead.
 */
export async function figuresCommand(flags: FiguresFlags, io: CliIO): Promise<number> {
  if (flags.sql) {
    io.stdout(warehouseQuery(flags.dialect));
    return 0;
  }
  // The build's billing cache (read only) spares reading unchanged billing data again.
  const validation = validateWorkspace(await loadWorkspace(flags.root, { cacheDir: join(flags.root, "out") }));
  if (!validation.ok) {
    if (flags.json)
      io.stdout(JSON.stringify({ ok: false, errors: validation.errors.map(problemData) }, null, 2) + "\n");
    else {
      for (const e of validation.errors) io.stderr(formatProblem(e, io.cwd) + "\n");
      io.stderr(`${plural(validation.errors.length, "error")} found\n`);
    }
    return 1;
  }
  const organizations = figureProvenance(validation.workspace, { today: defaultToday() });
  if (flags.json) {
    io.stdout(JSON.stringify({ ok: true, organizations }, null, 2) + "\n");
    return 0;
  }
  for (const org of organizations) {
    io.stdout(`${org.name} — ${org.file}${org.decks.length ? ` (decks: ${org.decks.join(", ")})` : ""}\n`);
    if (org.billing) {
      const b = org.billing;
      const scope = `${b.rows} in ${b.currency} ${b.period.from} to ${b.period.to}`;
      io.stdout(`  billing: ${b.sourceLine}\n    ${b.files.join(", ")}: ${b.rowsRead} rows read, ${scope}\n`);
      for (const note of b.notes) io.stdout(`    note: ${note}\n`);
    }
    const width = Math.max(...org.figures.map((f) => f.name.length));
    let family = "";
    for (const f of org.figures) {
      const group = f.name
        .split(".")
        .slice(0, f.source === "billing" ? 2 : 1)
        .join(".");
      if (group !== family) {
        family = group;
        const about =
          f.source === "billing"
            ? definitionOf(f.name.slice("billing.".length))
            : f.source === "organization"
              ? `typed in ${f.file}`
              : `derived from ${f.file}${org.billing ? " and its billing data" : ""}`;
        io.stdout(`  ${group}: ${about ?? ""}\n`);
      }
      const where = f.source === "organization" ? `  ${f.file}:${f.line ?? 1}:${f.column ?? 1}` : "";
      io.stdout(
        `    ${f.name.padEnd(width)}  ${String(f.value).padStart(14)}${f.label ? `  ${f.label}` : ""}${where}\n`,
      );
    }
  }
  return 0;
}
