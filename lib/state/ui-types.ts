/** Plain viewport rectangle (px), as from getBoundingClientRect(); kept plain so it can live in a store. */
export interface Rect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** TikTok's own theme (it has a light/dark switch of its own, independent of the OS). */
export type Theme = 'light' | 'dark';

/**
 * Where the score card sits. It is fixed to the viewport so TikTok's layout never shifts:
 * - `top-right`: below TikTok's header at the right edge;
 * - `left-of` / `right-of`: a sheet beside `rect`, the area to keep clear (the video *with* its like/comment/share
 *   column); when that side has no room it tries the other side; when neither has, it goes over the video's side
 *   away from its like/comment column, between its top corner controls and its progress bar (`video`, the player
 *   alone), else top-right;
 * - `inline`: in normal flow (preview pages, dashboard).
 */
export type CardPlacement =
  { kind: 'top-right' } | { kind: 'left-of' | 'right-of'; rect: Rect; video?: Rect } | { kind: 'inline' };
