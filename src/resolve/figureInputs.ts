import type { Figures } from "./figures.js";

/**
 * The data a figure cannot be computed without, for figures that are null when it is missing or
 * zero: an error can then name the field to fill in rather than the template that used the figure.
 */
export const FIGURE_INPUTS: Partial<Record<keyof Figures, string>> = {
  budgetVariance: "organization.cloudSpend.budget",
};
