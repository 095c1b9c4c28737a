/**
 * What the packaged example and `init`'s placeholders put in a workspace: text a briefing must
 * not carry to a real executive. A test keeps these in step with the packaged files.
 */

/** The company name `init` writes until the user fills in their own. */
export const PLACEHOLDER_COMPANY = "Your Company";

/** The presenter `init` writes until the user fills in their own. */
export const PLACEHOLDER_PRESENTER = { name: "Your Name", title: "Head of FinOps", email: "you@example.com" };

/** Placeholder text, wherever it reaches a slide: init's placeholders and the usual markers. */
export const PLACEHOLDER_PATTERNS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\bYour (?:Company|Name|Title|Organi[sz]ation)\b/g, what: "a placeholder from init" },
  { pattern: /\b(?:TODO|TBD|FIXME|XXX+)\b/g, what: "a to-do marker" },
  { pattern: /\blorem ipsum\b/gi, what: "filler text" },
  { pattern: /\[(?:name|company|date|title|amount|client|customer)\]/gi, what: "a bracketed placeholder" },
];

/** E-mail addresses and links at domains reserved for examples (RFC 2606, RFC 6761). */
export const EXAMPLE_DOMAIN = new RegExp(
  "(?<![\\w.+-])(?:[\\w.+-]+@)?(?:[\\w-]+\\.)*" + // from the start of an address: local part, subdomains
    "(?:example\\.(?:com|net|org)|[\\w-]+\\.(?:example|test|invalid|localhost))(?![\\w-])",
  "gi",
);

/** The named executives of the packaged example deck. */
export const SAMPLE_EXECUTIVES: readonly string[] = ["Dana Whitfield"];

/** SHA-256 of the packaged themes' logos (themes/assets/), drawn for the fictional example company. */
export const SAMPLE_LOGO_HASHES: readonly string[] = [
  "2982c4ab4ed023c6613269f0110892e0e78c3f899265ddcdaef59dac179b05a0",
  "11a05729e5864d20d19a8d3d874c9e1a59c206d8d0de078a819a566a486c1f6a",
  "8bae98e063ab0a7867453b542fb14b7374ec8a5f3ac4d0fb0485e1f5234abe3f",
];
