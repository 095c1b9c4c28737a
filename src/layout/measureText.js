// Text measurement with built-in advance widths (Calibri/Carlito, in 1/2048 em) so layout needs no
// font files; other families are scaled by how much wider they run. Measurements err on the wide side.
const ASCII_WIDTHS = [
    463, 667, 821, 1038, 1038, 1463, 1397, 452, 621, 621, 1038, 1038, 511, 627, 517, 791, // space … /
    1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 1038, 548, 548, 1038, 1038, 1038, 941, // 0 … ?
    1831, 1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, // @ … O
    1058, 1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959, 628, 791, 628, 1038, 1038, // P … _
    585, 981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, // ` … o
    1076, 1076, 714, 801, 686, 1076, 925, 1464, 887, 927, 809, 677, 943, 677, 1038, // p … ~
];
const SPECIAL_WIDTHS = {
    "—": 1815, "–": 1038, "…": 1396, "‘": 452, "’": 452, "“": 821, "”": 821, "•": 1020, "·": 517,
    "×": 1038, "€": 1038, "£": 1038, "¥": 1038, "→": 2048, "≈": 1038, "±": 1038, "%": 1463, "\u00a0": 463,
};
// How much wider than Calibri other families set the same text (measured averages, rounded up).
const FAMILY_SCALE = [
    [/calibri|carlito/i, 1],
    [/arial|helvetica|liberation sans|arimo/i, 1.14],
    [/segoe|open sans|source sans|roboto|lato|inter/i, 1.12],
    [/georgia|times|cambria|caladea|liberation serif/i, 1.1],
];
const BOLD_SCALE = 1.05;
function familyScale(font) {
    for (const [pattern, scale] of FAMILY_SCALE)
        if (pattern.test(font))
            return scale;
    return 1.16; // unknown family: assume a wide one so text never overflows
}
function charWidth(ch) {
    const code = ch.codePointAt(0);
    if (code >= 32 && code <= 126)
        return ASCII_WIDTHS[code - 32];
    const special = SPECIAL_WIDTHS[ch];
    if (special !== undefined)
        return special;
    if (code < 32 || (code >= 0x200b && code <= 0x200f) || code === 0xfeff || (code >= 0x0300 && code <= 0x036f))
        return 0;
    const base = ch.normalize("NFD")[0];
    const baseCode = base.codePointAt(0);
    if (base !== ch && baseCode >= 32 && baseCode <= 126)
        return ASCII_WIDTHS[baseCode - 32];
    if (code >= 0x1100)
        return 2048; // CJK, emoji and other wide scripts: a full em
    return 1100;
}
/** Width of `text` in inches at `size` points. */
export function textWidth(text, size, font, bold = false) {
    let units = 0;
    for (const ch of text)
        units += charWidth(ch);
    return (units / 2048) * (size / 72) * familyScale(font) * (bold ? BOLD_SCALE : 1);
}
/** Break `text` into lines no wider than `width` inches; words longer than a line are split. */
export function wrapText(text, width, size, font, bold = false) {
    const lines = [];
    for (const hardLine of text.split("\n")) {
        let line = "";
        for (const word of hardLine.split(/ +/)) {
            const candidate = line ? `${line} ${word}` : word;
            if (textWidth(candidate, size, font, bold) <= width) {
                line = candidate;
                continue;
            }
            if (line)
                lines.push(line);
            line = "";
            // A word wider than the line: split it by characters.
            let rest = word;
            while (textWidth(rest, size, font, bold) > width) {
                let cut = 1;
                const chars = [...rest];
                while (cut < chars.length && textWidth(chars.slice(0, cut + 1).join(""), size, font, bold) <= width)
                    cut++;
                lines.push(chars.slice(0, cut).join(""));
                rest = chars.slice(cut).join("");
            }
            line = rest;
        }
        lines.push(line);
    }
    return lines;
}
