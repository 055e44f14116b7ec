import { MARKETS, type Market } from '@/lib/schemas/settings';

/**
 * The markets as the page shows them. "Global" means no particular market, so it never stands beside one: scoring
 * only looks for the markets with stricter rules (lib/scoring/policy.ts), and reads Global, Global with the UK and
 * no market at all the way it reads the list without Global. No market at all is shown, and saved, as Global.
 */
export function marketsOf(markets: readonly Market[]): Market[] {
  const particular = MARKETS.filter((m) => m !== 'global' && markets.includes(m));
  return particular.length > 0 ? particular : ['global'];
}

/** Ticking Global clears the others and ticking another clears Global; unticking the last one leaves Global. */
export function tickMarket(markets: readonly Market[], market: Market, ticked: boolean): Market[] {
  if (market === 'global') return ['global'];
  const others = marketsOf(markets).filter((m) => m !== market);
  return marketsOf(ticked ? [...others, market] : others);
}
