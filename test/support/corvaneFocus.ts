/**
 * A deterministic FOCUS 1.0 export for the fictional Corvane Logistics: daily charges on AWS and
 * Microsoft Azure, growing month by month, with allocation (`team`) and `environment` tags, savings
 * plans and reservations with a little unused commitment. `npm run billing:sample` writes it to
 * decks/billing/corvane-focus.csv.gz; a test keeps that file in step with this code.
 *
 * Only integer arithmetic and the four IEEE operations are used (no Math.pow, no Math.random), so
 * every machine generates the same bytes.
 */

/** The columns written, in order: FOCUS 1.0's mandatory ones and the conditional ones an AWS or Azure export fills. */
export const FOCUS_COLUMNS = [
  "BilledCost",
  "BillingAccountId",
  "BillingAccountName",
  "BillingCurrency",
  "BillingPeriodEnd",
  "BillingPeriodStart",
  "ChargeCategory",
  "ChargeClass",
  "ChargeDescription",
  "ChargeFrequency",
  "ChargePeriodEnd",
  "ChargePeriodStart",
  "CommitmentDiscountCategory",
  "CommitmentDiscountId",
  "CommitmentDiscountStatus",
  "CommitmentDiscountType",
  "ContractedCost",
  "ContractedUnitPrice",
  "EffectiveCost",
  "InvoiceIssuerName",
  "ListCost",
  "ListUnitPrice",
  "PricingCategory",
  "PricingQuantity",
  "PricingUnit",
  "ProviderName",
  "PublisherName",
  "RegionId",
  "ResourceId",
  "ServiceCategory",
  "ServiceName",
  "SubAccountId",
  "SubAccountName",
  "Tags",
] as const;

export type FocusRow = Record<(typeof FOCUS_COLUMNS)[number], string>;

type Provider = "AWS" | "Microsoft";

/** A group of resources billed together: its share of list cost, owner tags and how much a commitment covers. */
interface Workload {
  provider: Provider;
  service: string;
  category: string;
  /** Share of the month's list cost, in basis points. */
  share: number;
  /** Tag values; a missing team leaves the cost unallocated. */
  team?: string;
  environment?: string;
  application: string;
  /** Share of its list cost run on a commitment, in percent. */
  committed: number;
  unit: string;
  /** List price per unit, in millionths. */
  price: number;
  region: string;
  account: string;
}

const WORKLOADS: Workload[] = [
  w(
    "AWS",
    "Amazon Elastic Compute Cloud",
    "Compute",
    1200,
    "routing",
    "production",
    "route-planner",
    78,
    "Hrs",
    192000,
  ),
  w(
    "AWS",
    "Amazon Elastic Compute Cloud",
    "Compute",
    800,
    "tracking",
    "production",
    "tracking-ingest",
    75,
    "Hrs",
    96000,
  ),
  w("AWS", "Amazon Elastic Compute Cloud", "Compute", 600, undefined, "production", "legacy-fleet", 20, "Hrs", 85000),
  w("AWS", "Amazon Elastic Compute Cloud", "Compute", 350, undefined, "development", "sandboxes", 0, "Hrs", 41600),
  w(
    "AWS",
    "Amazon Elastic Kubernetes Service",
    "Compute",
    300,
    "platform",
    "production",
    "shared-cluster",
    0,
    "Hrs",
    100000,
  ),
  w(
    "AWS",
    "Amazon Relational Database Service",
    "Databases",
    700,
    "customer-portal",
    "production",
    "orders-db",
    60,
    "Hrs",
    482000,
  ),
  w("AWS", "Amazon Relational Database Service", "Databases", 200, "tracking", "test", "tracking-db", 0, "Hrs", 171000),
  w(
    "AWS",
    "Amazon Simple Storage Service",
    "Storage",
    400,
    "data-platform",
    "production",
    "data-lake",
    0,
    "GB-Mo",
    23000,
  ),
  w("AWS", "Amazon Simple Storage Service", "Storage", 260, undefined, undefined, "backups", 0, "GB-Mo", 12500),
  w("AWS", "Amazon Redshift", "Analytics", 500, "data-platform", "production", "warehouse", 0, "Hrs", 1086000),
  w("AWS", "Amazon Kinesis", "Analytics", 200, "tracking", "production", "event-stream", 0, "Hrs", 15000),
  w("AWS", "AWS Data Transfer", "Networking", 350, undefined, undefined, "egress", 0, "GB", 90000),
  w("AWS", "Amazon CloudFront", "Networking", 150, "customer-portal", "production", "portal-cdn", 0, "GB", 85000),
  w("Microsoft", "Virtual Machines", "Compute", 800, "dispatch", "production", "dispatch-app", 60, "Hours", 192000),
  w("Microsoft", "Virtual Machines", "Compute", 350, undefined, "development", "dev-test", 0, "Hours", 96000),
  w("Microsoft", "Azure Kubernetes Service", "Compute", 250, "platform", "test", "staging-cluster", 0, "Hours", 100000),
  w("Microsoft", "Azure SQL Database", "Databases", 500, "dispatch", "production", "dispatch-db", 40, "Hours", 505000),
  w("Microsoft", "Storage Accounts", "Storage", 300, undefined, undefined, "file-shares", 0, "GB/Month", 20800),
  w(
    "Microsoft",
    "Azure Synapse Analytics",
    "Analytics",
    300,
    "data-platform",
    "development",
    "analytics-lab",
    0,
    "Hours",
    1200000,
  ),
  w("Microsoft", "Bandwidth", "Networking", 150, undefined, undefined, "egress", 0, "GB", 87000),
];

