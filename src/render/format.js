// Intl formatters are costly to create (a month label each time was a hot spot when building
// hundreds of decks) and immutable, so one per locale and option set serves the whole process.
const numberFormats = new Map();
const dateFormats = new Map();
const listFormats = new Map();
function cached(cache, key, create) {
    let format = cache.get(key);
    if (!format)
        cache.set(key, (format = create()));
    return format;
}
/** Create a {@link Formatter} for a locale and currency. */
export function createFormatter(locale, currency) {
    const nf = (key, options) => cached(numberFormats, `${locale}|${currency}|${key}`, () => new Intl.NumberFormat(locale, options));
    const df = (key, options) => cached(dateFormats, `${locale}|${key}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }));
    return {
        locale,
        currency,
        money(value, { compact = false, digits } = {}) {
            if (compact) {
                return nf(`money-c-${digits}`, { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: digits ?? 1 }).format(value);
            }
            const d = digits ?? (Math.abs(value) < 100 && !Number.isInteger(value) ? 2 : 0);
            return nf(`money-${d}`, { style: "currency", currency, minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
        },
        number(value, digits = 0) {
            return nf(`num-${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
        },
        compact(value) {
            return nf("compact", { notation: "compact", maximumFractionDigits: 1 }).format(value);
        },
        percent(value, digits) {
            const d = digits ?? (Number.isInteger(Math.round(value * 1000) / 10) || Math.abs(value) >= 0.1 ? 0 : 1);
            return nf(`pct-${d}`, { style: "percent", minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
        },
        date(iso, style = "long") {
            return df(`date-${style}`, { dateStyle: style }).format(new Date(`${iso}T00:00:00Z`));
        },
        month(yyyyMm, style = "short") {
            return df(`month-${style}`, { month: style, year: "numeric" }).format(new Date(`${yyyyMm}-01T00:00:00Z`));
        },
        list(items, type = "conjunction") {
            return cached(listFormats, `${locale}|${type}`, () => new Intl.ListFormat(locale, { style: "long", type })).format(items);
        },
    };
}
