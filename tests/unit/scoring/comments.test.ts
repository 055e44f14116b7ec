import { describe, expect, it } from 'vitest';
import { analyzeComment, commentInsights } from '@/lib/scoring';
import { commentsFactor } from '@/lib/scoring/factors/comments';
import { comments, makeVideo } from './factory';

const run = (texts: string[], objective: 'awareness' | 'consideration' | 'conversion' = 'conversion') => {
  const out = commentsFactor(makeVideo({ comments: comments(...texts) }), objective);
  if (!('score' in out.factor)) throw new Error(out.factor.missing);
  return { ...out.factor, flag: out.negativeFlag };
};

describe('comment analysis', () => {
  it.each([
    'where can I buy this??',
    'link?',
    'how much is it',
    'what brand is this',
    '¿dónde lo compro?',
    '¿cuánto cuesta?',
    'onde compra?',
    'quanto custa?',
    "où est-ce que je peux l'acheter ?",
    "c'est combien ?",
    'wo kann man das kaufen?',
    'was kostet das?',
    'welche Marke ist das?',
    // written without accents, and other common wordings
    'donde lo compro?',
    'cuanto cuesta',
    '¿dónde lo puedo comprar?',
    'onde vc comprou?',
    'onde você comprou?',
    "tu l'as acheté où ?",
    "c'est quoi la marque ?",
    "Wo gibt's das?",
    'Wo bekomme ich das?',
  ])('finds purchase intent in “%s”', (text) => {
    expect(analyzeComment(text).purchase).toBe(true);
  });

  it.each(['this is a scam', 'fake', 'another ad... unfollowing', 'es una estafa', 'golpe', 'arnaque', 'Betrug'])(
    'counts the complaint “%s” as negative',
    (text) => {
      expect(analyzeComment(text)).toMatchObject({ complaint: true, label: 'negative' });
    },
  );

  it('does not take "add" or "adorable" for the complaint "ad"', () => {
    expect(analyzeComment('adding to cart, so adorable').complaint).toBe(false);
  });

  it('marks questions that are not purchase intent', () => {
    expect(analyzeComment('does it work on curly hair?')).toMatchObject({ question: true, purchase: false });
  });

  it('does not take a statement opening with "Was" or "Como" for a question', () => {
    expect(analyzeComment('Was waiting for this 😍')).toMatchObject({ question: false, label: 'positive' });
    expect(analyzeComment('Como todos los días').question).toBe(false);
    expect(analyzeComment('Wie benutzt man das').question).toBe(true);
  });

  it('reads "fake tan", "fake lashes"… as products, not as the complaint "fake"', () => {
    expect(analyzeComment('I need this fake tan')).toMatchObject({
      complaint: false,
      purchase: true,
      label: 'positive',
    });
    expect(analyzeComment('these fake lashes are so pretty').complaint).toBe(false);
    expect(analyzeComment('fake tan but the bottle arrived broken').complaint).toBe(true);
    expect(analyzeComment('the reviews are fake, fake tan is streaky').complaint).toBe(true);
  });
});

describe('comments factor', () => {
  it('scores the sentiment mix as 50 ± 50 × (positive − negative) ÷ sample', () => {
    // 3 positive, 1 negative, 0 neutral, no purchase intent or questions: 50 + 50 × 2/4 = 75.
    const o = run(['love this so much', 'amazing results', 'so pretty 😍', 'this is awful']);
    expect(o.score).toBe(75);
    expect(o.reasons[0]).toBe(
      'Comment sample of 4: 3 positive, 0 neutral, 1 negative (positive comments are social proof; negative ones detract: Spark Ads brief).',
    );
  });

  it('adds up to 20 points for purchase intent on a conversion objective, half for awareness', () => {
    const texts = ['where can I buy this??', 'link?', 'ok', 'nice'];
    const conversion = run(texts, 'conversion');
    const awareness = run(texts, 'awareness');
    expect(conversion.reasons).toContain(
      '2 ask where to buy, the price, the brand or a link, e.g. “where can I buy this??”.',
    );
    expect(conversion.score - awareness.score).toBe(10);
  });

  it('flags 10+ comments with 40%+ negative', () => {
    const o = run([...Array(6).fill('love it'), ...Array(4).fill('this is terrible')]);
    expect(o.flag).toBe('40% of 10 sampled comments are negative (flag at 40%+ of 10+ comments).');
    expect(run([...Array(6).fill('love it'), ...Array(3).fill('this is terrible')]).flag).toBeNull();
    expect(run([...Array(5).fill('love it'), ...Array(4).fill('this is terrible')]).flag).toBeNull();
  });

  it('has low confidence on a few comments and full confidence at 30', () => {
    const few = run(['love it', 'nice']);
    expect(few.confidence).toBeCloseTo(2 / 30, 9);
    expect(few.reasons).toContain('Only 2 comments read: low confidence.');
    expect(run(Array(30).fill('love it')).confidence).toBe(1);
  });

  it('is left out, with why, when no comments were captured', () => {
    expect(commentsFactor(makeVideo(), 'awareness').factor).toEqual({
      id: 'comments',
      missing: 'No comments were captured (open the comment panel to read a sample).',
    });
    expect(commentsFactor(makeVideo({ flags: { commentsEnabled: false } }), 'awareness').factor).toEqual({
      id: 'comments',
      missing: 'Comments are turned off on this video.',
    });
  });

  it('gives the card its insights, most-liked purchase intent first', () => {
    const v = makeVideo({ comments: comments('love this', 'link?', 'where can I buy this??', 'this is fake') });
    v.comments[1]!.likes = 3;
    v.comments[2]!.likes = 40;
    expect(commentInsights(v)).toEqual({
      sampleSize: 4,
      positiveShare: 0.25,
      negativeShare: 0.25,
      purchaseIntentCount: 2,
      topPurchaseIntent: [
        { text: 'where can I buy this??', likes: 40 },
        { text: 'link?', likes: 3 },
      ],
    });
    expect(commentInsights(makeVideo())).toBeNull();
  });
});