function w(
  provider: Provider,
  service: string,
  category: string,
  share: number,
  team: string | undefined,
  environment: string | undefined,
  application: string,
  committed: number,
  unit: string,
  price: number,
): Workload {
  const aws = provider === "AWS";
  return {
    provider,
    service,
    category,
    share,
    team,
    environment,
    application,
    committed,
    unit,
    price,
    region: aws ? "us-east-1" : "eastus",
    account: environment === "production" ? "production" : environment === undefined ? "shared" : "nonproduction",
  };
}

/** The provider's negotiated discount off list (percent) and the commitment's discount off that (percent). */
const DISCOUNTS: Record<Provider, { negotiated: number; commitment: number }> = {
  AWS: { negotiated: 6, commitment: 28 },
  Microsoft: { negotiated: 4, commitment: 33 },
};

/** Options for {@link corvaneFocusRows}. */
export interface CorvaneOptions {
  /** First month, YYYY-MM (default 2025-12). */
  from?: string;
  /** How many months (default 12). */
  months?: number;
  /** List cost of the first month before growth, in dollars (default 1,672,000). */
  firstMonthList?: number;
  /** Growth from the first to the twelfth month, in percent (default 35). */
  growth?: number;
}

/** The export's rows, oldest first. */
export function corvaneFocusRows(options: CorvaneOptions = {}): FocusRow[] {
  const from = options.from ?? "2025-12";
  const count = options.months ?? 12;
  const base = options.firstMonthList ?? 1_672_000;
  const growth = options.growth ?? 35;
  const random = mulberry32(20251201);
  const rows: FocusRow[] = [];
  const reservation: FocusRow[] = [];
  let azureCommitted = 0;
  for (let m = 0; m < count; m++) {
    const month = addMonths(from, m);
    const next = addMonths(from, m + 1);
    const days = daysIn(month);
    // Linear growth: the twelfth month is `growth` percent above the first.
    const monthList = base * (1 + (growth / 100) * (m / 11));
    const committedEffective: Record<Provider, number> = { AWS: 0, Microsoft: 0 };
    for (let d = 1; d <= days; d++) {
      const day = `${month}-${String(d).padStart(2, "0")}`;
      const dayEnd = d === days ? `${next}-01` : `${month}-${String(d + 1).padStart(2, "0")}`;
      for (const [i, load] of WORKLOADS.entries()) {
        // ±3% day-to-day variation, the same on every machine.
        const list = ((monthList * load.share) / 10_000 / days) * (0.97 + (random() % 601) / 10_000);
        const { negotiated, commitment } = DISCOUNTS[load.provider];
        const parts: [number, boolean][] = load.committed
          ? [
              [(list * load.committed) / 100, true],
              [(list * (100 - load.committed)) / 100, false],
            ]
          : [[list, false]];
        for (const [partList, onCommitment] of parts) {
          const contracted = (partList * (100 - negotiated)) / 100;
          const effective = onCommitment ? (contracted * (100 - commitment)) / 100 : contracted;
          if (onCommitment) committedEffective[load.provider] += effective;
          rows.push(
            row({
              load,
              index: i,
              month,
              next,
              day,
              dayEnd,
              list: partList,
              contracted,
              effective,
              // Commitments are paid by their own purchase rows, not by the usage they cover.
              billed: onCommitment ? 0 : effective,
              onCommitment,
            }),
          );
        }
      }
    }
    for (const provider of ["AWS", "Microsoft"] as const) {
      // Utilization of about 90%: the unused part is a ninth of what was used.
      const unused = committedEffective[provider] / 9;
      rows.push(unusedRow(provider, month, next, unused));
      const paid = committedEffective[provider] + unused;
      if (provider === "AWS") rows.push(purchaseRow(provider, month, next, paid, "Recurring"));
      else azureCommitted += paid;
    }
  }
  // Azure's reservation was paid upfront, in the first month, for the whole year it covers.
  reservation.push(purchaseRow("Microsoft", from, addMonths(from, 1), azureCommitted, "One-Time"));
  const firstMonthRows = rows.findIndex((r) => !r.ChargePeriodStart.startsWith(from));
  rows.splice(firstMonthRows < 0 ? rows.length : firstMonthRows, 0, ...reservation);
  return rows;
}

