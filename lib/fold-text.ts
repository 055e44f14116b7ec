const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * Lower case without accents, so "cafe" finds "Café": one rule for every search in the pages (the videos table's
 * rows in lib/db, the Creators tab). ASCII text skips the (costly) Unicode decomposition.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(/\p{M}/gu, '') : lower;
}
