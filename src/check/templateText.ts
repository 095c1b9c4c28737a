import Handlebars from "handlebars";

/** A run of literal text in a template (outside every `{{…}}`), with its offset in the template. */
export interface LiteralRun {
  text: string;
  offset: number;
  /**
   * The reason given in a `{{!-- check: why --}}` comment right after the run: the figure the run
   * ends with is meant (a count the template itself fixes, such as "three decisions" over three asks).
   */
  meant?: string;
}

/** A Handlebars comment that vouches for the figure typed just before it: `{{!-- check: why --}}`. */
const MEANT = /^\s*check:\s*(\S[\s\S]*?)\s*$/;

/** What a template is made of, as far as checks care: its literal text and the partials it calls. */
export interface TemplateParts {
  literals: LiteralRun[];
  partials: string[];
}

type AnyNode = {
  type?: string;
  original?: unknown;
  value?: unknown;
  loc?: { start: { line: number; column: number } };
  body?: AnyNode[];
  program?: AnyNode;
  inverse?: AnyNode;
  name?: { original?: unknown };
};

/**
 * The literal text runs and partial names of a Handlebars template. A template that does not parse
 * has none (rendering reports it).
 */
export function templateParts(template: string): TemplateParts {
  let parts = parsed.get(template);
  if (!parts) {
    // Every audience of a deck has the same templates: parse each once (a bound keeps `watch` from growing).
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(template, (parts = parse(template)));
  }
  return parts;
}

const parsed = new Map<string, TemplateParts>();

function parse(template: string): TemplateParts {
  const parts: TemplateParts = { literals: [], partials: [] };
  if (!template.includes("{{")) {
    parts.literals.push({ text: template, offset: 0 });
    return parts;
  }
  let program: AnyNode;
  try {
    program = Handlebars.parse(template);
  } catch {
    return parts;
  }
  const lineStarts = [0];
  for (let i = 0; i < template.length; i++) if (template[i] === "\n") lineStarts.push(i + 1);
  const walk = (node: AnyNode | undefined, next?: AnyNode): void => {
    if (!node) return;
    if (node.type === "ContentStatement" && typeof node.original === "string" && node.loc) {
      const offset = (lineStarts[node.loc.start.line - 1] ?? 0) + node.loc.start.column;
      const comment = next?.type === "CommentStatement" && typeof next.value === "string" ? next.value : "";
      const meant = MEANT.exec(comment)?.[1];
      parts.literals.push({ text: node.original, offset, ...(meant ? { meant } : {}) });
    }
    if (
      (node.type === "PartialStatement" || node.type === "PartialBlockStatement") &&
      typeof node.name?.original === "string"
    )
      parts.partials.push(node.name.original);
    const body = node.body ?? [];
    body.forEach((child, i) => {
      walk(child, body[i + 1]);
    });
    walk(node.program);
    walk(node.inverse);
  };
  walk(program);
  return parts;
}
