import { describe, expect, it } from 'vitest';
import { createSentimentAnalyzer, sentimentLabel, sentimentScore } from '@/lib/scoring/sentiment';

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

  it('stops negation at the end of a sentence and at "but"', () => {
    expect(label('Nope. I was wrong.')).toBe('negative');
    expect(label('I am not Korean, but I love this')).toBe('positive');
  });

  it('does not negate an emoticon or emoji: they are the writer\'s own mood, not part of the claim', () => {
    expect(label('Nope :-)')).toBe('positive');
    expect(label('not for me 😍')).toBe('positive');
    expect(label('not :(')).toBe('negative');
  });

  it('reads "no worries" as a formula, not as relief', () => {
    expect(sentimentScore('no worries')).toBe(0);
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
});
