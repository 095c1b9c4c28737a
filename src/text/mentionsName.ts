/**
 * Whether `text` names `name` as a whole word, ignoring case: "Dana Whitfield decides" names "dana
 * whitfield", "Danaher" does not name "Dana". (A regular expression of all the names, compiled per
 * audience, cost more than the rest of `briefings check` on a 500-audience build.)
 */
export function mentionsName(text: string, name: string): boolean {
  const haystack = text.toLowerCase();
  const needle = name.toLowerCase();
  if (needle === "") return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack.slice(Math.max(0, at - 2), at);
    const after = haystack.slice(at + needle.length, at + needle.length + 2);
    if (!/\p{L}$/u.test(before) && !/^\p{L}/u.test(after)) return true;
  }
  return false;
}
