import Handlebars from "handlebars";

/** A template that runs without end, through partials that include each other; the message names the loop. */
export class PartialCycleError extends Error {
  override name = "PartialCycleError";
}

/**
 * What a template that overflowed the stack was doing: when the partials it reaches include each
 * other in a loop, a {@link PartialCycleError} naming the loop (`a → b → a`); otherwise the cause.
 */
export function explainRecursion(cause: unknown, template: string, partials: ReadonlyMap<string, string>): unknown {
  if (!(cause instanceof RangeError) || !/call stack/i.test(cause.message)) return cause;
  const cycle = partialCycle(template, partials);
  if (!cycle) return cause;
  const [first] = cycle;
  return new PartialCycleError(
    cycle.length === 2
      ? `partial "${first}" includes itself`
      : `partial "${first}" includes itself through ${cycle
          .slice(1, -1)
          .map((p) => `"${p}"`)
          .join(", ")} (${cycle.join(" → ")})`,
  );
}

/** The first loop of partials reachable from `template`, as names from the first back to it; undefined if none. */
export function partialCycle(template: string, partials: ReadonlyMap<string, string>): string[] | undefined {
  const calls = new Map<string, string[]>();
  const callsOf = (name: string) => {
    let names = calls.get(name);
    if (!names) calls.set(name, (names = partialNames(partials.get(name) ?? "")));
    return names;
  };
  const path: string[] = [];
  const done = new Set<string>();
  const visit = (name: string): string[] | undefined => {
    const at = path.indexOf(name);
    if (at >= 0) return [...path.slice(at), name];
    if (done.has(name) || !partials.has(name)) return undefined;
    path.push(name);
    for (const next of callsOf(name)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(name);
    return undefined;
  };
  for (const name of partialNames(template)) {
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Names of the partials a template includes by name (`{{> name}}`, `{{#> name}}`), in order. */
function partialNames(template: string): string[] {
  let ast: unknown;
  try {
    ast = Handlebars.parse(template);
  } catch {
    return [];
  }
  const names: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const n = node as { type?: string; name?: { type?: string; original?: unknown } };
    if ((n.type === "PartialStatement" || n.type === "PartialBlockStatement") && n.name?.type === "PathExpression")
      names.push(String(n.name.original));
    for (const [key, value] of Object.entries(node)) if (key !== "loc") walk(value);
  };
  walk(ast);
  return names;
}
