export { checkDeck, type CheckDeckInput } from "./checkDeck.js";
export type { Finding, FindingSlide } from "./finding.js";
