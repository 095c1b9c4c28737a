/**
 * Split items into pages: each page takes as many items as `fits` accepts (at least one); `index` is
 * the page's number from 0. Pages are then evened out, so a long list does not leave a lone item on
 * its last slide: no page takes more than an even share when that needs no extra page.
 */
export function paginate<T>(items: readonly T[], fits: (page: readonly T[], index: number) => boolean): T[][] {
  const greedy = fill(items, fits);
  if (greedy.length < 2) return greedy;
  const share = Math.ceil(items.length / greedy.length);
  const even = fill(items, (page, index) => page.length <= share && fits(page, index));
  return even.length === greedy.length ? even : greedy;
}

function fill<T>(items: readonly T[], fits: (page: readonly T[], index: number) => boolean): T[][] {
  const pages: T[][] = [];
  let start = 0;
  while (start < items.length) {
    let end = items.length;
    while (end - start > 1 && !fits(items.slice(start, end), pages.length)) end--;
    pages.push(items.slice(start, end));
    start = end;
  }
  return pages;
}
