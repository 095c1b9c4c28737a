/**
 * Loose matching of phrases against slide text: words are lower-cased and cut to a rough stem, so
 * "margins" finds "margin" and "forecasting" finds "forecast". Crude on purpose: both sides go
 * through the same cut, and a check that misses a synonym says which words it looked for.
 */

// Words that carry no subject of their own.
const STOPWORDS = new Set(
  (
    "a an and are as at be been but by can could did do does doing for from had has have how i if in into is it its " +
    "itself me more most my no nor not of off on once only or our ours out over own per same she should so some " +
    "such than that the their them then there these they this those through to too under until up us very was we " +
    "were what when where which while who whom why will with would you your yours vs versus via within without " +
    "new fewer less each every all any both few other get gets got keep make makes made let"
  ).split(" "),
);

// Irregular forms the suffix cut would miss.
const IRREGULAR: Record<string, string> = {
  grew: "grow",
  growth: "grow",
  grown: "grow",
  spent: "spend",
  bought: "buy",
  margins: "margin",
  predictability: "predict",
  predictable: "predict",
  predictably: "predict",
  accuracy: "accur",
  accurate: "accur",
  accurately: "accur",
  productivity: "product",
  productive: "product",
  utilisation: "util",
  utilization: "util",
  utilised: "util",
  utilized: "util",
};

// Slide text repeats its words: cut each once (bounded, for `watch`).
const stems = new Map<string, string>();

/** A rough stem: lower case, irregular forms mapped, common suffixes cut. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    if (stems.size > 50_000) stems.clear();
    stems.set(word, (s = cut(word)));
  }
  return s;
}

function cut(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, "");
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  for (const [suffix, keep] of [
    ["ations", 3],
    ["ation", 3],
    ["ities", 3],
    ["ity", 3],
    ["ing", 3],
    ["ies", 3],
    ["ied", 3],
    ["ed", 3],
    ["ly", 4],
    ["es", 3],
    ["s", 3],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= keep && !w.endsWith("ss")) {
      const cut = w.slice(0, -suffix.length);
      return suffix === "ies" || suffix === "ied" ? `${cut}y` : cut;
    }
  }
  return w;
}

/** The words of a text, in order (letters, digits, &, and inner apostrophes or hyphens split apart). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}&]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** The stems of a text's words that are not stop words or in `ignore`. */
export function significantStems(text: string, ignore: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const lower = w.toLowerCase();
    if (STOPWORDS.has(lower) || /^\p{N}+$/u.test(w)) continue;
    const s = stem(lower);
    if (!ignore.has(s) && !out.includes(s)) out.push(s);
  }
  return out;
}

// The same slide text recurs in every audience's copy: its stems are computed once (bounded).
const stemSets = new Map<string, Set<string>>();

/** Every stem of a text, for looking words up in it. */
export function stemSet(text: string): Set<string> {
  let set = stemSets.get(text);
  if (!set) {
    if (stemSets.size > 5_000) stemSets.clear();
    stemSets.set(text, (set = new Set(words(text).map((w) => stem(w)))));
  }
  return set;
}

/** Lower case, punctuation dropped, spaces collapsed: for comparing short titles. */
export function normalizeTitle(text: string): string {
  return words(text).join(" ").toLowerCase();
}
