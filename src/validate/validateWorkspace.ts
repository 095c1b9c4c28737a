import { dirname, relative, resolve, sep } from "node:path";
import { BriefingError } from "../errors.js";
import { locate } from "../source/sourceFile.js";
import { isInside } from "../paths/insideFolder.js";
import { OutsideWorkspaceError, type LoadedFile, type LoadedWorkspace } from "../model/loadedWorkspace.js";
import type { DeckEntity, Entity, OrganizationEntity, ThemeEntity, Workspace } from "../model/workspace.js";
import type { InputKind } from "../model/workspaceLayout.js";
import { Id } from "../schema/common.js";
import { DeckSchema } from "../schema/deck.js";
import { OrganizationSchema, type Organization } from "../schema/organization.js";
import { checkOrganization } from "./checkOrganization.js";
import { PERSONA_LIST_FIELDS, PersonaSchema, type Persona } from "../schema/persona.js";
import { ThemeSchema, type Theme } from "../schema/theme.js";
import { closestName, listChoices } from "../text/closestName.js";
import { parseTemplate, type Template } from "../template/parseTemplate.js";
import { assignLayouts } from "../template/templateLayouts.js";
import { checkBilling } from "./checkBilling.js";
import { checkTemplateContrast, checkThemeContrast } from "./themeContrast.js";
import { checkImage } from "./imageCheck.js";
import { parseWithSchema } from "./schemaIssues.js";
import { xmlSafeText } from "./xmlSafeText.js";

/** The outcome of validation: a workspace when there are no errors, and every error found. */
export type ValidationResult = { ok: true; workspace: Workspace; errors: [] } | { ok: false; errors: BriefingError[] };

/** Check every loaded file against its schema and every reference between files. Pure: no I/O. */
export function validateWorkspace(loaded: LoadedWorkspace): ValidationResult {
  const errors: BriefingError[] = [...loaded.errors];
  const personas = validateAll(loaded.personas, PersonaSchema, errors);
  const organizations = new Map<string, OrganizationEntity>();
  // Persona files that exist, valid or not: a sponsor naming a broken persona is not a second error.
  const personaIds = [
    ...loaded.personas.map((f) => f.id),
    ...[...loaded.unparsed].filter((u) => u.startsWith("persona/")).map((u) => u.slice("persona/".length)),
  ];
  for (const [path, file] of loaded.organizations) {
    const entity = validateOne<Organization>(file, OrganizationSchema, errors);
    if (!entity) continue;
    errors.push(...checkOrganization(entity.value, entity.source, personaIds));
    const billing = loaded.billing.get(path);
    if (billing && entity.value.billing) errors.push(...checkBilling(entity, billing));
    organizations.set(path, billing ? { ...entity, billing } : entity);
  }
  const themes = new Map<string, ThemeEntity>();
  for (const [id, entity] of validateAll(loaded.themes, ThemeSchema, errors)) {
    errors.push(...checkThemeContrast(entity.value.colors, entity.source));
    checkFontNames(entity, errors);
    themes.set(id, withTemplate(withLogo(entity, loaded, errors), loaded, errors));
  }
  const decks = new Map<string, DeckEntity>();
  for (const [id, entity] of validateAll(loaded.decks, DeckSchema, errors)) {
    const organizationFile = resolve(dirname(entity.source.path), entity.value.organization);
    decks.set(id, { ...entity, organizationFile });
    checkDeckReferences(decks.get(id)!, { personas, themes, organizations, loaded }, errors);
  }
  const partials = new Map(loaded.partials.map((p) => [p.name, { ...p, text: xmlSafeText(p.text) }]));
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, workspace: { root: loaded.root, personas, themes, organizations, decks, partials }, errors: [] };
}

/** Errors in reading order: by file, then line, then column (a stable sort keeps ties as found). */
export function sortErrors(errors: BriefingError[]): BriefingError[] {
  const key = (e: BriefingError) => [e.file ?? "", e.line ?? 0, e.column ?? 0] as const;
  return [...errors].sort((a, b) => {
    const [fa, la, ca] = key(a);
    const [fb, lb, cb] = key(b);
    return fa < fb ? -1 : fa > fb ? 1 : la - lb || ca - cb;
  });
}

function validateOne<T>(
  file: LoadedFile,
  schema: Parameters<typeof parseWithSchema>[0],
  errors: BriefingError[],
): Entity<T> | undefined {
  const result = parseWithSchema(schema, file.source);
  errors.push(...result.errors);
  return result.value === undefined ? undefined : { id: file.id, value: result.value as T, source: file.source };
}

