import { loadWorkspace } from "../../load/loadWorkspace.js";
import { validateWorkspace } from "../../validate/validateWorkspace.js";
import { problemData } from "../../errors.js";
import { formatProblem, plural, type CliIO } from "../output.js";

export interface ListFlags {
  root: string;
  json?: boolean;
}

/** `briefings list`: personas, decks with their audiences, themes. */
export async function listCommand(flags: ListFlags, io: CliIO): Promise<number> {
  const validation = validateWorkspace(await loadWorkspace(flags.root, { billing: false }));
  if (!validation.ok) {
    if (flags.json)
      io.stdout(JSON.stringify({ ok: false, errors: validation.errors.map(problemData) }, null, 2) + "\n");
    else {
      for (const e of validation.errors) io.stderr(formatProblem(e, io.cwd) + "\n");
      io.stderr(`${plural(validation.errors.length, "error")} found; fix them to list the workspace\n`);
    }
    return 1;
  }
  const ws = validation.workspace;
  const data = {
    personas: [...ws.personas.values()].map((p) => ({ id: p.id, name: p.value.name, group: p.value.group })),
    decks: [...ws.decks.values()].map((d) => ({
      id: d.id,
      title: d.value.title,
      theme: d.value.theme,
      audiences: d.value.audiences.map((a) => ({ id: a.id, persona: a.persona, executive: a.executive?.name })),
    })),
    themes: [...ws.themes.values()].map((t) => ({ id: t.id, name: t.value.name, slideSize: t.value.slideSize })),
  };
  if (flags.json) {
    io.stdout(JSON.stringify({ ok: true, ...data }, null, 2) + "\n");
    return 0;
  }
  const pad = (s: string, n: number) => s.padEnd(n);
  io.stdout("Personas\n");
  for (const p of data.personas) io.stdout(`  ${pad(p.id, 18)} ${pad(p.name, 22)} ${p.group}\n`);
  io.stdout("Decks\n");
  for (const d of data.decks) {
    io.stdout(`  ${pad(d.id, 18)} ${d.title}  (theme ${d.theme})\n`);
    for (const a of d.audiences)
      io.stdout(`    ${pad(a.id, 20)} persona ${a.persona}${a.executive ? `, for ${a.executive}` : ""}\n`);
  }
  io.stdout("Themes\n");
  for (const t of data.themes) io.stdout(`  ${pad(t.id, 18)} ${pad(t.name, 22)} ${t.slideSize}\n`);
  return 0;
}
