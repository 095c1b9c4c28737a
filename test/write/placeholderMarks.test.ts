import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  dropLeftoverExemptions,
  markDeckPlaceholders,
  markThemePlaceholders,
} from "../../src/write/placeholderMarks.js";

const deck = `# A deck.
title: Briefing
subtitle: Why we need FinOps
theme: default
date: 2026-12-08
audiences:
  - id: cfo
    persona: cfo
  - id: cfo-dana
    persona: cfo
    executive:
      name: Dana Whitfield
      title: Chief Financial Officer
slides:
  - layout: title
    title: "{{deck.title}}"
`;

describe("markDeckPlaceholders", () => {
  it("puts a TODO above the subtitle, the date and each named executive, and changes nothing else", () => {
    const marked = markDeckPlaceholders(deck);
    const lines = marked.split("\n");
    const above = (line: string) => lines[lines.indexOf(line) - 1];
    expect(above("subtitle: Why we need FinOps")).toMatch(/^# TODO: your subtitle/);
    expect(above("date: 2026-12-08")).toMatch(/^# TODO: the day you present/);
    expect(above("    executive:")).toMatch(/^ {4}# TODO: the executive you brief/);
    expect(marked.replace(/^\s*# TODO.*\n/gm, "")).toBe(deck);
    expect(parse(marked)).toEqual(parse(deck));
  });
});

describe("markThemePlaceholders", () => {
  it("puts a TODO above the logo", () => {
    const theme = "name: Default\nlogo:\n  path: assets/logo.png\n  altText: A logo\n";
    expect(markThemePlaceholders(theme)).toBe(
      "name: Default\n# TODO: your company's logo (PNG or JPEG, relative to this file) and what it shows in altText\n" +
        "logo:\n  path: assets/logo.png\n  altText: A logo\n",
    );
  });
});

describe("dropLeftoverExemptions", () => {
  it("removes the leftover rules from check.off, keeping the others and their reasons", () => {
    const text = `title: Briefing
check:
  off:
    sample-executive: The packaged example briefs a fictional CFO.
    missing-notes: The closing slide needs none.
    sample-logo: >-
      Our own mark for a fictional company.
  maxWords: 90
slides: []
`;
    expect(dropLeftoverExemptions(text)).toBe(`title: Briefing
check:
  off:
    missing-notes: The closing slide needs none.
  maxWords: 90
slides: []
`);
  });

  it("removes off, then check, when nothing is left in them", () => {
    const text = "title: Briefing\ncheck:\n  off:\n    example-domain: The example's own address.\nslides: []\n";
    expect(dropLeftoverExemptions(text)).toBe("title: Briefing\nslides: []\n");
  });

  it("handles one-line mappings", () => {
    const text = "title: Briefing\ncheck: { off: { sample-logo: fictional, missing-notes: none needed } }\n";
    expect(parse(dropLeftoverExemptions(text))).toEqual({
      title: "Briefing",
      check: { off: { "missing-notes": "none needed" } },
    });
  });

  it("leaves a deck without check alone", () => {
    expect(dropLeftoverExemptions(deck)).toBe(deck);
  });
});
