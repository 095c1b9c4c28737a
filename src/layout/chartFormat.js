/** Excel number format code for chart values (what PowerPoint and LibreOffice show on axes and labels). */
export function chartFormatCode(format, values, locale, currency) {
    const max = Math.max(0, ...values.map(Math.abs));
    const scaled = (prefix, suffix) => {
        if (max >= 1e9)
            return `${prefix}#,##0.0,,,"B"${suffix}`;
        if (max >= 1e6)
            return `${prefix}#,##0.0,,"M"${suffix}`;
        if (max >= 1e4)
            return `${prefix}#,##0,"K"${suffix}`;
        return `${prefix}#,##0${suffix}`;
    };
    // Cents matter when any value is a small fraction (a unit cost of $0.41 must not read $0).
    const smallFractions = values.some((v) => !Number.isInteger(v) && Math.abs(v) < 100);
    switch (format) {
        case "percent":
            return max < 0.1 ? "0.0%" : "0%";
        case "number":
            return smallFractions ? "#,##0.00" : "#,##0";
        case "compact":
            return scaled("", "");
        case "currency":
        case "compact-currency": {
            const parts = new Intl.NumberFormat(locale, { style: "currency", currency }).formatToParts(1);
            const symbol = parts.find((p) => p.type === "currency")?.value ?? currency;
            const before = parts.findIndex((p) => p.type === "currency") < parts.findIndex((p) => p.type === "integer");
            const prefix = before ? `"${symbol}"` : "";
            const suffix = before ? "" : ` "${symbol}"`;
            if (format === "currency")
                return smallFractions ? `${prefix}#,##0.00${suffix}` : `${prefix}#,##0${suffix}`;
            return scaled(prefix, suffix);
        }
    }
}
