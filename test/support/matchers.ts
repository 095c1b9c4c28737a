import { expect } from "vitest";

// vitest types its asymmetric matchers as `any`; these wrappers let them sit in typed expectations.

/** Matches text that matches `pattern`. */
export function textMatching(pattern: RegExp | string): unknown {
  return expect.stringMatching(pattern);
}
