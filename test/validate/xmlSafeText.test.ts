import { describe, expect, it } from "vitest";
import { hasXmlUnsafeText, xmlSafeData, xmlSafeText } from "../../src/validate/xmlSafeText.js";

describe("xmlSafeText", () => {
  it("drops controls XML 1.0 cannot carry, keeps tab, newline and carriage return", () => {
    expect(xmlSafeText("a\u0000b\u0001c\u001Fd\u007Fe\u0085f\tg\nh\ri")).toBe("abcdef\tg\nh\ri");
  });
  it("turns a vertical tab (PowerPoint's line break) into a newline", () => {
    expect(xmlSafeText("one\u000Btwo")).toBe("one\ntwo");
  });
  it("replaces lone surrogates with U+FFFD, keeps pairs (emoji)", () => {
    expect(xmlSafeText("a\uD800b\uDC00c😀")).toBe("a\uFFFDb\uFFFDc😀");
    expect(xmlSafeText("\uD83D")).toBe("\uFFFD");
  });
  it("drops the non-characters U+FFFE and U+FFFF, keeps invisible and bidi marks and XML specials", () => {
    expect(xmlSafeText("x\uFFFE\uFFFFy")).toBe("xy");
    const kept = "& < > \" ' \u200B \u200D \u202E \u200F مرحبا 👩‍💻";
    expect(xmlSafeText(kept)).toBe(kept);
    expect(hasXmlUnsafeText(kept)).toBe(false);
    expect(hasXmlUnsafeText("a\u0001")).toBe(true);
  });
  it("cleans every string of parsed data, keys included, and keeps __proto__ a plain key", () => {
    const data: unknown = JSON.parse('{"__proto__": {"polluted": "x\\u0001"}, "list": ["a\\u0002", 1, true, null]}');
    const clean = xmlSafeData(data) as Record<string, unknown>;
    expect(Object.keys(clean)).toEqual(["__proto__", "list"]);
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(clean, "__proto__")?.value).toEqual({ polluted: "x" });
    expect(clean.list).toEqual(["a", 1, true, null]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
