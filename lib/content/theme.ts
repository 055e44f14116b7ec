import type { Theme } from '@/lib/state/ui-types';

/** Relative luminance of a CSS rgb()/rgba() colour, or null when transparent or unreadable. */
function luminance(color: string): number | null {
  const m = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+))?/.exec(color);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) === 0) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * TikTok's own theme (its switch is independent of the OS): the `data-theme` TikTok sets on <html> when present,
 * else the page background's brightness, else the OS preference.
 */
export function detectTheme(doc: Document): Theme {
  const attr = doc.documentElement.getAttribute('data-theme') ?? doc.body?.getAttribute('data-theme');
  if (attr === 'dark' || attr === 'light') return attr;
  const win = doc.defaultView;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el || !win) continue;
    const l = luminance(win.getComputedStyle(el).backgroundColor);
    if (l !== null) return l < 0.4 ? 'dark' : 'light';
  }
  return win?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
