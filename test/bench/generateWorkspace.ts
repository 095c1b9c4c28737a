import { cp, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";

const FIRST = ["Dana", "Sam", "Priya", "Lee", "Ana", "Omar", "Kenji", "Maria", "Tom", "Ines"];
const LAST = ["Whitfield", "Okafor", "Raman", "Novak", "Silva", "Haddad", "Sato", "Garcia", "Berg", "Moreau"];

/**
 * A copy of the repository's default workspace whose adoption briefing has `count` audiences: its
 * own, then every persona in turn, most of them tailored for a named executive with their own priorities.
 * It is made in a new folder under `parent`.
 */
export async function generateWorkspace(repo: string, count: number, parent = tmpdir()): Promise<string> {
  const ws = await mkdtemp(join(parent, `workspace-${count}-`));
  for (const folder of ["personas", "decks", "themes"])
    await cp(join(repo, folder), join(ws, folder), { recursive: true });
  const personas = (await readdir(join(ws, "personas")))
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -5))
    .sort();
  const deckFile = join(ws, "decks", "adoption-briefing.yaml");
  const deck = parseDocument(await readFile(deckFile, "utf8"));
  // Keep the deck's own audiences (slides name some of them) and add generated ones up to `count`.
  const own = (deck.toJS() as { audiences: unknown[] }).audiences;
  const generated = Array.from({ length: Math.max(0, count - own.length) }, (_, i) => {
    const persona = personas[i % personas.length]!;
    if (i % 5 === 0) return { id: `${persona}-${i}`, persona };
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;
    return {
      id: `${persona}-${i}`,
      persona,
      executive: {
        name,
        title: `Executive ${i}`,
        priorities: [`Priority one for ${name}`, `Cut cloud cost per unit by ${(i % 30) + 5}%`],
      },
    };
  });
  deck.set("audiences", deck.createNode([...own, ...generated]));
  await writeFile(deckFile, deck.toString());
  return ws;
}
