/** Split items into pages: each page takes as many items as `fits` accepts (at least one). */
export function paginate(items, fits) {
    const pages = [];
    let start = 0;
    while (start < items.length) {
        let end = items.length;
        while (end - start > 1 && !fits(items.slice(start, end)))
            end--;
        pages.push(items.slice(start, end));
        start = end;
    }
    return pages;
}
