import { cp, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorkspace } from "../../src/build/buildWorkspace.js";
import { convertToPdf, pageCount } from "../support/libreoffice.js";
import { readPptx, slideText } from "../support/pptx.js";
import { tempDir } from "../support/tempDir.js";

// The default deck, built for organizations shaped unlike the sample (test/fixtures/organizations/):
// every sentence must be true for their data. Expected words and figures are worked out here from
// the organization files, independently of the tool's own arithmetic.
const repo = join(import.meta.dirname, "..", "..");
const cases = ["eur-walk", "shrinking", "jpy-crawl"] as const;
type Case = (typeof cases)[number];

interface Deck {
  slides: string[];
  notes: string[];
  text: string;
  file: string;
}
const decks = new Map<string, Deck>();
const orgs = new Map<Case, OrgData>();
interface OrgData {
  currency: string;
  locale: string;
  unallocatedShare: number;
  cloudSpend: { budget?: number; monthly: { month: string; amount: number }[] };
  earlyWins: { saving?: number }[];
}

beforeAll(async () => {
  for (const name of cases) {
    const root = await tempDir(`briefings-org-${name}-`);
    for (const folder of ["personas", "decks", "themes"])
      await cp(join(repo, folder), join(root, folder), { recursive: true });
    await cp(join(repo, "test", "fixtures", "organizations", `${name}.yaml`), join(root, "decks", "organization.yaml"));
    orgs.set(name, parse(await readFile(join(root, "decks", "organization.yaml"), "utf8")) as OrgData);
    const report = await buildWorkspace(root);
    expect(report.errors, name).toEqual([]);
    expect(report.failed, name).toEqual([]);
    for (const built of report.built) {
      const pptx = await readPptx(built.file);
      const slides = pptx.slides.map(slideText);
      decks.set(`${name}/${built.audience}`, {
        slides,
        notes: pptx.notes.map(slideText),
        text: slides.join("\n").replace(/\s+/g, " "),
        file: built.file,
      });
    }
  }
});

const deck = (name: Case, audience: string) => decks.get(`${name}/${audience}`)!;
const all = (name: Case) => ["ceo", "cfo", "cto", "cfo-dana-whitfield"].map((a) => deck(name, a));

/** A year of spend as the organization's figures define it: the last 12 months, annualized when fewer. */
function annualSpend(org: OrgData): number {
  const last = org.cloudSpend.monthly.slice(-12);
  return (last.reduce((s, m) => s + m.amount, 0) / last.length) * 12;
}
const compactMoney = (org: OrgData, value: number) =>
  new Intl.NumberFormat(org.locale, {
    style: "currency",
    currency: org.currency,
    notation: "compact",
    maximumFractionDigits: 1,
    minimumFractionDigits: 0,
    // Three significant digits at most: 905.000 €, not 904.800 €.
    maximumSignificantDigits: 3,
    roundingPriority: "lessPrecision",
  }).format(value);

