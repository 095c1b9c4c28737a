import { posix } from "node:path";
import { isMap, isScalar, parseDocument, YAMLMap, type Scalar } from "yaml";
import type { DefaultFile } from "../load/packagedDefaults.js";
import type { FileKind } from "../schema/jsonSchema.js";
import { PLACEHOLDER_COMPANY, PLACEHOLDER_PRESENTER } from "../check/sampleContent.js";
import { OrganizationSchema } from "../schema/organization.js";
import { markDeckPlaceholders, markThemePlaceholders } from "./placeholderMarks.js";

/** The name of the fictional company in the packaged example, replaced in the scaffold. */
const EXAMPLE_COMPANY = /Corvane Logistics|Corvane/g;

/** Which JSON Schema a workspace file follows, by its path; undefined for non-YAML files. */
export function fileKindOf(path: string, organizationFiles: ReadonlySet<string>): FileKind | undefined {
  if (!/\.ya?ml$/i.test(path)) return undefined;
  if (path.startsWith("personas/")) return "persona";
  if (path.startsWith("themes/")) return "theme";
  if (path.startsWith("decks/")) return organizationFiles.has(path) ? "organization" : "deck";
  return undefined;
}

/** The `# yaml-language-server` line that points an editor at the schema for `path`. */
export function schemaModeline(path: string, kind: FileKind, schemaDir: string): string {
  const target = posix.relative(posix.dirname(path), posix.join(schemaDir.split("\\").join("/"), `${kind}.json`));
  return `# yaml-language-server: $schema=${target}`;
}

/**
 * Turn the packaged defaults into a new workspace's files: every YAML file points at its schema,
 * the organization's identity becomes placeholders marked TODO (the example figures stay, so the
 * workspace builds at once), the example company's name gives way to the placeholder, and the
 * deck's subtitle, date and named executive and the theme's logo are marked TODO too.
 */
export function scaffoldFiles(defaults: readonly DefaultFile[], schemaDir: string): DefaultFile[] {
  const organizations = new Set(defaults.filter((f) => f.path.startsWith("decks/")).flatMap((f) => organizationRef(f)));
  const files: DefaultFile[] = [];
  for (const file of defaults) {
    const kind = fileKindOf(file.path, organizations);
    if (!kind) {
      files.push(file);
      continue;
    }
    let text = new TextDecoder().decode(file.data);
    text = kind === "organization" ? placeholderOrganization(text) : text.replace(EXAMPLE_COMPANY, PLACEHOLDER_COMPANY);
    if (kind === "deck") text = markDeckPlaceholders(text);
    if (kind === "theme") text = markThemePlaceholders(text);
    files.push({
      path: file.path,
      data: new TextEncoder().encode(`${schemaModeline(file.path, kind, schemaDir)}\n${text}`),
    });
  }
  files.push({
    path: ".gitignore",
    data: new TextEncoder().encode("# What `briefings build` writes; rebuild it any time.\nout/\n"),
  });
  return files;
}

/** The organization file a deck names (default organization.yaml), as a workspace path. */
function organizationRef(file: DefaultFile): string[] {
  if (!/\.ya?ml$/i.test(file.path) || file.path.startsWith("decks/partials/")) return [];
  const doc = parseDocument(new TextDecoder().decode(file.data));
  if (!isMap(doc.contents) || !doc.contents.has("slides")) return [];
  const ref = doc.get("organization");
  return [posix.join(posix.dirname(file.path), typeof ref === "string" ? ref : "organization.yaml")];
}

/** The example organization with its identity replaced and every field marked TODO with what it means. */
export function placeholderOrganization(text: string): string {
  const doc = parseDocument(text);
  doc.commentBefore = [
    " Your organization's facts: every number on every slide comes from here.",
    " Replace each value marked TODO with your own. The example figures are there so the",
    " workspace builds at once; until you replace them, the decks show them as yours.",
  ].join("\n");
  doc.set("name", PLACEHOLDER_COMPANY);
  if (doc.has("presenter")) {
    doc.set("presenter", doc.createNode({ ...PLACEHOLDER_PRESENTER }));
  }
  const map = doc.contents;
  if (map instanceof YAMLMap) {
    for (const pair of map.items) {
      const key = (pair.key as Scalar).value as string;
      const field = shapeOf(OrganizationSchema)[key];
      (pair.key as Scalar).commentBefore = ` TODO: ${field?.description ?? "replace with your own"}`;
      // One level down (cloudSpend.annual, ask.budget…), each block-style field says what it is.
      if (pair.value instanceof YAMLMap && !pair.value.flow && field) {
        const inner = shapeOf(field);
        for (const child of pair.value.items) {
          const description = inner[(child.key as Scalar).value as string]?.description;
          if (description && isScalar(child.value)) child.value.comment = ` TODO: ${description}`;
        }
      }
    }
  }
  return doc.toString({ lineWidth: 0 }).replace(EXAMPLE_COMPANY, PLACEHOLDER_COMPANY);
}

type Described = {
  description?: string;
  _zod: { def: { type: string; innerType?: Described; shape?: Record<string, Described> } };
};

/** The fields of an object schema, looking through optional/default wrappers; {} for anything else. */
function shapeOf(schema: unknown): Record<string, Described> {
  let def = (schema as Described)._zod.def;
  while (def.innerType) def = def.innerType._zod.def;
  return def.type === "object" && def.shape ? def.shape : {};
}
