import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { stringify } from "yaml";
import type { BriefingError } from "../errors.js";
import { themeFromPresentation, themeYaml } from "../import/themeFromPresentation.js";
import { readPresentationTheme } from "../load/readPresentationTheme.js";
import { readTemplate, type TemplatePlaceholder } from "../load/readTemplate.js";
import { assignLayouts, ROLE_SLIDES, TEMPLATE_ROLES, type TemplateRole } from "../validate/templateLayouts.js";
import { initWorkspace } from "../write/initWorkspace.js";
import { writeFileAtomic } from "../write/writeFileAtomic.js";
import { previewDecks } from "./previewDecks.js";

const run = promisify(execFile);

/** What `briefings template check` found. */
export interface TemplateCheck {
  file: string;
  /** Slide size in inches. */
  width: number;
  height: number;
  layouts: {
    name: string;
    type?: string;
    placeholders: string[];
    /** The kinds of our slides placed on it. */
    usedFor: TemplateRole[];
  }[];
  /** What a deck built on it will lack, or where the choice was a guess. */
  missing: string[];
  /** Theme fonts this machine does not have, and what it draws instead. */
  missingFonts: { font: string; drawnWith: string }[];
  /** The default deck built on the template, as a contact sheet (when LibreOffice is installed). */
  contactSheet?: string;
  errors: BriefingError[];
}

/**
 * Check a company template before using it: its layouts and placeholders, which of our slides go
 * on which layout, what is missing, the fonts this machine lacks, and the default deck built on it,
 * rendered to a contact sheet in `outDir`.
 */
export async function checkTemplate(
  file: string,
  options: { outDir: string; path?: string; onProgress?: (message: string) => void },
): Promise<TemplateCheck> {
  const abs = resolve(file);
  const template = await readTemplate(abs);
  const { assignment, unknown } = assignLayouts(template);
  const missing: string[] = unknown.map((u) => `no layout named "${u.name}"`);
  const used = new Map<string, TemplateRole[]>();
  if (assignment) {
    for (const role of TEMPLATE_ROLES) {
      const g = assignment[role];
      used.set(g.layout.part, [...(used.get(g.layout.part) ?? []), role]);
      if (!g.body)
        missing.push(
          `${role} slides (${ROLE_SLIDES[role]}) go on "${g.layout.name}", which has no ` +
            `${role === "content" ? "body" : "subtitle"} placeholder: that text is placed below the title`,
        );
      if (role === "content" && !g.footer) missing.push(`"${g.layout.name}" has no footer placeholder: no footer text`);
      if (role === "content" && !g.slideNumber)
        missing.push(`"${g.layout.name}" has no slide-number placeholder: no slide numbers`);
    }
    for (const role of assignment.ambiguous)
      missing.push(`${role} slides: several layouts fit equally; name one under layouts.${role} in the theme file`);
  }
  const presentation = await readPresentationTheme(abs);
  const fonts = [...new Set([presentation.fonts.major, presentation.fonts.minor].filter((f): f is string => !!f))];
  const missingFonts = await fontsMissing(fonts);

  const check: TemplateCheck = {
    file: abs,
    width: template.width,
    height: template.height,
    layouts: template.layouts.map((l) => ({
      name: l.name,
      type: l.type,
      placeholders: l.placeholders.map(describePlaceholder),
      usedFor: used.get(l.part) ?? [],
    })),
    missing,
    missingFonts,
    errors: [],
  };
  options.onProgress?.("building the default deck on the template…");
  const work = await mkdtemp(join(tmpdir(), "briefings-template-check-"));
  try {
    await initWorkspace(work);
    const name = basename(abs);
    await mkdir(join(work, "themes", "brand"), { recursive: true });
    await copyFile(abs, join(work, "themes", "brand", name));
    const mapped = themeFromPresentation(presentation, basename(abs, extname(abs)));
    delete mapped.theme.logo; // the template's own logo is on its master
    const yaml = themeYaml(mapped.theme, name, mapped.notes, (v) =>
      stringify(v, { lineWidth: 0 }).replace(/^slideSize: (.+)$/m, 'slideSize: "$1"'),
    );
    await writeFileAtomic(
      join(work, "themes", "brand.yaml"),
      new TextEncoder().encode(`${yaml}template: brand/${name}\n`),
    );
    for (const deck of (await readdir(join(work, "decks"))).filter((f) => /\.ya?ml$/.test(f))) {
      const path = join(work, "decks", deck);
      const text = await readFile(path, "utf8");
      if (/^theme:/m.test(text))
        await writeFileAtomic(path, new TextEncoder().encode(text.replace(/^theme: .*$/m, "theme: brand")));
    }
    const preview = await previewDecks(work, {
      audiences: ["cfo"],
      path: options.path,
      onProgress: options.onProgress,
    });
    check.errors.push(...preview.errors, ...preview.build.errors, ...preview.build.failed.flatMap((f) => f.errors));
    const sheet = preview.previews[0]?.contactSheet;
    if (sheet) {
      check.contactSheet = join(resolve(options.outDir), `${basename(abs, extname(abs))}-contact.png`);
      await writeFileAtomic(check.contactSheet, await readFile(sheet));
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return check;
}

function describePlaceholder(p: TemplatePlaceholder): string {
  const box = p.box
    ? ` ${p.box.w.toFixed(1)}×${p.box.h.toFixed(1)} in at (${p.box.x.toFixed(1)}, ${p.box.y.toFixed(1)})`
    : "";
  return `${p.type}${p.idx ? ` #${p.idx}` : ""}${box}`;
}

/** Fonts fontconfig does not have by name, with the family it substitutes (what LibreOffice draws). */
async function fontsMissing(fonts: readonly string[]): Promise<{ font: string; drawnWith: string }[]> {
  const out: { font: string; drawnWith: string }[] = [];
  for (const font of fonts) {
    try {
      const { stdout } = await run("fc-match", ["-f", "%{family}", font]);
      const families = stdout.split(",").map((f) => f.trim().toLowerCase());
      if (!families.includes(font.toLowerCase())) out.push({ font, drawnWith: stdout.split(",")[0]!.trim() });
    } catch {
      out.push({ font, drawnWith: "unknown (fc-match is not installed)" });
    }
  }
  return out;
}