function row(p: {
  load: Workload;
  index: number;
  month: string;
  next: string;
  day: string;
  dayEnd: string;
  list: number;
  contracted: number;
  effective: number;
  billed: number;
  onCommitment: boolean;
}): FocusRow {
  const { load } = p;
  const aws = load.provider === "AWS";
  const quantity = (p.list * 1_000_000) / load.price;
  const tags: Record<string, string> = {};
  // Azure users here capitalize their tag keys; the figures compare keys without regard to case.
  const key = (k: string) => (aws ? k : k[0]!.toUpperCase() + k.slice(1));
  if (load.team) tags[key("team")] = load.team;
  if (load.environment) tags[key("environment")] = load.environment;
  tags[key("application")] = load.application;
  return {
    ...account(load.provider, load.account),
    BilledCost: money(p.billed),
    BillingCurrency: "USD",
    BillingPeriodEnd: `${p.next}-01T00:00:00Z`,
    BillingPeriodStart: `${p.month}-01T00:00:00Z`,
    ChargeCategory: "Usage",
    ChargeClass: "",
    ChargeDescription: `${load.service} ${load.unit} for ${load.application}`,
    ChargeFrequency: "Usage-Based",
    ChargePeriodEnd: `${p.dayEnd}T00:00:00Z`,
    ChargePeriodStart: `${p.day}T00:00:00Z`,
    ...commitmentColumns(load.provider, p.onCommitment ? "Used" : undefined),
    ContractedCost: money(p.contracted),
    ContractedUnitPrice: money((load.price * (100 - DISCOUNTS[load.provider].negotiated)) / 100 / 1_000_000),
    EffectiveCost: money(p.effective),
    ListCost: money(p.list),
    ListUnitPrice: money(load.price / 1_000_000),
    PricingCategory: p.onCommitment ? "Committed" : "Standard",
    PricingQuantity: money(quantity),
    PricingUnit: load.unit,
    ProviderName: load.provider,
    PublisherName: aws ? "Amazon Web Services, Inc." : "Microsoft",
    RegionId: load.region,
    ResourceId: `${aws ? "arn:aws:corvane" : "/subscriptions/corvane"}/${load.application}-${p.index}`,
    ServiceCategory: load.category,
    ServiceName: load.service,
    Tags: JSON.stringify(tags),
  };
}

function unusedRow(provider: Provider, month: string, next: string, effective: number): FocusRow {
  const aws = provider === "AWS";
  return {
    ...account(provider, "shared"),
    BilledCost: money(0),
    BillingCurrency: "USD",
    BillingPeriodEnd: `${next}-01T00:00:00Z`,
    BillingPeriodStart: `${month}-01T00:00:00Z`,
    ChargeCategory: "Usage",
    ChargeClass: "",
    ChargeDescription: `Unused ${aws ? "savings plan" : "reservation"} commitment`,
    ChargeFrequency: "Usage-Based",
    ChargePeriodEnd: `${next}-01T00:00:00Z`,
    ChargePeriodStart: `${month}-01T00:00:00Z`,
    ...commitmentColumns(provider, "Unused"),
    ContractedCost: money(0),
    ContractedUnitPrice: "",
    EffectiveCost: money(effective),
    ListCost: money(0),
    ListUnitPrice: "",
    PricingCategory: "Committed",
    PricingQuantity: money(0),
    PricingUnit: aws ? "Hrs" : "Hours",
    ProviderName: provider,
    PublisherName: aws ? "Amazon Web Services, Inc." : "Microsoft",
    RegionId: aws ? "us-east-1" : "eastus",
    ResourceId: "",
    ServiceCategory: "Compute",
    ServiceName: aws ? "Amazon Elastic Compute Cloud" : "Virtual Machines",
    Tags: "",
  };
}

