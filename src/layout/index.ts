export * from "./shapes.js";
export * from "./layoutDeck.js";
export { fitText, measureParagraphs, type FitRequest, type FitResult } from "./fitText.js";
export { textWidth, wrapText } from "./measureText.js";
export * from "./presenterScript.js";
export * from "./accessibility.js";
