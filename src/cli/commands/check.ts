import { relative } from "node:path";
import { checkWorkspace } from "../../build/checkWorkspace.js";
import type { Finding } from "../../check/finding.js";
import { problemData } from "../../errors.js";
import { loadWorkspace } from "../../load/loadWorkspace.js";
import { validateWorkspace } from "../../validate/validateWorkspace.js";
import { createStyle, formatProblem, plural, type CliIO } from "../output.js";

export interface CheckFlags {
  root: string;
  deck?: string[];
  audience?: string[];
  /** Judge dates against this day (YYYY-MM-DD) instead of today. */
  today?: string;
  json?: boolean;
  strict?: boolean;
}

/**
 * `briefings check`: render every selected deck as a build would and list what would embarrass its
 * presenter. Exit 1 for invalid input, or with --strict for any finding.
 */
export async function checkCommand(flags: CheckFlags, io: CliIO): Promise<number> {
  const validation = validateWorkspace(await loadWorkspace(flags.root));
  const report = validation.ok
    ? checkWorkspace(validation.workspace, { decks: flags.deck, audiences: flags.audience, today: flags.today })
    : { findings: [], checked: [], errors: validation.errors, warnings: [] };
  const failed = report.errors.length > 0 || (flags.strict === true && report.findings.length > 0);
  if (flags.json) {
    io.stdout(
      JSON.stringify(
        {
          ok: !failed,
          findings: report.findings,
          checked: report.checked,
          errors: report.errors.map(problemData),
          warnings: report.warnings.map(problemData),
        },
        null,
        2,
      ) + "\n",
    );
    return failed ? 1 : 0;
  }
  for (const e of report.errors) io.stderr(formatProblem(e, io.cwd) + "\n");
  for (const w of report.warnings) io.stderr(formatProblem(w, io.cwd, "warning") + "\n");
  const groups = groupFindings(report.findings);
  for (const lines of groups.map((g) => formatGroup(g, report.checked, io))) io.stdout(lines.join("\n") + "\n");
  const decks = plural(report.checked.length, "deck");
  if (report.errors.length > 0)
    io.stderr(`${plural(report.errors.length, "error")}; the decks they stop were not checked\n`);
  if (report.findings.length === 0) io.stderr(`${decks} checked: nothing found\n`);
  else
    io.stderr(
      `${plural(report.findings.length, "finding")} in ${decks} (${groups.length} to fix)` +
        (flags.strict ? "" : "; --strict makes them fail") +
        "\n",
    );
  return failed ? 1 : 0;
}

/** The same finding in several audiences' decks: one entry, fixed in one place. */
interface FindingGroup {
  first: Finding;
  in: Finding[];
}

function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = [f.rule, f.file, f.line, f.column, f.path, f.message].join("|");
    const group = groups.get(key);
    if (group) group.in.push(f);
    else groups.set(key, { first: f, in: [f] });
  }
  return [...groups.values()].sort(
    (a, b) =>
      (a.first.file ?? "").localeCompare(b.first.file ?? "") ||
      (a.first.line ?? 0) - (b.first.line ?? 0) ||
      (a.first.column ?? 0) - (b.first.column ?? 0) ||
      a.first.rule.localeCompare(b.first.rule),
  );
}

/**
 * `file:line:column  rule  message`, then which slide it is on for which audiences, then the hint:
 *
 *     decks/briefing.yaml:96:12  number-words  "A third" is typed into the template in words; …
 *         on: briefing slide 8 "A third of the bill has no owner" (ceo, cfo); slide 9 (cfo-dana)
 *         hint: …
 */
function formatGroup(group: FindingGroup, checked: CheckReportChecked, io: CliIO): string[] {
  const style = createStyle(io);
  const f = group.first;
  const file = f.file ? relative(io.cwd, f.file) || f.file : "";
  const where = [file, f.line, f.column].filter((p) => p !== undefined && p !== "").join(":");
  const lines = [[where, style.yellow(f.rule), f.message].filter(Boolean).join("  ")];
  lines.push(`    ${style.dim("on:")} ${placesOf(group, checked)}`);
  lines.push(`    ${style.dim("hint:")} ${f.hint}`);
  return lines;
}

type CheckReportChecked = readonly { deck: string; audience: string }[];

/**
 * Where a group's findings show, per deck: each slide with the audiences that see it there (a title
 * given once when the slide moves between audiences), or the whole deck.
 */
function placesOf(group: FindingGroup, checked: CheckReportChecked): string {
  const byDeck = new Map<string, Finding[]>();
  for (const f of group.in) byDeck.set(f.deck, [...(byDeck.get(f.deck) ?? []), f]);
  const parts: string[] = [];
  for (const [deck, findings] of byDeck) {
    const everyone = checked.filter((c) => c.deck === deck).length === findings.length;
    const bySlide = new Map<number, Finding[]>();
    for (const f of findings) bySlide.set(f.slide?.number ?? 0, [...(bySlide.get(f.slide?.number ?? 0) ?? []), f]);
    let lastTitle: string | undefined;
    const slides = [...bySlide].map(([number, at]) => {
      const who = everyone && bySlide.size === 1 ? "every audience" : at.map((f) => f.audience).join(", ");
      if (number === 0) return `the whole deck (${who})`;
      const title = at[0]!.slide!.title.replace(/\s+/g, " ");
      const shown = title === lastTitle ? "" : ` "${title}"`;
      lastTitle = title;
      return `slide ${number}${shown} (${who})`;
    });
    parts.push(`${deck}, ${slides.join(", ")}`);
  }
  return parts.join("; ");
}
