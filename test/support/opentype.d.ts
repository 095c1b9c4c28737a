// opentype.js ships no type declarations; this covers the little the font-metrics generator uses.
declare module "opentype.js" {
  export interface Glyph {
    advanceWidth?: number;
  }
  export interface Font {
    unitsPerEm: number;
    names: Record<string, Record<string, Record<string, string> | undefined> | undefined>;
    hasChar(ch: string): boolean;
    charToGlyph(ch: string): Glyph;
  }
  export function parse(buffer: ArrayBuffer): Font;
}
