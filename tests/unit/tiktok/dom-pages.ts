/**
 * Small synthetic TikTok pages built from the data-e2e hooks in lib/tiktok/selectors.ts (shapes as documented in
 * REFERENCE §4: Xernnn/xrnsocial feed fixture, Oct 2026; detail/browse hooks 2026-05).
 */
export interface CardData {
  id: string;
  handle: string;
  /** The detail pane's "Nick · date" line: as TikTok's spans, or as flat text. */
  nickname?: { name: string; date: string; flat?: boolean };
  caption?: string;
  tags?: string[];
  likes?: string;
  comments?: string;
  shares?: string;
  saves?: string;
  sound?: { title: string; id: string };
}

function counts(d: CardData, saveHook = 'favorite-count'): string {
  return `
    <button><span data-e2e="like-icon"></span><strong data-e2e="like-count">${d.likes ?? '0'}</strong></button>
    <button><span data-e2e="comment-icon"></span><strong data-e2e="comment-count">${d.comments ?? '0'}</strong></button>
    <button><span data-e2e="favorite-icon"></span><strong data-e2e="${saveHook}">${d.saves ?? '0'}</strong></button>
    <button><span data-e2e="share-icon"></span><strong data-e2e="share-count">${d.shares ?? 'Share'}</strong></button>`;
}

function desc(hook: string, d: CardData): string {
  const tags = (d.tags ?? []).map(
    (t) => ` <a data-e2e="search-common-link" href="/tag/${t}"><strong>#${t}</strong></a>`,
  );
  return `<div data-e2e="${hook}"><span>${d.caption ?? ''}</span>${tags.join('')}</div>`;
}

function music(d: CardData): string {
  return d.sound
    ? `<h4 data-e2e="video-music"><a href="/music/${d.sound.title.replace(/\W+/g, '-')}-${d.sound.id}">${d.sound.title}</a></h4>`
    : '';
}

function nickname(d: CardData): string {
  const n = d.nickname;
  if (!n) return '';
  const inner = n.flat ? `${n.name} · ${n.date}` : `<span>${n.name}</span><span> · </span><span>${n.date}</span>`;
  return `<span data-e2e="browser-nickname">${inner}</span>`;
}

export function feedCard(d: CardData, index = 0): string {
  return `<article data-e2e="recommend-list-item-container" data-scroll-index="${index}">
    <section data-e2e="feed-video"><div id="xgwrapper-${index}-${d.id}"><video></video></div></section>
    <a data-e2e="video-author-avatar" href="/@${d.handle}"></a>
    <h3 data-e2e="video-author-uniqueid">${d.handle}</h3>
    ${desc('video-desc', d)}${music(d)}
    <section>${counts(d, 'undefined-count')}</section>
  </article>`;
}

export function detailPane(d: CardData, playerId: string = d.id): string {
  return `<div class="css-1q2w3e-DivBrowserModeContainer">
    <div class="css-9z8y-DivVideoWrapper"><div id="xgwrapper-1-${playerId}"><video></video></div></div>
    <div class="css-7x6w-DivInfoContainer">
      <a data-e2e="browse-user-avatar" href="/@${d.handle}"></a>
      <span data-e2e="browse-username">${d.handle}</span>${nickname(d)}
      ${desc('browse-video-desc', d)}${music(d)}
      <div class="css-5v4u-DivActionBar">${counts(d)}</div>
    </div>
  </div>`;
}

/** Gives each feed card a layout box: card i spans [tops[i], tops[i] + height). jsdom has no layout. */
export function placeCards(doc: Document, tops: number[], height = 700): void {
  doc.querySelectorAll('article').forEach((el, i) => {
    const top = tops[i] ?? -10_000;
    el.getBoundingClientRect = () =>
      ({
        top,
        bottom: top + height,
        height,
        left: 0,
        right: 400,
        width: 400,
        x: 0,
        y: top,
        toJSON: () => ({}),
      }) as DOMRect;
  });
}
