import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepare } from '@/lib/scoring/match';
import {
  createSentimentAnalyzer,
  sentimentLabel,
  sentimentScore,
  sentimentScoreAndWords,
} from '@/lib/scoring/sentiment';

const label = (t: string) => sentimentLabel(sentimentScore(t));

describe('comment sentiment', () => {
  it.each([
    ['this is literally the best thing I bought all year', 'positive'],
    ['worst product ever, total waste of money', 'negative'],
    ['what song is this', 'neutral'],
    ['not bad at all', 'positive'],
    ['not good', 'negative'],
    ['no fun', 'negative'],
  ] as const)('reads “%s” as %s, like VADER', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it.each([
    ['😍😍😍', 'positive'],
    ['💀💀', 'positive'],
    ['🤮', 'negative'],
    ['love this😭😭', 'positive'],
  ] as const)('reads the emoji in “%s” as %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it.each([
    ['she ate and left no crumbs', 'positive'],
    ['this is fire 🔥', 'positive'],
    ['mid tbh', 'negative'],
    ['W', 'positive'],
    ['L', 'negative'],
    ['no cap this is the best one', 'positive'],
    ['lowkey obsessed', 'positive'],
  ] as const)('reads TikTok slang in “%s” as %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('keeps literal uses of slang words neutral', () => {
    expect(label('my kids ate the whole thing')).toBe('neutral');
    expect(sentimentScore('no cap this is the best one')).toBe(sentimentScore('this is the best one'));
  });

  it.each([
    ['me encanta, lo necesito', 'positive'],
    ['no me gustó nada', 'negative'],
    ['amei demais', 'positive'],
    ['não gostei', 'negative'],
    ["j'adore", 'positive'],
    ["je n'aime pas", 'negative'],
    ["c'est pas terrible", 'negative'],
    ['gefällt mir nicht', 'negative'],
    ['das ist nicht schlecht', 'positive'],
    ['increible', 'positive'],
  ] as const)('reads Spanish, Portuguese, French and German: “%s” is %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('stops negation at the end of a sentence, at "but" and at a comma', () => {
    expect(label('Nope. I was wrong.')).toBe('negative');
    expect(label('Nope, still clueless')).toBe('negative');
    expect(label('não gostei, veio quebrado')).toBe('negative');
    expect(label("I don't care, great job")).toBe('positive');
    expect(label('I am not Korean, but I love this')).toBe('positive');
  });

  it("does not negate an emoticon or emoji: they are the writer's own mood, not part of the claim", () => {
    expect(label('Nope :-)')).toBe('positive');
    expect(label('not for me 😍')).toBe('positive');
    expect(label('not :(')).toBe('negative');
  });

  it('reads a stretched face (":)))", "=(((") as the face, emphasised, and faces VADER lacks ("^_^", "T_T")', () => {
    expect(sentimentScore(':)))')).toBeGreaterThan(sentimentScore(':)'));
    expect(sentimentScore(':)')).toBeGreaterThan(0);
    expect(sentimentScore(':DDD')).toBeGreaterThan(sentimentScore(':D'));
    expect(sentimentScore('=(((')).toBeLessThan(sentimentScore('=('));
    expect(sentimentScore('=(')).toBeLessThan(0);
    expect(label('ok ^_^')).toBe('positive');
    expect(label('T_T')).toBe('negative');
    expect(label('-_-')).toBe('negative');
    // Punctuation runs are not faces.
    for (const t of ['!!!', '....', '))', '???']) expect(sentimentScore(t)).toBe(0);
  });

  it("applies the Python reference's special-case idioms", () => {
    expect(label('this shade is to die for')).toBe('positive');
    expect(label('my broken heart')).toBe('negative');
    expect(sentimentScore("I'm at the bus stop")).toBe(0);
  });

  it('reads a superlative VADER does not list from its base word', () => {
    expect(sentimentScore('the coolest thing')).toBe(sentimentScore('the cool thing'));
    expect(sentimentScore('the finest work')).toBe(sentimentScore('the fine work'));
    expect(sentimentScore('the sappiest song')).toBe(sentimentScore('the sappy song'));
    expect(sentimentScore('the fittest one')).toBe(sentimentScore('the fit one'));
    // Listed superlatives keep VADER's own valence ("saddest" −3.0, not "sad" −2.1).
    expect(sentimentScore('saddest day')).toBeLessThan(sentimentScore('sad day'));
    expect(label('the cooooolest')).toBe('positive');
    // Words that only end like one are left alone.
    for (const t of ['latest', 'forest', 'request', 'harvest', 'manifest']) {
      expect(sentimentScore(`the ${t}`), t).toBe(0);
    }
  });

  it('reads "no worries", "no hate", "not gonna lie"… as formulas, not as negated feelings', () => {
    expect(sentimentScore('no worries')).toBe(0);
    expect(label('no hate but it looks cheap')).not.toBe('positive');
    expect(sentimentScore('no joke this is the best')).toBe(sentimentScore('this is the best'));
    expect(sentimentScore('not gonna lie this is mid')).toBe(sentimentScore('this is mid'));
    expect(label('No worries, sorry again about the ticket')).toBe('negative');
  });

  it('reads "must have" as praise only when it is not a guess about the past', () => {
    expect(label('this is a must have')).toBe('positive');
    expect(label('I must have missed it')).toBe('negative');
    expect(sentimentScore('it must have been him')).toBe(0);
  });

  it('reads a rhetorical negative question as positive', () => {
    expect(label("Isn't it great?")).toBe('positive');
    expect(label("It isn't great.")).toBe('negative');
  });

  it('returns a compound score in [−1, 1] and 0 for empty text', () => {
    expect(sentimentScore('')).toBe(0);
    expect(Math.abs(sentimentScore('LOVE LOVE LOVE THIS!!!! 😍😍😍😍😍'))).toBeLessThanOrEqual(1);
  });

  it('can be built without the additions, as the evaluation compares', () => {
    const bare = createSentimentAnalyzer({ slang: false, multilingual: false, emoji: false });
    expect(bare('😍😍😍')).toBe(0);
    expect(bare('me encanta')).toBe(0);
    expect(bare('this is great')).toBe(sentimentScore('this is great'));
  });

  it('collects exactly the words the keyword matchers would find, in the same pass', () => {
    const piece = fc.constantFrom(
      'Where',
      'can',
      'I',
      'buy',
      'link?',
      'LINK',
      'a',
      'don’t',
      "l'acheter",
      '@shop',
      'https://x.co/a-b',
      '&amp;',
      'q&a',
      '😭😭',
      'love😍it',
      '20%',
      '$12',
      'İstanbul',
      'ÉNORME!!',
      'c’est',
      'pas',
      '...',
      '#ad',
      'e-cig',
      '¿dónde',
    );
    const space = fc.constantFrom(' ', '  ', '\n', '\u00a0', '\t');
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, space), { maxLength: 14 }), fc.string({ maxLength: 12 }), (parts, noise) => {
        const text = parts.map(([p, s]) => p + s).join('') + noise;
        const sink = { words: [] as string[], at: [] as number[] };
        const score = sentimentScoreAndWords(text, sink);
        expect(sink.words).toEqual(prepare(text, false).words);
        expect(score).toBe(sentimentScore(text));
      }),
      { numRuns: 500 },
    );
  });

  it('can be mapped over a list (an index is never taken for a word sink)', () => {
    const texts = ['love it', 'hate it', 'ok'];
    expect(texts.map(sentimentScore)).toEqual(texts.map((t) => sentimentScore(t)));
    expect(texts.map(createSentimentAnalyzer({ slang: false, multilingual: false, emoji: false }))).toHaveLength(3);
  });

  it('gives the same score whatever it read before (its token objects are reused)', () => {
    const fresh = createSentimentAnalyzer({ slang: true, multilingual: true, emoji: true });
    const long = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 'not good' : 'so great')).join(' ');
    const texts = ['not bad at all', long, 'I LOVE it 😍', 'mid tbh', long, 'not bad at all'];
    const first = texts.map((t) => createSentimentAnalyzer({ slang: true, multilingual: true, emoji: true })(t));
    expect(texts.map((t) => fresh(t))).toEqual(first);
  });
});
