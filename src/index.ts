/**
 * finops-briefings: tailored executive PowerPoint briefings from FinOps personas, an organization's
 * facts, Handlebars templates and themes.
 *
 * The pipeline, one folder per stage: load → validate → resolve → render → layout → pptx → write.
 * `buildWorkspace(root)` runs all of it; each stage is exported for programs that need one part.
 */
export {
  BriefingError,
  BuildContext,
  problemData,
  type BriefingWarning,
  type ProblemData,
  type SourceLocation,
} from "./errors.js";
export {
  loadWorkspace,
  type LoadedWorkspace,
  type LoadedFile,
  type LoadedPartial,
  type LoadOptions,
  type SourceFile,
} from "./load/index.js";
export {
  validateWorkspace,
  type Workspace,
  type ValidationResult,
  type Entity,
  type DeckEntity,
  type ThemeEntity,
  type OrganizationEntity,
} from "./validate/index.js";
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
  fitText,
  textWidth,
  wrapText,
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
  targetHash,
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
export { readManifest, type Manifest, type ManifestOutput } from "./load/index.js";
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
export {
  checkDeck,
  type CheckDeckInput,
  type Finding,
  type FindingSlide,
  type BillingFigures as CheckBillingFigures,
} from "./check/index.js";
export * from "./schema/index.js";
export {
  previewDecks,
  composeContactSheet,
  findPreviewTools,
  type PreviewOptions,
  type PreviewReport,
  type PreviewedDeck,
} from "./preview/index.js";
export {
  importTheme,
  themeFromPresentation,
  type ImportThemeOptions,
  type ImportedTheme,
  type MappedTheme,
} from "./import/index.js";
export { readPresentationTheme, type PresentationTheme, type MasterPicture } from "./load/index.js";
export {
  initWorkspace,
  writeJsonSchemas,
  scaffoldFiles,
  SCHEMA_DIR,
  type InitOptions,
  type InitResult,
} from "./write/index.js";
export { readPackagedDefaults, type DefaultFile } from "./load/packagedDefaults.js";
export { renderBrief, DEFAULT_BRIEF_TEMPLATE } from "./render/index.js";
export { presenterScript } from "./layout/index.js";
export { companionFiles, type CompanionFile } from "./build/index.js";
