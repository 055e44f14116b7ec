/**
 * Copies text; false when the page may not write the clipboard (no permission, no focus, an old browser). Callers
 * always show the text too, so a refused copy still leaves it one select-and-copy away.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
