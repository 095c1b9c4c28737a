/**
 * finops-briefings: tailored executive PowerPoint briefings from FinOps personas, an organization's
 * facts, Handlebars templates and themes.
 *
 * The pipeline, one folder per stage: load → validate → resolve → render → layout → pptx → write.
 * `buildWorkspace(root)` runs all of it; each stage is exported for programs that need one part.
 * Only the stages, the commands and their types are public: helpers inside a stage (text fitting,
 * hashing, the manifest) may change without notice.
 */
export {
  BriefingError,
  BuildContext,
  problemData,
  type BriefingWarning,
  type ProblemData,
  type SourceLocation,
} from "./errors.js";
export { loadWorkspace, type LoadOptions, type SourceFile } from "./load/index.js";
export type { LoadedWorkspace, LoadedFile, LoadedPartial } from "./model/loadedWorkspace.js";
export { validateWorkspace, type ValidationResult } from "./validate/index.js";
export type { Workspace, Entity, DeckEntity, ThemeEntity, OrganizationEntity } from "./model/workspace.js";
export {
  resolveTargets,
  resolveAudience,
  applyOverrides,
  computeFigures,
  billingFigures,
  figureProvenance,
  BILLING_DEFINITIONS,
  type BillingFigures,
  type BillingOptions,
  type BillingSource,
  type OrganizationFigures,
  type FigureProvenance,
  type BriefingContext,
  type BuildTarget,
  type Figures,
} from "./resolve/index.js";
export {
  createDeckRenderer,
  createFormatter,
  HELPER_NAMES,
  type RenderedTarget,
  type RenderedSlide,
  type Formatter,
} from "./render/index.js";
export {
  layoutDeck,
  checkAccessibility,
  A11Y_RULES,
  type A11yFinding,
  type A11yRule,
  type LaidOutDeck,
  type LaidOutSlide,
  type Shape,
  type PlaceholderRole,
} from "./layout/index.js";
export { renderPptx } from "./pptx/index.js";
export { writeFileAtomic } from "./write/index.js";
export {
  planBuild,
  selectTargets,
  buildDecks,
  buildWorkspace,
  watchWorkspace,
  defaultToday,
  checkWorkspace,
  type CheckReport,
  type BuildOptions,
  type BuildWorkspaceOptions,
  type BuildReport,
  type BuiltDeck,
  type BuildPlan,
  type SelectOptions,
  type WatchOptions,
  type WatchBuild,
} from "./build/index.js";
export {
  warehouseQuery,
  summaryQuery,
  SQL_DIALECTS,
  SUMMARY_COLUMNS,
  type SqlDialect,
  type BillingSummary,
  type SummaryRow,
  type LoadedBilling,
} from "./load/index.js";
export { checkDeck, type CheckDeckInput, type Finding, type FindingSlide } from "./check/index.js";
export * from "./schema/index.js";
export { previewDecks, type PreviewOptions, type PreviewReport, type PreviewedDeck } from "./preview/index.js";
export {
  importTheme,
  themeFromPresentation,
  type ImportThemeOptions,
  type ImportedTheme,
  type MappedTheme,
} from "./import/index.js";
export { readPresentationTheme, type PresentationTheme, type MasterPicture } from "./load/index.js";
export { writeJsonSchemas } from "./write/index.js";
export { initWorkspace, type InitOptions, type InitResult } from "./build/index.js";
export { renderBrief, DEFAULT_BRIEF_TEMPLATE } from "./render/index.js";
export { presenterScript } from "./layout/index.js";
