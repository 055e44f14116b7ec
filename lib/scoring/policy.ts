import type { PolicyFlag } from '@/lib/schemas/score';
import type { Market } from '@/lib/schemas/settings';
import type { VideoRecord } from '@/lib/schemas/video';
import { POLICY_RULES } from './policy-rules';
import { escapeRegExp, matcher, prepare, type Prepared } from './match';
import { preparedCreatorText } from './text';

/**
 * `except` phrases as one pattern: `*` is any one word ("non-alcoholic *" also blanks "beer"), an apostrophe either
 * kind ("I’m betting"). Longer phrases first, so "non-alcoholic beer" is blanked whole rather than just its first word.
 */
function exceptPattern(phrases: readonly string[]): RegExp {
  const word = "[\\p{L}\\p{N}'’-]+";
  const one = (e: string) =>
    e
      .split('*')
      .map((part) => escapeRegExp(part).replace(/'/g, "['’]"))
      .join(word);
  const longestFirst = [...phrases].sort(
    (a, b) => Number(b.includes('*')) - Number(a.includes('*')) || b.length - a.length,
  );
  return new RegExp(longestFirst.map(one).join('|'), 'giu');
}

const COMPILED = POLICY_RULES.map((rule) => ({
  rule,
  terms: matcher(rule.terms),
  except: rule.except ? exceptPattern(rule.except) : null,
}));

/** Markets where alcohol may not appear in ad creatives (TikTok Advertising Policies: Europe and Israel). */
const ALCOHOL_BANNED_IN: readonly Market[] = ['eea', 'uk', 'ch', 'israel'];

/**
 * Ad-policy flags from everything the creator wrote or said, each with the matched words, the markets it applies to
 * and the policy sentence. One flag per category: a global rule wins over its EEA/UK-only sibling.
 */
export function policyFlags(
  video: VideoRecord,
  targetMarkets: readonly Market[],
  text = preparedCreatorText(video),
): PolicyFlag[] {
  return policyFlagsOfText(text, targetMarkets);
}

export function policyFlagsOfText(input: string | Prepared, targetMarkets: readonly Market[]): PolicyFlag[] {
  const text = typeof input === 'string' ? prepare(input) : input;
  const flags: PolicyFlag[] = [];
  for (const { rule, terms, except } of COMPILED) {
    if (flags.some((f) => f.category === rule.category)) continue;
    let evidence = terms.find(text);
    // Re-check without the excepted phrases ("massage gun") only when something matched.
    if (evidence.length > 0 && except) {
      except.lastIndex = 0;
      if (except.test(text.text)) evidence = terms.find(text.text.replace(except, ' '));
    }
    if (evidence.length === 0) continue;
    let { severity, note } = rule;
    if (rule.category === 'alcohol' && targetMarkets.some((m) => ALCOHOL_BANNED_IN.includes(m))) {
      severity = 'prohibited';
      note = `${note} Your target markets include one of them.`;
    }
    flags.push({ category: rule.category, evidence, markets: rule.markets, severity, note });
  }
  return flags;
}
