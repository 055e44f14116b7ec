/**
 * The classifiers the evaluation compares, each as text → score in [−1, 1], with how it was normalised.
 * vader-sentiment, sentiment and wink-sentiment are CommonJS: from ESM TypeScript each is a default import of
 * `module.exports` (types in ./vendor.d.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { transformSync } from 'esbuild';
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
const toAfinn = (v: number) => Math.round(v * 1.25);
const extras = Object.fromEntries([...SLANG, ...FOREIGN, ...EMOJI_VALENCE].map(([w, v]) => [w, toAfinn(v)]));
afinn.registerLanguage('en-tiktok', {
  labels: { ...require('sentiment/languages/en/labels.json'), ...extras },
  scoringStrategy: require('sentiment/languages/en/scoring-strategy.js'),
});

/**
 * A private copy of vader-sentiment, from its source files (ES module syntax with a `require`, so compiled to
 * CommonJS by esbuild and run here), whose lexicon can be extended without touching the package's build.
 */
function vaderFromSource(): { analyzer: typeof vader.SentimentIntensityAnalyzer; lexicon: Record<string, number> } {
  const run = (file: string, deps: Record<string, unknown> = {}) => {
    const code = readFileSync(require.resolve(`vader-sentiment/src/${file}`), 'utf8');
    const mod = { exports: {} as Record<string, unknown> };
    const req = (id: string) => {
      if (!(id in deps)) throw new Error(`vader-sentiment/src/${file}: unexpected require(${id})`);
      return deps[id];
    };
    new Function('module', 'exports', 'require', transformSync(code, { format: 'cjs' }).code)(mod, mod.exports, req);
    return mod.exports;
  };
  const lexicon = run('vader_lexicon.js');
  const analyzer = run('vaderSentiment.js', { './vader_lexicon.js': lexicon }).SentimentIntensityAnalyzer;
  return {
    analyzer: analyzer as typeof vader.SentimentIntensityAnalyzer,
    lexicon: lexicon.lexicon as Record<string, number>,
  };
}

// vader-sentiment with our additions: its lexicon given our single words and emoji (foreign words never override
// VADER's, as in ours). It splits on whitespace only, so emoji glued to words or to each other and multi-word phrases
// stay unseen.
const { analyzer: vaderPlus, lexicon: vaderLexicon } = vaderFromSource();
for (const [w, v] of FOREIGN) if (!(w in vaderLexicon)) vaderLexicon[w] = v;
for (const [w, v] of [...SLANG, ...EMOJI_VALENCE]) vaderLexicon[w] = v;

// wink-sentiment with our additions: a second copy of its modules (so the plain row keeps the originals), our words
// added to its AFINN table and our emoji to its emoji table, on AFINN's ±5 scale.
for (const id of Object.keys(require.cache)) if (id.includes('/wink-sentiment/')) delete require.cache[id];
const winkAfinn = require('wink-sentiment/src/afinn-en-165.js') as Record<string, number>;
const winkEmoji = require('wink-sentiment/src/emojis.js') as Record<string, number>;
const winkPlus = require('wink-sentiment/src/wink-sentiment.js') as typeof winkSentiment;
for (const [w, v] of [...SLANG, ...FOREIGN]) winkAfinn[w] = toAfinn(v);
for (const [e, v] of EMOJI_VALENCE) winkEmoji[e] = toAfinn(v);

/** A bundle of a library plus our word lists, for the size column of the "+ our words" rows. */
const withOurWords = (lib: string) =>
  `export { default } from '${lib}'; export { SLANG, FOREIGN } from './lib/scoring/sentiment-words'; export { EMOJI_VALENCE } from './lib/scoring/sentiment-emoji';`;

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
    name: 'vader-sentiment + our slang/emoji/es-pt-fr-de words',
    normalisation: 'compound (already −1…1)',
    bundleEntry: withOurWords('vader-sentiment'),
    score: (t) => vaderPlus.polarity_scores(t).compound,
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
    bundleEntry: withOurWords('sentiment'),
    score: (t) => alphaNorm(afinn.analyze(t, { language: 'en-tiktok' }).score),
  },
  {
    name: 'wink-sentiment 5.0.2',
    normalisation: 'normalizedScore / 5',
    bundleEntry: `export { default } from 'wink-sentiment';`,
    score: (t) => winkSentiment(t).normalizedScore / 5,
  },
  {
    name: 'wink-sentiment + our slang/emoji/es-pt-fr-de words',
    normalisation: 'normalizedScore / 5',
    bundleEntry: withOurWords('wink-sentiment'),
    score: (t) => winkPlus(t).normalizedScore / 5,
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
