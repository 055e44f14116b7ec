/**
 * The classifiers the evaluation compares, each as text → score in [−1, 1], with how it was normalised.
 * vader-sentiment, sentiment and wink-sentiment are CommonJS: from ESM TypeScript each is a default import of
 * `module.exports` (types in ./vendor.d.ts).
 */
import { createRequire } from 'node:module';
import vader from 'vader-sentiment';
import Sentiment from 'sentiment';
import winkSentiment from 'wink-sentiment';
import { EMOJI_VALENCE } from '../../lib/scoring/sentiment-emoji';
import { createSentimentAnalyzer, sentimentScore } from '../../lib/scoring/sentiment';
import { FOREIGN, SLANG } from '../../lib/scoring/sentiment-words';

export interface Classifier {
  name: string;
  /** How the library's output was put on [−1, 1]. */
  normalisation: string;
  /** A module that bundles just this classifier, for the size column. */
  bundleEntry: string;
  score(text: string): number;
}

/** VADER's own normalisation x / √(x² + 15), used for libraries that return an unbounded sum. */
const alphaNorm = (x: number) => x / Math.sqrt(x * x + 15);
const require = createRequire(import.meta.url);
const afinn = new Sentiment();

// AFINN with our additions: the same slang, foreign and emoji entries, rescaled from VADER's ±4 to AFINN's ±5.
// Registered as its own language because `analyze(text, { extras })` mutates the shared English labels.
const extras = Object.fromEntries([...SLANG, ...FOREIGN, ...EMOJI_VALENCE].map(([w, v]) => [w, Math.round(v * 1.25)]));
afinn.registerLanguage('en-tiktok', {
  labels: { ...require('sentiment/languages/en/labels.json'), ...extras },
  scoringStrategy: require('sentiment/languages/en/scoring-strategy.js'),
});

const ours = (slang: boolean, multilingual: boolean, emoji: boolean) =>
  createSentimentAnalyzer({ slang, multilingual, emoji });
const oursEntry = `export { sentimentScore } from './lib/scoring/sentiment';`;

export const CLASSIFIERS: Classifier[] = [
  {
    name: 'vader-sentiment 1.1.3',
    normalisation: 'compound (already −1…1)',
    bundleEntry: `export { default } from 'vader-sentiment';`,
    score: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound,
  },
  {
    name: 'sentiment 5.0.2 (AFINN-165)',
    normalisation: 'score / √(score² + 15)',
    bundleEntry: `export { default } from 'sentiment';`,
    score: (t) => alphaNorm(afinn.analyze(t).score),
  },
  {
    name: 'sentiment (AFINN) + our slang/emoji/es-pt-fr-de words',
    normalisation: 'score / √(score² + 15)',
    bundleEntry: `export { default } from 'sentiment';`,
    score: (t) => alphaNorm(afinn.analyze(t, { language: 'en-tiktok' }).score),
  },
  {
    name: 'wink-sentiment 5.0.2',
    normalisation: 'normalizedScore / 5',
    bundleEntry: `export { default } from 'wink-sentiment';`,
    score: (t) => winkSentiment(t).normalizedScore / 5,
  },
  {
    name: 'ours: VADER rules + lexicon, new tokenizer, 5-language negation',
    normalisation: 'compound',
    bundleEntry: oursEntry,
    score: ours(false, false, false),
  },
  { name: 'ours + emoji', normalisation: 'compound', bundleEntry: oursEntry, score: ours(false, false, true) },
  { name: 'ours + emoji + slang', normalisation: 'compound', bundleEntry: oursEntry, score: ours(true, false, true) },
  {
    name: 'ours + emoji + slang + es/pt/fr/de (chosen: lib/scoring/sentiment.ts)',
    normalisation: 'compound',
    bundleEntry: oursEntry,
    score: sentimentScore,
  },
];