function purchaseRow(
  provider: Provider,
  month: string,
  next: string,
  billed: number,
  frequency: "Recurring" | "One-Time",
): FocusRow {
  const aws = provider === "AWS";
  return {
    ...account(provider, "shared"),
    BilledCost: money(billed),
    BillingCurrency: "USD",
    BillingPeriodEnd: `${next}-01T00:00:00Z`,
    BillingPeriodStart: `${month}-01T00:00:00Z`,
    ChargeCategory: "Purchase",
    ChargeClass: "",
    ChargeDescription: aws
      ? "Compute Savings Plan, 1 year, no upfront"
      : "Reserved VM and SQL capacity, 1 year, upfront",
    ChargeFrequency: frequency,
    ChargePeriodEnd: `${next}-01T00:00:00Z`,
    ChargePeriodStart: `${month}-01T00:00:00Z`,
    ...commitmentColumns(provider, undefined, true),
    // What the commitment costs is billed here and amortized over the usage it covers (EffectiveCost
    // there); list and contracted costs belong to that usage too, so they are 0 here.
    ContractedCost: money(0),
    ContractedUnitPrice: "",
    EffectiveCost: money(0),
    ListCost: money(0),
    ListUnitPrice: "",
    PricingCategory: "NULL",
    PricingQuantity: money(1),
    PricingUnit: "Commitment",
    ProviderName: provider,
    PublisherName: aws ? "Amazon Web Services, Inc." : "Microsoft",
    RegionId: "",
    ResourceId: "",
    ServiceCategory: "Compute",
    ServiceName: aws ? "Savings Plans for AWS Compute usage" : "Reservations",
    Tags: "NULL",
  };
}

function account(provider: Provider, name: string) {
  const aws = provider === "AWS";
  return {
    BillingAccountId: aws ? "310987654321" : "corvane-ea-7731",
    BillingAccountName: aws ? "Corvane Logistics" : "Corvane Logistics EA",
    InvoiceIssuerName: aws ? "Amazon Web Services, Inc." : "Microsoft",
    SubAccountId: `${aws ? "4100" : "sub-"}${["production", "nonproduction", "shared"].indexOf(name) + 1}`,
    SubAccountName: `corvane-${name}`,
  };
}

function commitmentColumns(provider: Provider, status: "Used" | "Unused" | undefined, purchase = false) {
  if (!status && !purchase)
    return {
      CommitmentDiscountCategory: "",
      CommitmentDiscountId: "",
      CommitmentDiscountStatus: "",
      CommitmentDiscountType: "",
    };
  const aws = provider === "AWS";
  return {
    CommitmentDiscountCategory: "Spend",
    CommitmentDiscountId: aws ? "arn:aws:savingsplans::310987654321:savingsplan/corvane-1" : "/reservations/corvane-1",
    CommitmentDiscountStatus: status ?? "",
    CommitmentDiscountType: aws ? "Compute Savings Plan" : "Reservation",
  };
}

/** Money as exports write it: ten decimals. */
function money(value: number): string {
  return value.toFixed(10);
}

/** The rows as CSV text with a header, every value quoted as in the official FOCUS sample. */
export function focusCsv(rows: readonly FocusRow[]): string {
  const quote = (v: string) => (v === "" ? "" : `"${v.replace(/"/g, '""')}"`);
  return (
    [FOCUS_COLUMNS.join(","), ...rows.map((r) => FOCUS_COLUMNS.map((c) => quote(r[c])).join(","))].join("\n") + "\n"
  );
}

/** Deterministic 32-bit pseudo-random integers (mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function addMonths(month: string, n: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function daysIn(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][
    m - 1
  ]!;
}
