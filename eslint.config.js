// `npm run lint`: typescript-eslint's strict, type-checked rules, and the layering rule (below).
import eslint from "@eslint/js";
import tseslint from "typescript-eslint";

// The layering rule, as the README's "How the code is laid out" states it: what each folder of src/
// may import. Stages run load → validate → resolve → render → layout → pptx → write; build, preview
// and import run them; cli adapts them. A folder not listed here is one of the shared pieces below.
const SHARED = ["model", "source", "text", "color", "paths", "schema", "template", "billing"];
const PURE_STAGES = ["validate", "resolve", "render", "layout", "check", "pptx"];
const RUNNERS = ["build", "preview", "import", "cli"];
const ALL = [...SHARED, "load", ...PURE_STAGES, "write", ...RUNNERS];

/** Folders each folder may not import from: anything not earlier in the pipeline than itself. */
const FORBIDDEN = {
  // Shared pieces depend on nothing but each other (and errors.ts).
  ...Object.fromEntries(SHARED.map((f) => [f, ALL.filter((g) => !SHARED.includes(g))])),
  load: ALL.filter((g) => !SHARED.includes(g)),
  // A pure stage imports the shared pieces and the pure stages before it: never load or write.
  ...Object.fromEntries(
    PURE_STAGES.map((f, i) => [f, ALL.filter((g) => !SHARED.includes(g) && !PURE_STAGES.slice(0, i).includes(g))]),
  ),
  write: ALL.filter((g) => !SHARED.includes(g)),
  build: ["preview", "import", "cli"],
  preview: ["cli"],
  import: ["build", "preview", "cli"],
  cli: [],
};

// Reading and writing files, and running programs: which folders may do which.
const FS = ["node:fs", "node:fs/promises", "fs", "fs/promises"];
const READS = ["readFile", "readFileSync", "readdir", "readdirSync", "stat", "statSync", "watch", "access"];
const WRITES = ["writeFile", "writeFileSync", "rename", "renameSync", "rm", "rmSync", "mkdir", "mkdirSync"];
const READS_FILES = ["load"];
const WRITES_FILES = ["write"];
const RUNS_PROGRAMS = ["preview", "write"];

function layering(folder) {
  const paths = [];
  if (!READS_FILES.includes(folder) && !WRITES_FILES.includes(folder))
    for (const name of FS) paths.push({ name, message: "only src/load reads files and only src/write writes them" });
  if (READS_FILES.includes(folder))
    for (const name of FS)
      paths.push({ name, importNames: WRITES, message: "only src/write writes files; load reads them" });
  if (WRITES_FILES.includes(folder))
    for (const name of FS)
      paths.push({ name, importNames: READS, message: "only src/load reads files; write writes them" });
  if (!RUNS_PROGRAMS.includes(folder))
    for (const name of ["node:child_process", "child_process"])
      paths.push({ name, message: "only src/preview and src/write run other programs (LibreOffice, pdftoppm)" });
  const forbidden = FORBIDDEN[folder].filter((f) => f !== folder);
  const patterns = forbidden.length
    ? [
        {
          regex: `^\\.\\.?/(?:\\.\\./)*(?:${forbidden.join("|")})/`,
          message:
            `src/${folder} may not import from ${forbidden.map((f) => `src/${f}`).join(", ")} ` +
            "(README: How the code is laid out)",
        },
      ]
    : [];
  return { "no-restricted-imports": ["error", { paths, patterns }] };
}

export default tseslint.config(
  { ignores: ["dist/", "out/", "coverage/", "node_modules/", "test/fixtures/"] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "max-len": ["error", { code: 120, ignoreUrls: true }],
      // With noUncheckedIndexedAccess, `list[i]!` is how code says an index is known to exist.
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      // A leading underscore marks what a signature or a destructuring must name but the code does not use.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  ...Object.keys(FORBIDDEN).map((folder) => ({ files: [`src/${folder}/**/*.ts`], rules: layering(folder) })),
  // Following symbolic links is how load and write check a path before touching it.
  { files: ["src/paths/resolveInside.ts"], rules: { "no-restricted-imports": "off" } },
  // Below the CLI nothing prints or exits: stages return results and errors, the CLI reports them.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**"],
    rules: {
      "no-console": "error",
      "no-restricted-properties": [
        "error",
        { object: "process", property: "exit", message: "return an exit code from the CLI instead" },
        { object: "process", property: "stdout", message: "only the CLI prints" },
        { object: "process", property: "stderr", message: "only the CLI prints" },
      ],
    },
  },
  { files: ["**/*.js", "**/*.mjs"], extends: [tseslint.configs.disableTypeChecked] },
);
