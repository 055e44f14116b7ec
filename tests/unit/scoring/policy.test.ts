import { describe, expect, it } from 'vitest';
import { policyFlags, policyFlagsOfText } from '@/lib/scoring';
import { makeVideo, transcript } from './factory';

const categories = (text: string, markets: Parameters<typeof policyFlagsOfText>[1] = ['global']) =>
  policyFlagsOfText(text, markets).map((f) => f.category);

describe('policy flags', () => {
  it('flags a prohibited category with the matched words, its markets and the policy', () => {
    expect(policyFlagsOfText('New vape flavours just dropped, nicotine 20mg', ['global'])).toEqual([
      {
        category: 'tobacco',
        evidence: ['vape', 'nicotine'],
        markets: 'global',
        severity: 'prohibited',
        note: 'Prohibited in all regions (TikTok Advertising Policies): tobacco and e-cigarettes.',
      },
    ]);
  });

  it('marks the Branded Content Policy categories as EEA/UK only', () => {
    const [flag] = policyFlagsOfText('My daily collagen supplement', ['global']);
    expect(flag).toMatchObject({
      category: 'supplements',
      markets: 'eea-uk',
      severity: 'prohibited',
      evidence: ['collagen', 'supplement'],
    });
    expect(flag!.note).toContain('from 25 July 2025');
    expect(categories('Red Bull before the gym')).toEqual(['energy-drinks']);
    expect(categories('Got my lip filler done')).toEqual(['cosmetic-surgery']);
    expect(categories('Best baby formula for gassy babies')).toEqual(['infant-food']);
  });

  it('makes alcohol prohibited when a target market bans it in creatives', () => {
    expect(policyFlagsOfText('Summer cocktail recipe', ['us'])[0]).toMatchObject({
      category: 'alcohol',
      severity: 'restricted',
    });
    expect(policyFlagsOfText('Summer cocktail recipe', ['eea'])[0]).toMatchObject({
      category: 'alcohol',
      severity: 'prohibited',
    });
  });

  it('matches whole words only', () => {
    expect(categories('Add this to your engine routine, begin with ginger and a rumour')).toEqual([]);
    expect(categories('Heading to the shop')).toEqual([]);
  });

  it('leaves out the excepted phrases', () => {
    expect(categories('This massage gun fixed my back')).toEqual([]);
    expect(categories('Alcohol-free spritz, zero alcohol')).toEqual([]);
    expect(categories('My glue gun and my real gun')).toEqual(['weapons']);
  });

  it.each([
    'Only 420 calories',
    'Pulling weeds in my garden',
    'While stocks last!',
    'Love you all xxx',
    'Comment and vote for your favourite flavour',
    'My poker face',
    'I’m betting you didn’t know this',
    'Water pistol fight',
    'Staple gun DIY',
    'The perfect cocktail dress',
    'Champagne shimmer highlighter',
    'Pizza margarita night',
    'Real meat, no fillers',
    'The first copy of my book arrived',
    'Bumble bee cake',
    'Crédits photo : Léa',
    'Non-alcoholic beer for the drive',
    'Cerveza sin alcohol',
  ])('raises no flag on an everyday caption: “%s”', (caption) => {
    expect(categories(caption)).toEqual([]);
  });

  it('still flags the real thing next to an excepted phrase', () => {
    expect(categories('Non-alcoholic beer and whisky')).toEqual(['alcohol']);
    expect(categories('vote for Smith on Tuesday')).toEqual(['political']);
    expect(categories('420 friendly, smoking weed')).toEqual(['drugs']);
    expect(categories('first copy shoes in stock')).toEqual(['counterfeit']);
    expect(categories('Fresh lip fillers done')).toEqual(['cosmetic-surgery']);
  });

  it('finds categories in Spanish, Portuguese, French and German', () => {
    expect(categories('Las mejores apuestas deportivas')).toEqual(['gambling']);
    expect(categories('Meu antes e depois de 3 meses')).toEqual(['before-after']);
    expect(categories('Une bière bien fraîche')).toEqual(['alcohol']);
    expect(categories('Meine Zigaretten sind alle')).toEqual(['tobacco']);
  });

  it('keeps one flag per category, the global rule before its EEA/UK sibling', () => {
    const flags = policyFlagsOfText('Ozempic vs detox tea for weight loss', ['global']);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ category: 'weight-loss', markets: 'global', evidence: ['ozempic'] });
  });

  it('reads hashtags and the transcript of the video', () => {
    const v = makeVideo({
      caption: 'Weekend vibes',
      hashtags: ['beforeandafter'],
      transcript: transcript([10, 'this casino app is wild']),
    });
    expect(policyFlags(v, ['global']).map((f) => f.category)).toEqual(['gambling', 'before-after']);
  });
});
