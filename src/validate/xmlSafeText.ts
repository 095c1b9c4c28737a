/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab, newline and carriage return;
 * U+FFFE, U+FFFF), C1 controls and DEL (legal XML, but invisible and a sign of mis-decoded
 * pasted text), and lone UTF-16 surrogates (what PowerPoint refuses a file for).
 */
const UNSAFE_SOURCE = [
  String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]`,
  String.raw`[\uD800-\uDBFF](?![\uDC00-\uDFFF])`,
  String.raw`(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`,
].join("|");
const UNSAFE = new RegExp(UNSAFE_SOURCE);
const UNSAFE_ALL = new RegExp(UNSAFE_SOURCE, "g");

/**
 * Text that every XML part of a deck can hold as written. A vertical tab (PowerPoint's own line
 * break, which comes along when slide text is pasted) becomes a newline, a lone surrogate the
 * replacement character U+FFFD (so the reader sees that something was there), and every other
 * unsafe character is dropped. XML-special characters (`& < > " '`) stay: the writer escapes them.
 */
export function xmlSafeText(text: string): string {
  if (!UNSAFE.test(text)) return text; // the common case: no copy
  return text.replace(UNSAFE_ALL, (c) =>
    c === "\u000B" ? "\n" : c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff ? "\uFFFD" : "",
  );
}

/** Whether `text` holds a character {@link xmlSafeText} would change. */
export function hasXmlUnsafeText(text: string): boolean {
  return UNSAFE.test(text);
}

/** A copy of parsed YAML data with every string (values and keys) made XML-safe. */
export function xmlSafeData(value: unknown): unknown {
  if (typeof value === "string") return xmlSafeText(value);
  if (Array.isArray(value)) return value.map(xmlSafeData);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // defineProperty: a key named __proto__ stays a plain key (and then fails the strict schema)
      // instead of setting the prototype.

      Object.defineProperty(out, xmlSafeText(k), {
        value: xmlSafeData(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
