import type { PolicyFlag } from '@/lib/schemas/score';
import type { Market } from '@/lib/schemas/settings';
import type { VideoRecord } from '@/lib/schemas/video';
import { POLICY_RULES } from './policy-rules';
import { creatorText, matcher } from './text';

const COMPILED = POLICY_RULES.map((rule) => ({
  rule,
  terms: matcher(rule.terms),
  except: rule.except ? new RegExp(rule.except.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu') : null,
}));

/** Markets where alcohol may not appear in ad creatives (TikTok Advertising Policies: Europe and Israel). */
const ALCOHOL_BANNED_IN: readonly Market[] = ['eea', 'uk', 'ch', 'israel'];

/**
 * Ad-policy flags from everything the creator wrote or said, each with the matched words, the markets it applies to
 * and the policy sentence. One flag per category: a global rule wins over its EEA/UK-only sibling.
 */
export function policyFlags(video: VideoRecord, targetMarkets: readonly Market[]): PolicyFlag[] {
  return policyFlagsOfText(creatorText(video), targetMarkets);
}

export function policyFlagsOfText(text: string, targetMarkets: readonly Market[]): PolicyFlag[] {
  const flags: PolicyFlag[] = [];
  for (const { rule, terms, except } of COMPILED) {
    if (flags.some((f) => f.category === rule.category)) continue;
    const evidence = terms.find(except ? text.replace(except, ' ') : text);
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
