import { MATURITY_STAGES, type MaturityStage } from "../schema/organization.js";
import type { Source } from "../schema/common.js";

/** What each maturity stage typically reaches, from the FinOps Foundation's maturity model. */
export interface StageTargets {
  /** Share of spend allocated to an owner: at least this much. */
  allocation: number;
  /** Commitment-based discount coverage, roughly. */
  coverage: number;
  /** Forecast variance: at most this much. */
  forecastVariance: number;
}

export const MATURITY_TARGETS: Record<MaturityStage, StageTargets> = {
  crawl: { allocation: 0.5, coverage: 0.6, forecastVariance: 0.2 },
  walk: { allocation: 0.8, coverage: 0.7, forecastVariance: 0.15 },
  run: { allocation: 0.9, coverage: 0.8, forecastVariance: 0.12 },
};

/** Where the targets come from, for the sources slide. */
export const MATURITY_SOURCE: Source = {
  title: "FinOps Framework — Maturity Model (targets by stage for allocation, commitment coverage, forecast variance)",
  publisher: "FinOps Foundation",
  url: "https://www.finops.org/framework/maturity-model/",
  license: "CC BY 4.0",
};

/** The stage today, the one after it (the same at run) and the targets of both. */
export function maturityFigures(stage: MaturityStage) {
  const index = MATURITY_STAGES.indexOf(stage);
  const next = MATURITY_STAGES[Math.min(index + 1, MATURITY_STAGES.length - 1)]!;
  return { stage, next, atTop: stage === next, targets: MATURITY_TARGETS[stage], nextTargets: MATURITY_TARGETS[next] };
}
