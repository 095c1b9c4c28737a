import { describe, expect, it } from "vitest";
import { unescapeXml } from "../../src/load/readPresentationTheme.js";

describe("unescapeXml", () => {
  it("decodes named and numeric references once, so alt text is not escaped twice on the way back out", () => {
    expect(unescapeXml("Acme&#xA;wordmark &amp; tile")).toBe("Acme\nwordmark & tile");
    expect(unescapeXml("caf&#233; &lt;b&gt; &quot;x&quot; &apos;y&apos;")).toBe(`café <b> "x" 'y'`);
    // An escaped reference is text: decoding once leaves it as the characters the author typed.
    expect(unescapeXml("&amp;#xA;")).toBe("&#xA;");
    expect(unescapeXml("&#0; &#x110000; &bogus;")).toBe("&#0; &#x110000; &bogus;");
  });
});
