import { PNG as PngImage } from "pngjs";
import { describe, expect, it } from "vitest";
import { chooseLogo, logoAltText, themeFromPresentation } from "../../src/import/themeFromPresentation.js";
import type { MasterPicture, PresentationTheme } from "../../src/load/readPresentationTheme.js";
import { ThemeSchema } from "../../src/schema/theme.js";
import { contrastRatio, findContrastProblems } from "../../src/validate/contrast.js";

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
    // accent1–6, those below 3:1 on white darkened a little, keeping their hue.
    expect(theme.colors.chart).toEqual(["#C00000", "#E1772F", "#8C8C8C", "#B38600", "#5693CA", "#659C40"]);
    expect(theme.fonts).toEqual({ heading: "Georgia", body: "Verdana" });
    expect(theme.slideSize).toBe("16:9");
    expect(notes).toHaveLength(5);
    expect(notes[1]).toBe(
      "chart color accent3 #A5A5A5 darkened to #8C8C8C: 2.4:1 on the background #FFFFFF, where a slice or bar needs 3:1",
    );
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

  it("takes a passing brand colour over a pale accent1, rather than darkening accent1 toward grey", () => {
    const { theme, notes } = themeFromPresentation(
      source({ colors: { ...source().colors, accent1: "BFE3F5", accent2: "0B5394" } }),
      "Acme",
    );
    expect(theme.colors).toMatchObject({ accent: "#0B5394", accentText: "#FFFFFF" });
    expect(notes[0]).toBe(
      "accent1 #BFE3F5 is too pale for title fills and accent text on #FFFFFF (1.4:1); accent2 #0B5394 is the accent instead",
    );
    expect(findContrastProblems(ThemeSchema.parse(theme).colors)).toEqual([]);
  });

  it("nudges colors that fail WCAG AA when no scheme colour passes, and says so", () => {
    const pale = { accent1: "FFC000", accent2: "FFD966", accent3: "F4B183", accent4: "C9C9C9", dk2: "BDD7EE" };
    const { theme, notes } = themeFromPresentation(source({ colors: { ...source().colors, ...pale } }), "Acme");
    expect(findContrastProblems(ThemeSchema.parse(theme).colors)).toEqual([]);
    expect(theme.colors.accent).not.toBe("#FFC000");
    expect(notes.join("\n")).toMatch(
      /colors\.accent changed from #FFC000 to #[0-9A-F]{6}: too little contrast on colors\.background #FFFFFF/,
    );
  });

  it("leaves out chart colours that would vanish on the background or repeat another", () => {
    const colors = { ...source().colors, accent2: "FFFFFF", accent3: "C10202", accent4: "FCFCFC" };
    const { theme, notes } = themeFromPresentation(source({ colors }), "Acme");
    const chart = theme.colors.chart.map((c) => c.slice(1));
    expect(chart).not.toContain("FFFFFF");
    expect(chart).not.toContain("C10202");
    expect(chart).toHaveLength(6);
    for (const c of chart) expect(contrastRatio(c, "FFFFFF"), c).toBeGreaterThanOrEqual(3);
    expect(notes).toContain(
      "accent2 #FFFFFF left out of the chart colors: 1.0:1 on the background #FFFFFF, where a slice or bar needs 3:1",
    );
    expect(notes).toContain("accent3 #C10202 left out of the chart colors: too like another chart color to tell apart");
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

  it("replaces PowerPoint's automatic captions by '<name> logo' and reads a description as one line", () => {
    expect(logoAltText("A picture containing text\n\nDescription automatically generated", "Acme")).toBe("Acme logo");
    expect(logoAltText("Logo\n\nDescription generated automatically", "Acme")).toBe("Acme logo");
    expect(logoAltText("Acme wordmark,\nblue on white", "Acme")).toBe("Acme wordmark, blue on white");
    expect(logoAltText(undefined, "Acme")).toBe("Acme logo");
  });

  it("says when the logo is a WMF or EMF picture, which decks cannot show", () => {
    const emf = new Uint8Array(44);
    emf.set([1, 0, 0, 0]);
    emf.set([0x20, 0x45, 0x4d, 0x46], 40); // " EMF"
    const logo = { ...picture(W - 1400000, H - 500000, 1200000, 400000, emf), media: "ppt/media/image2.emf" };
    const { theme, notes } = themeFromPresentation(source({ pictures: [logo] }), "Acme");
    expect(theme.logo).toBeUndefined();
    expect(notes).toContain(
      "the logo on the slide master (ppt/media/image2.emf) is an EMF picture, which decks cannot show; " +
        "save it as PNG under themes/assets/ and add logo: by hand",
    );
    const wmf = { ...logo, data: new Uint8Array([0xd7, 0xcd, 0xc6, 0x9a, 0, 0]), media: "ppt/media/image3.wmf" };
    expect(themeFromPresentation(source({ pictures: [wmf] }), "Acme").notes.join()).toMatch(/is a WMF picture/);
  });

  it("keeps the template's logo width, up to the 4 in a theme allows", () => {
    const wide = themeFromPresentation(source({ pictures: [picture(100000, 100000, 2.5 * 914400, 400000)] }), "A");
    expect(wide.theme.logo?.width).toBe(2.5);
  });
});
