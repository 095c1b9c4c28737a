export * from "./importTheme.js";
export { themeFromPresentation, chooseLogo, type MappedTheme } from "./themeFromPresentation.js";