function validateAll<S extends Parameters<typeof parseWithSchema>[0]>(
  files: LoadedFile[],
  schema: S,
  errors: BriefingError[],
): Map<string, Entity<import("zod").output<S>>> {
  const out = new Map<string, Entity<import("zod").output<S>>>();
  for (const file of files) {
    if (!Id.safeParse(file.id).success) {
      // The id names output folders (decks) and is what references use, so it follows the rule of an
      // id written in a file (schema/common.ts): a file no reference could name is an error, and
      // `...yaml` (id "..") never names a folder.
      errors.push(
        new BriefingError(`file name "${file.id}" cannot be an id`, {
          code: "bad-id",
          file: file.source.path,
          line: 1,
          column: 1,
          hint: "rename the file using lower-case letters, digits and dashes, e.g. board-briefing.yaml",
        }),
      );
      continue;
    }
    if (out.has(file.id)) {
      errors.push(
        new BriefingError(`duplicate id "${file.id}": another file has the same name`, {
          code: "duplicate-id",
          file: file.source.path,
          line: 1,
          column: 1,
          hint: `${relativeName(out.get(file.id)!.source.path)} already defines it; keep one of .yaml and .yml`,
        }),
      );
      continue;
    }
    const entity = validateOne<import("zod").output<S>>(file, schema, errors);
    if (entity) out.set(file.id, entity);
  }
  return out;
}

function relativeName(path: string): string {
  return path.split(sep).slice(-2).join("/");
}

