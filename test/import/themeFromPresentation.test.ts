import { PNG as PngImage } from "pngjs";
import { describe, expect, it } from "vitest";
import { chooseLogo, themeFromPresentation } from "../../src/import/themeFromPresentation.js";
import type { MasterPicture, PresentationTheme } from "../../src/load/readPresentationTheme.js";
import { ThemeSchema } from "../../src/schema/theme.js";
import { findContrastProblems } from "../../src/validate/themeContrast.js";

// A real (1 × 1) PNG: import takes only pictures a deck can show, as validation would.
const PNG = new Uint8Array(PngImage.sync.write(new PngImage({ width: 1, height: 1 })));
const EMF = new Uint8Array([0x01, 0x00, 0x00, 0x00]);
const W = 12192000; // 16:9 in EMU
const H = 6858000;

const source = (over: Partial<PresentationTheme> = {}): PresentationTheme => ({
  file: "/x/acme.pptx",
  colors: {
    dk1: "000000",
    lt1: "FFFFFF",
    dk2: "1F3864",
    lt2: "E7E6E6",
    accent1: "C00000",
    accent2: "ED7D31",
    accent3: "A5A5A5",
    accent4: "FFC000",
    accent5: "5B9BD5",
    accent6: "70AD47",
  },
  colorMap: { bg1: "lt1", tx1: "dk1", bg2: "lt2", tx2: "dk2" },
  fonts: { major: "Georgia", minor: "Verdana" },
  slideSize: { cx: W, cy: H },
  pictures: [],
  ...over,
});

const picture = (x: number, y: number, w: number, h: number, data = PNG): MasterPicture => ({
  part: "ppt/slideMasters/slideMaster1.xml",
  media: "ppt/media/image1.png",
  data,
  x,
  y,
  w,
  h,
});

describe("themeFromPresentation", () => {
  it("maps the scheme: lt1 background, dk1 text, dk2 headings, accent1 accent, accent1–6 charts, theme fonts", () => {
    const { theme, notes } = themeFromPresentation(source(), "Acme");
    expect(theme.colors).toMatchObject({
      background: "#FFFFFF",
      text: "#000000",
      heading: "#1F3864",
      accent: "#C00000",
      accentText: "#FFFFFF",
    });
    expect(theme.colors.chart).toEqual(["#C00000", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"]);
    expect(theme.fonts).toEqual({ heading: "Georgia", body: "Verdana" });
    expect(theme.slideSize).toBe("16:9");
    expect(notes).toEqual([]);
    const parsed = ThemeSchema.parse(theme);
    expect(findContrastProblems(parsed.colors)).toEqual([]);
  });

  it("follows the master's color map for dark templates", () => {
    const { theme } = themeFromPresentation(
      source({
        colorMap: { bg1: "dk1", tx1: "lt1", bg2: "dk2", tx2: "lt2" },
        colors: { ...source().colors, dk1: "101820" },
      }),
      "Acme",
    );
    expect(theme.colors).toMatchObject({ background: "#101820", text: "#FFFFFF", heading: "#E7E6E6" });
  });

  it("nudges colors that fail WCAG AA, and says so", () => {
    const { theme, notes } = themeFromPresentation(
      source({ colors: { ...source().colors, accent1: "FFC000" } }),
      "Acme",
    ); // amber: too light for text on white
    expect(findContrastProblems(ThemeSchema.parse(theme).colors)).toEqual([]);
    expect(theme.colors.accent).not.toBe("#FFC000");
    expect(notes.join("\n")).toMatch(
      /colors\.accent changed from #FFC000 to #[0-9A-F]{6}: too little contrast on colors\.background #FFFFFF/,
    );
    expect(theme.colors.chart[0]).toBe("#FFC000"); // charts keep the brand colors
  });

  it("picks 4:3 for 4:3 slides and notes sizes that are neither", () => {
    expect(themeFromPresentation(source({ slideSize: { cx: 9144000, cy: 6858000 } }), "A").theme.slideSize).toBe("4:3");
    const a4 = themeFromPresentation(source({ slideSize: { cx: 10692000, cy: 7560000 } }), "A");
    expect(a4.notes.join()).toMatch(/neither 16:9 nor 4:3/);
  });
});

describe("chooseLogo", () => {
  it("takes the small picture near a corner over banners, centred art and unsupported formats", () => {
    const banner = picture(0, 0, W, H * 0.2);
    const centred = picture(W / 2 - 500000, H / 2 - 500000, 1000000, 1000000);
    const emf = picture(W - 700000, 100000, 600000, 300000, EMF);
    const corner = picture(W - 1400000, H - 500000, 1200000, 400000);
    expect(chooseLogo([banner, centred, emf, corner], W, H)?.picture).toBe(corner);
    expect(chooseLogo([banner, centred, emf], W, H)).toBeUndefined();
  });

  it("writes the chosen logo's width and alt text into the theme", () => {
    const { theme } = themeFromPresentation(
      source({ pictures: [{ ...picture(300000, 200000, 914400, 457200), descr: "Acme wordmark" }] }),
      "Acme",
    );
    expect(theme.logo).toEqual({ path: "", altText: "Acme wordmark", width: 1 });
  });
});
