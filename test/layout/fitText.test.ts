import { describe, expect, it } from "vitest";
import { fitText, measureParagraphs } from "../../src/layout/fitText.js";
import { textWidth, wrapText } from "../../src/layout/measureText.js";
import { paginate } from "../../src/layout/paginate.js";

describe("text measurement", () => {
  it("measures wider text as wider and scales with size", () => {
    expect(textWidth("WWWW", 18, "Calibri")).toBeGreaterThan(textWidth("iiii", 18, "Calibri"));
    expect(textWidth("Hello", 36, "Calibri")).toBeCloseTo(2 * textWidth("Hello", 18, "Calibri"));
    expect(textWidth("Hello", 18, "Arial")).toBeGreaterThan(textWidth("Hello", 18, "Calibri"));
  });

  it("wraps at word boundaries and splits words longer than a line", () => {
    const lines = wrapText("the quick brown fox jumps over the lazy dog", 1.2, 18, "Calibri");
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(textWidth(line, 18, "Calibri")).toBeLessThanOrEqual(1.2);
    const long = wrapText("x".repeat(200), 1, 18, "Calibri");
    expect(long.length).toBeGreaterThan(3);
    expect(long.join("")).toBe("x".repeat(200));
  });

  it("wraps exactly where measuring each whole line would, at every size", () => {
    // The reference measures each candidate line from scratch; wrapText adds word widths up.
    const reference = (text: string, width: number, size: number, font: string) => {
      const lines: string[] = [];
      let line = "";
      for (const word of text.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (textWidth(candidate, size, font) <= width || !line) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      return [...lines, line];
    };
    const text =
      "Cloud spend per customer fell 12% while revenue grew; עברית and Ørsted wrap like the rest of the words";
    for (const font of ["Calibri", "Georgia", "Liberation Serif"]) {
      for (let size = 10; size <= 30; size += 0.5)
        expect(wrapText(text, 3, size, font)).toEqual(reference(text, 3, size, font));
    }
  });

  it("breaks East Asian text at any character, keeping closing marks with what they close", () => {
    const text = "東京の雲コストは前年比で二十五パーセント増加し、予算を大きく上回っています。";
    const lines = wrapText(text, 3, 20, "Calibri");
    // One em per character, as LibreOffice draws them from Noto Sans CJK: ten to a 3-inch line at 20 pt.
    expect(lines.map((l) => Array.from(l).length)).toEqual([10, 10, 10, 8]);
    expect(lines.join("")).toBe(text);
    // A line never starts with 、, 。 or ー (they stay on the line before, even if it runs a little wide).
    for (const line of wrapText(text, 1.12, 20, "Calibri")) expect(line).not.toMatch(/^[、。ー]/);
    // After Latin text, East Asian text fills the rest of the line, as renderers set it.
    expect(wrapText(`Total: ${text}`, 3, 20, "Calibri")[0]).toMatch(/^Total: 東京の/);
  });

  it("measures the room LibreOffice adds where East Asian and other text meet", () => {
    // "￥27.9億" is drawn as "￥ 27.9 億": about a quarter em more at each of its two changes of script.
    const plain = textWidth("￥", 40, "Calibri") + textWidth("27.9", 40, "Calibri") + textWidth("億", 40, "Calibri");
    expect(textWidth("￥27.9億", 40, "Calibri") - plain).toBeCloseTo((2 * 0.25 * 40) / 72);
    expect(wrapText("合計 27.9億円", 10, 20, "Calibri")).toEqual(["合計 27.9億円"]);
  });

  it("puts a glyph wider than the line on a line of its own, with no empty line after it", () => {
    expect(wrapText("W", 0.05, 18, "Calibri")).toEqual(["W"]);
    expect(wrapText("WW a", 0.05, 18, "Calibri")).toEqual(["W", "W", "a"]);
  });
});

describe("fitText", () => {
  const paragraphs = Array.from({ length: 6 }, (_, i) => ({
    text: `Bullet number ${i} with a few words in it`,
    bullet: true,
    spaceBefore: 0.5,
  }));

  it("keeps the largest size when the text fits", () => {
    const fit = fitText({ paragraphs, width: 10, height: 6, font: "Calibri", maxSize: 20, minSize: 12 });
    expect(fit).toMatchObject({ size: 20, fits: true });
  });

  it("shrinks until the text fits, and says when it cannot", () => {
    const fit = fitText({ paragraphs, width: 4, height: 2.5, font: "Calibri", maxSize: 20, minSize: 10 });
    expect(fit.fits).toBe(true);
    expect(fit.size).toBeLessThan(20);
    expect(measureParagraphs(paragraphs, 4, fit.size, "Calibri")).toBeLessThanOrEqual(2.5);
    const tooMuch = fitText({ paragraphs, width: 2, height: 0.5, font: "Calibri", maxSize: 20, minSize: 12 });
    expect(tooMuch).toMatchObject({ size: 12, fits: false });
  });

  it("honours a line limit per paragraph (titles wrap to two lines at most)", () => {
    const long = [{ text: "A very long title that will certainly need more than two lines at this width" }];
    const fit = fitText({
      paragraphs: long,
      width: 3,
      height: 10,
      font: "Calibri",
      maxSize: 30,
      minSize: 12,
      maxLinesPerParagraph: 2,
    });
    expect(wrapText(long[0]!.text, 3 * 0.96, fit.size, "Calibri").length).toBeLessThanOrEqual(2);
  });
});

describe("paginate", () => {
  it("fills each page as far as it fits, always making progress", () => {
    expect(paginate([1, 2, 3, 4, 5], (page) => page.length <= 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([1, 2], () => false)).toEqual([[1], [2]]);
  });

  it("evens pages out rather than leave one item on the last", () => {
    expect(paginate([1, 2, 3, 4, 5, 6, 7], (page) => page.length <= 6)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
    ]);
    // The first page has less room (an intro): the even share must still fit it, else greedy stands.
    expect(paginate([1, 2, 3, 4, 5, 6, 7], (page, i) => page.length <= (i === 0 ? 2 : 5))).toEqual([
      [1, 2],
      [3, 4, 5, 6, 7],
    ]);
    expect(paginate([1, 2, 3, 4, 5, 6, 7, 8, 9], (page, i) => page.length <= (i === 0 ? 3 : 5))).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
  });
});

describe("chartFormatCode", async () => {
  const { chartFormatCode } = await import("../../src/layout/chartFormat.js");
  it("scales large money and keeps cents on small amounts, marked with the locale", () => {
    expect(chartFormatCode("compact-currency", [1_280_000, 1_740_000], "en-US", "USD")).toBe('[$-409]"$"#,##0.0,,"M"');
    expect(chartFormatCode("currency", [0.41, 0.86, 0.19], "en-US", "USD")).toBe('[$-409]"$"#,##0.00');
    // [$-407]: German separators wherever the deck is opened (LibreOffice shows 3,10 € only with it).
    expect(chartFormatCode("currency", [640_000], "de-DE", "EUR")).toBe('[$-407]#,##0 "€"');
    expect(chartFormatCode("currency", [3.1, 2.5], "de-AT", "EUR")).toBe('[$-C07]"€"#,##0.00');
    expect(chartFormatCode("percent", [0.31, 0.69], "en-US", "USD")).toBe("[$-409]0%");
  });

  it("shows tiny values with enough places, and trillions as T", () => {
    expect(chartFormatCode("currency", [0.0000012, 0.000002], "en-US", "USD")).toBe('[$-409]"$"#,##0.0000000');
    expect(chartFormatCode("number", [0.004, 0.002], "en-US", "USD")).toBe("[$-409]#,##0.0000");
    expect(chartFormatCode("percent", [0.00001, 0.00002], "en-US", "USD")).toBe("[$-409]0.0000%");
    expect(chartFormatCode("compact-currency", [2.5e12], "en-US", "USD")).toBe('[$-409]"$"#,##0.0,,,,"T"');
  });

  it("gives data labels the places their smallest value needs: 0.0000031 is not $0.00", () => {
    const values = [0.0000031, 0.5, 0.062];
    expect(chartFormatCode("currency", values, "en-US", "USD")).toBe('[$-409]"$"#,##0.00');
    expect(chartFormatCode("currency", values, "en-US", "USD", "labels")).toBe('[$-409]"$"#,##0.00#####');
    expect(chartFormatCode("percent", [0.125, 0.0004], "en-US", "USD", "labels")).toBe("[$-409]0.0##%");
  });

  it("writes percentages with the locale's spacing and order, as the slide text has them", () => {
    // "90 %" in German and French text: the chart's labels say the same, with the same no-break space.
    expect(chartFormatCode("percent", [0.31, 0.69], "de-DE", "EUR")).toBe('[$-407]0"\u00a0"%');
    expect(chartFormatCode("percent", [0.31, 0.69], "fr-FR", "EUR")).toMatch(/^\[\$-40C\]0"\s"%$/u);
    expect(chartFormatCode("percent", [0.31, 0.69], "tr-TR", "TRY")).toMatch(/%0$/);
    expect(chartFormatCode("percent", [0.31, 0.69], "ja-JP", "JPY")).toBe("[$-411]0%");
  });
});
