import { relative, sep } from "node:path";
import { locate } from "../source/sourceFile.js";
import type { Workspace } from "../model/workspace.js";
import { billingFigures, type BillingFigures } from "./billing/billingFigures.js";
import { definitionOf } from "./billing/definitions.js";
import { organizationFacts } from "./billing/organizationFacts.js";
import { computeFigures } from "./figures.js";

/** One figure a template can show, with where it comes from. */
export type FigureProvenance = {
  /** The figure's path as templates write it, e.g. `billing.total.effective`. */
  name: string;
  value: number | null;
  /** What the entry of a list is about, e.g. "AWS · Amazon EC2 · Compute" (for reading; not part of the path). */
  label?: string;
} & (
  | {
      /** Computed from billing data. */
      source: "billing";
      files: string[];
      /** FOCUS rows in the currency and period. */
      rows: number;
      period: { from: string; to: string };
      currency: string;
      definition: string;
    }
  | {
      /** Typed in the organization file. */
      source: "organization";
      file: string;
      line?: number;
      column?: number;
      /** The field, e.g. `cloudSpend.annual`. */
      field: string;
    }
  | {
      /** Derived by the tool from the organization file's typed figures. */
      source: "derived";
      file: string;
    }
);

/** Every figure of one organization. */
export interface OrganizationFigures {
  /** The organization file, relative to the workspace. */
  file: string;
  name: string;
  /** Decks built from it. */
  decks: string[];
  /** The billing figures' source, when the organization has billing data. */
  billing: (BillingFigures["source"] & { sourceLine: string }) | null;
  figures: FigureProvenance[];
}

/**
 * Every number templates can show, per organization, with its provenance: billing figures with
 * their files, rows, period, currency and definition; typed figures with their file and field;
 * derived figures (as of the first deck's date, else `today`) with the file they are derived from.
 * The audiences' key metrics, which depend on the persona, are not listed. Pure.
 */
export function figureProvenance(workspace: Workspace, options: { today: string }): OrganizationFigures[] {
  const rel = (path: string) => relative(workspace.root, path).split(sep).join("/");
  return [...workspace.organizations.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([path, entity]) => {
      const org = entity.value;
      const file = rel(path);
      const figures: FigureProvenance[] = [];
      let billing: OrganizationFigures["billing"] = null;
      const measured =
        entity.billing && org.billing
          ? billingFigures(entity.billing.summary, { ...org.billing, locale: org.locale })
          : null;
      if (measured) {
        const b = measured;
        billing = { ...b.source, sourceLine: b.sourceLine };
        for (const [name, value, label] of numbers({ ...b, source: undefined })) {
          figures.push({
            name: `billing.${name}`,
            value,
            ...(label ? { label } : {}),
            source: "billing",
            files: b.source.files,
            rows: b.source.rows,
            period: b.source.period,
            currency: b.source.currency,
            definition: definitionOf(name) ?? "",
          });
        }
      }
      for (const [field, value, label] of numbers({ ...org, billing: undefined })) {
        const at = locate(entity.source, field.split("."));
        figures.push({
          name: `organization.${field}`,
          value,
          ...(label ? { label } : {}),
          source: "organization",
          file,
          line: at.line,
          column: at.column,
          field,
        });
      }
      const decks = [...workspace.decks.values()].filter((d) => d.organizationFile === path);
      // Derived figures as of the first deck's date; the audience's own key metrics are left out.
      const date = decks.find((d) => d.value.date)?.value.date ?? options.today;
      for (const [name, value, label] of numbers({
        ...computeFigures(organizationFacts(org, measured), { keyMetrics: [] }, date),
        keyMetrics: [],
      }))
        figures.push({ name: `figures.${name}`, value, ...(label ? { label } : {}), source: "derived", file });
      return { file, name: org.name, decks: decks.map((d) => d.id), billing, figures };
    });
}

/** The numbers (and nulls) in plain data, by dotted path, with a label for list entries. */
function numbers(data: unknown, path = "", label?: string): [string, number | null, string?][] {
  if (typeof data === "number" || data === null) return path ? [[path, data, label]] : [];
  if (typeof data !== "object") return [];
  const entries = Array.isArray(data) ? data.map((v, i) => [String(i), v] as const) : Object.entries(data);
  return entries.flatMap(([key, value]) =>
    numbers(value, path ? `${path}.${key}` : key, Array.isArray(data) ? (labelOf(value) ?? label) : label),
  );
}

/** What identifies a list entry: its month, name, service or role. */
function labelOf(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.service === "string" || v.service === null)
    return [v.provider, v.service, v.category].map((x) => (typeof x === "string" ? x : "none")).join(" · ");
  for (const key of ["month", "name", "role", "title", "stage"]) if (typeof v[key] === "string") return v[key];
  return undefined;
}