describe("the default deck for organizations unlike the sample", () => {
  it.each(cases)("%s: no sample-company wording survives, and amounts are in its own currency", (name) => {
    for (const d of all(name)) {
      expect(d.text).not.toMatch(/Corvane|shipment|logistic|Priya|tracking event/i);
      expect(d.text).not.toContain("$");
      expect(d.text).not.toMatch(/US dollar/);
    }
  });

  it.each(cases)("%s: every slide has notes written for it", (name) => {
    for (const d of all(name)) {
      expect(d.notes).toHaveLength(d.slides.length);
      for (const n of d.notes) expect(n.length).toBeGreaterThan(40);
    }
  });

  it.each(cases)("%s: states the share with no owner, and its amount, as the data has them", (name) => {
    const org = orgs.get(name)!;
    const expectedWords = { "eur-walk": "Nearly an eighth", shrinking: "Half", "jpy-crawl": "Just over a quarter" }[
      name
    ];
    expect(org.unallocatedShare).toBeCloseTo({ "eur-walk": 0.12, shrinking: 0.5, "jpy-crawl": 0.26 }[name]);
    const amount = compactMoney(org, annualSpend(org) * org.unallocatedShare).replace(/\s+/g, " ");
    for (const audience of ["cfo", "cto"]) {
      expect(deck(name, audience).text).toContain(`${expectedWords} of the bill cannot be traced`);
      expect(deck(name, audience).text).toContain(`${amount} a year of cloud spend has no owning team`);
    }
  });

  it.each(cases)("%s: counts its early wins in words that agree with the list", (name) => {
    const org = orgs.get(name)!;
    const count = org.earlyWins.filter((w) => (w.saving ?? 0) > 0).length;
    const word = ["zero", "one", "two", "three", "four", "five"][count]!;
    const Word = word[0]!.toUpperCase() + word.slice(1);
    expect(deck(name, "cfo").text).toContain(`${Word} early ${count === 1 ? "win" : "wins"} worth`);
    expect(deck(name, "cto").text).toContain(
      `${Word} ${count === 1 ? "change within reach saves" : "changes within reach save"}`,
    );
    expect(deck(name, "cto").text).toContain(`Early wins, ${word} ${count === 1 ? "action" : "actions"}`);
  });

  it("says under budget when the forecast is under it, in euros with German number formats", () => {
    const cfo = deck("eur-walk", "cfo").text;
    expect(cfo).toContain("Under budget this year");
    expect(cfo).toMatch(/ends the fiscal year [\d,.]+\s(Mio\.|Tsd\.)\s€ under budget/);
    expect(cfo).not.toMatch(/over budget/i);
    expect(cfo).toContain("Each euro the practice costs is set against");
    expect(cfo).toContain("euros of avoidable waste");
    expect(cfo).toMatch(/\d+\s%/); // German percentages
    // Fifteen months of history: growth is the latest month against the same month a year earlier.
    const ceo = deck("eur-walk", "ceo").text;
    expect(ceo).toContain(`since Nov 2025`);
    expect(ceo).toContain(`${Math.round((660_000 / 575_000 - 1) * 100)} %`); // the text's spaces are normalized
    expect(deck("eur-walk", "cto").text).toContain("We are in the walk stage");
    expect(deck("eur-walk", "cfo").notes.join(" ")).toContain("at the walk stage");
  });

  it("says spend is falling and no budget exists when that is so, and names the CEO as sponsor", () => {
    const ceo = deck("shrinking", "ceo").text;
    // Eight monthly steps from Mar to Nov 2026, compounded to a yearly rate.
    expect(ceo).toContain("Yearly decline in cloud spend");
    expect(ceo).toContain(`${Math.round((1 - (338_000 / 410_000) ** (12 / 8)) * 100)}%`);
    expect(ceo).not.toMatch(/keeps growing|grows \d/);
    expect(ceo).toContain("Sponsor the practice yourself");
    const cfo = deck("shrinking", "cfo").text;
    expect(cfo).toContain("There is no cloud budget to steer by");
    expect(cfo).not.toMatch(/(over|under) budget/i);
    expect(cfo).toContain("Co-sponsor the practice with the CEO");
    expect(deck("shrinking", "cto").text).toContain("Co-sponsor the practice with the CEO");
    // Nine months of history: a year's figures are annualized, and the deck says so.
    expect(cfo).toContain("annualized from the nine months to Nov 2026");
    expect(deck("shrinking", "cto").text).toContain("We are in the run stage");
  });

  it("says spend rose while revenue fell, and estimates the fiscal months before the data starts", () => {
    const ceo = deck("jpy-crawl", "ceo").text;
    expect(ceo).toMatch(/Cloud spend grows \d+% a year while revenue falls 3% a year/);
    const cfo = deck("jpy-crawl", "cfo").text;
    expect(cfo).toContain("The four months before May 2026 are estimated");
    expect(cfo).toContain("by a date we agree today"); // no decision date given
    expect(deck("jpy-crawl", "cto").text).toContain("We are in the crawl stage");
  });

  it.each(cases)("%s: every deck opens in LibreOffice with one page per slide", async (name) => {
    const built = all(name);
    const pdfs = await convertToPdf(
      built.map((d) => d.file),
      join(built[0]!.file, ".."),
    );
    for (const d of built) expect(await pageCount(pdfs.get(d.file)!), d.file).toBe(d.slides.length);
  });
});
