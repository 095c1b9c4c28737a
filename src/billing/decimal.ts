/** Decimals are held as bigints counting units of 10^-SCALE: exact sums whatever their size. */
export const SCALE = 12;
const UNIT = 10n ** BigInt(SCALE);

const NUMBER = /^\s*([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/;

/**
 * A decimal number's text (`12.5`, `-0.00000080000`, `1.2E-7`) as units of 10^-SCALE, rounded half
 * away from zero past SCALE decimals; undefined when the text is not a number.
 */
export function parseDecimal(text: string): bigint | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const [, sign, whole = "", fraction = "", exponent = "0"] = m;
  if (whole === "" && fraction === "") return undefined;
  const shift = SCALE + Number(exponent);
  if (!Number.isSafeInteger(shift) || shift > 400 || shift < -400) return undefined;
  const digits = BigInt(whole + fraction || "0");
  const places = shift - fraction.length;
  const value = places >= 0 ? digits * 10n ** BigInt(places) : divideRounded(digits, 10n ** BigInt(-places));
  return sign === "-" ? -value : value;
}

/** `units` (of 10^-SCALE) as decimal text without trailing zeros: `12.5`, `-0.0000008`, `0`. */
export function decimalText(units: bigint): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const whole = abs / UNIT;
  const fraction = (abs % UNIT).toString().padStart(SCALE, "0").replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** a ÷ b rounded half away from zero to a whole number (b ≠ 0). */
export function divideRounded(a: bigint, b: bigint): bigint {
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  let q = absA / absB;
  if ((absA % absB) * 2n >= absB) q += 1n;
  return a < 0n !== b < 0n ? -q : q;
}
