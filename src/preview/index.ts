export * from "./previewDecks.js";
export { composeContactSheet, type ContactSheetOptions } from "./contactSheet.js";
export { findPreviewTools } from "./findTools.js";
