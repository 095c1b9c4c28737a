export * from "./shapes.js";
export * from "./layoutDeck.js";
export { fitText, measureParagraphs } from "./fitText.js";
export { textWidth, wrapText } from "./measureText.js";
