/** Month arithmetic on YYYY-MM strings, in UTC: no time zone can shift a month. */

/** Months since year 0: a number that orders and subtracts. */
export function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The YYYY-MM of a month number. */
export function monthOf(number: number): string {
  const year = Math.floor(number / 12);
  return `${String(year).padStart(4, "0")}-${String((number % 12) + 1).padStart(2, "0")}`;
}

/** `month` moved by `count` months (negative: back). */
export function addMonths(month: string, count: number): string {
  return monthOf(monthNumber(month) + count);
}

/** The month a YYYY-MM-DD date falls in. */
export function monthOfDate(date: string): string {
  return date.slice(0, 7);
}

/** Months from `from` to `to`, both included ([] when `to` is before `from`). */
export function monthRange(from: string, to: string): string[] {
  const start = monthNumber(from);
  return Array.from({ length: Math.max(0, monthNumber(to) - start + 1) }, (_, i) => monthOf(start + i));
}