/** Font names go into XML attributes as they are (pptxgenjs does not escape them): no markup characters. */
function checkFontNames(entity: Entity<Theme>, errors: BriefingError[]): void {
  for (const role of ["heading", "body"] as const) {
    const name = entity.value.fonts[role];
    const bad = /["<>&]/.exec(name);
    if (bad) {
      errors.push(
        new BriefingError(`font name "${name}" contains ${bad[0]}`, {
          code: "font-name",
          ...locate(entity.source, ["fonts", role]),
          hint: "write the font family's name as your system lists it, e.g. Calibri or Source Sans Pro",
        }),
      );
    }
  }
}

function withLogo(entity: Entity<Theme>, loaded: LoadedWorkspace, errors: BriefingError[]): ThemeEntity {
  const logo = entity.value.logo;
  if (!logo) return entity;
  // Positions only for errors: finding one parses a plain file again.
  const where = () => locate(entity.source, ["logo", "path"]);
  const path = resolve(dirname(entity.source.path), logo.path);
  if (!isInside(loaded.root, path)) {
    errors.push(
      new BriefingError(`logo is outside the workspace: ${logo.path}`, {
        code: "outside-workspace",
        ...where(),
        hint: "put the image inside the workspace, e.g. themes/assets/",
      }),
    );
    return entity;
  }
  const data = loaded.assets.get(path);
  if (data instanceof OutsideWorkspaceError) {
    errors.push(
      new BriefingError(`logo is outside the workspace: ${logo.path} is a link to a file outside it`, {
        code: "outside-workspace",
        ...where(),
        hint: "copy the image into the workspace instead of linking to it",
      }),
    );
    return entity;
  }
  if (data === undefined || data instanceof Error) {
    const reason = data instanceof Error && !/ENOENT|no such file/.test(data.message) ? ` (${data.message})` : "";
    errors.push(
      new BriefingError(`logo file cannot be read: ${logo.path}${reason}`, {
        code: "logo-unreadable",
        ...where(),
        hint: "check the path; it is relative to the theme file",
      }),
    );
    return entity;
  }
  const image = checkImage(data);
  if (!image.mime) {
    errors.push(
      new BriefingError(`logo cannot be shown: ${logo.path}: ${image.problem}`, {
        code: "logo-invalid",
        ...where(),
        hint: "export the logo again as PNG",
      }),
    );
    return entity;
  }
  return { ...entity, logo: { data, mime: image.mime, size: image.size } };
}

/** Parse the theme's template (read by `load`) and choose its layouts; errors name the theme file's fields. */
function withTemplate(entity: ThemeEntity, loaded: LoadedWorkspace, errors: BriefingError[]): ThemeEntity {
  const file = entity.value.template;
  if (!file) return entity;
  const where = () => locate(entity.source, ["template"]);
  const path = resolve(dirname(entity.source.path), file);
  const data = loaded.assets.get(path);
  if (!isInside(loaded.root, path) || data instanceof OutsideWorkspaceError) {
    errors.push(
      new BriefingError(`template is outside the workspace: ${file}`, {
        code: "outside-workspace",
        ...where(),
        hint: "copy the .potx or .pptx into the workspace, e.g. themes/brand/",
      }),
    );
    return entity;
  }
  if (data === undefined || data instanceof Error) {
    const reason = data instanceof Error && !/ENOENT|no such file/.test(data.message) ? ` (${data.message})` : "";
    errors.push(
      new BriefingError(`template file cannot be read: ${file}${reason}`, {
        code: data instanceof BriefingError ? data.code : "cannot-read",
        ...where(),
        hint: "check the path; it is relative to the theme file",
      }),
    );
    return entity;
  }
  let template: Template;
  try {
    template = parseTemplate(path, data);
  } catch (error) {
    if (!(error instanceof BriefingError)) throw error;
    errors.push(new BriefingError(`${error.message}: ${file}`, { code: error.code, ...where(), hint: error.hint }));
    return entity;
  }
  const { assignment, unknown } = assignLayouts(template, entity.value.layouts);
  for (const { role, name } of unknown) {
    const names = template.layouts.map((l) => l.name);
    errors.push(
      new BriefingError(`the template has no layout named "${name}" with a title placeholder`, {
        code: "unknown-layout",
        ...locate(entity.source, ["layouts", role]),
        hint: `name one of: ${names.map((n) => `"${n}"`).join(", ")}`,
      }),
    );
  }
  if (!assignment || unknown.length > 0) return entity;
  errors.push(...checkTemplateContrast(entity.value.colors, assignment, entity.source, relative(loaded.root, path)));
  return { ...entity, template: { template, layouts: assignment } };
}

function checkDeckReferences(
  deck: DeckEntity,
  refs: {
    personas: Map<string, Entity<Persona>>;
    themes: Map<string, ThemeEntity>;
    organizations: Map<string, Entity<Organization>>;
    loaded: LoadedWorkspace;
  },
  errors: BriefingError[],
): void {
  const { value, source } = deck;
  const unknown = (what: "theme" | "persona" | "audience", name: string, path: PropertyKey[], known: string[]) => {
    const suggestion = closestName(name, known);
    errors.push(
      new BriefingError(`unknown ${what} "${name}"`, {
        code: `unknown-${what}`,
        ...locate(source, path),
        hint: suggestion
          ? `did you mean "${suggestion}"?`
          : known.length
            ? `available: ${listChoices(known)}`
            : `no ${what}s exist yet`,
      }),
    );
  };
  const exists = (files: LoadedFile[], kind: InputKind, id: string) =>
    files.some((f) => f.id === id) || refs.loaded.unparsed.has(`${kind}/${id}`);
  if (!exists(refs.loaded.themes, "theme", value.theme)) {
    unknown("theme", value.theme, ["theme"], [...refs.themes.keys()]);
  }
  const org = deck.organizationFile;
  // A file that is there but could not be read or parsed was reported already: it is not "not found".
  if (!refs.loaded.organizations.has(org) && !refs.loaded.refused.has(org) && !refs.loaded.unreadable.has(org)) {
    errors.push(
      new BriefingError(`organization file not found: ${value.organization}`, {
        code: "missing-organization",
        ...locate(source, ["organization"]),
        hint: "the path is relative to this deck file, e.g. organization.yaml",
      }),
    );
  }
  const audienceIds = new Set<string>();
  value.audiences.forEach((audience, i) => {
    if (audienceIds.has(audience.id)) {
      errors.push(
        new BriefingError(`duplicate audience id "${audience.id}"`, {
          code: "duplicate-id",
          ...locate(source, ["audiences", i, "id"]),
          hint: "each audience needs its own id: it names the output file",
        }),
      );
    }
    audienceIds.add(audience.id);
    const persona = refs.personas.get(audience.persona);
    if (!persona) {
      if (!exists(refs.loaded.personas, "persona", audience.persona)) {
        unknown(
          "persona",
          audience.persona,
          ["audiences", i, "persona"],
          refs.loaded.personas.map((p) => p.id),
        );
      }
      return;
    }
    const drop = audience.overrides?.drop ?? {};
    for (const field of PERSONA_LIST_FIELDS) {
      const items = drop[field];
      if (!Array.isArray(items)) continue;
      items.forEach((item, j) => {
        if (!persona.value[field].includes(item)) {
          const suggestion = closestName(item, persona.value[field]);
          errors.push(
            new BriefingError(`cannot drop "${item}": persona "${audience.persona}" has no such ${field} item`, {
              code: "cannot-drop",
              ...locate(source, ["audiences", i, "overrides", "drop", field, j]),
              hint: suggestion
                ? `did you mean "${suggestion}"?`
                : persona.value[field].length
                  ? `its ${field}: ${persona.value[field].map((s) => `"${s}"`).join(", ")}`
                  : `its ${field} list is empty`,
            }),
          );
        }
      });
    }
  });
  value.slides.forEach((slide, i) => {
    slide.audiences?.forEach((id, j) => {
      if (!audienceIds.has(id)) unknown("audience", id, ["slides", i, "audiences", j], [...audienceIds]);
    });
  });
}
