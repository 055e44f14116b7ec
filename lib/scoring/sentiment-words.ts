/**
 * Our additions to VADER's lexicon, on its −4…+4 scale (our own judgement, measured in tests/eval/RESULTS.md).
 * Written as "valence:word word …" groups to keep the content-script bundle small.
 */
const group = (spec: string): Array<[string, number]> =>
  spec
    .trim()
    .split(/\n+/)
    .flatMap((line) => {
      const [v, words] = line.split(':') as [string, string];
      return words
        .trim()
        .split(/\s+/)
        .map((w) => [w.replace(/_/g, ' '), Number(v)] as [string, number]);
    });

/** TikTok / internet slang. Overrides VADER where TikTok usage differs ("fire" is praise, not a hazard). */
export const SLANG = group(`
2.8: goated immaculate masterpiece banger
2.5: slay slayed slays slaying slayin bussin iconic fye wholesome flawless
2.2: lit slaps dope obsessed unreal
1.5: underrated vibes valid based bestie queen periodt
1.0: vibe king
2.0: w
-2.0: l
-1.2: sus bruh
-1.6: mid overrated flop flopped unfollow unfollowing yikes smh misleading
-2.0: cringe cringey cringy ick junk
-2.4: trash garbage ripoff misinformation
-2.8: scam scammed scammer scammy
`);

/** Spanish, Portuguese, French, German words common in comments. Accents as written; lookups also try them stripped. */
export const FOREIGN = group(`
3.0: encanta encantó encantan excelente maravilloso maravillosa amei maravilhoso maravilhosa adore adoré magnifique wunderschön
2.7: increíble precioso preciosa perfecto perfecta perfeito perfeita incrível adorei parfait parfaite incroyable perfekt delicioso deliciosa delícia délicieux
2.4: hermoso hermosa genial amo buenísimo buenísima ótimo ótima aime meilleure liebe toll geil schön lecker
2.0: bonito bonita lindo linda gusta gustó gustan gostei mignon mignonne belle beau super klasse empfehlenswert gefällt hübsch
1.6: bueno buena rico rica gracias recomiendo mejor feliz bom obrigado obrigada recomendo melhor bien bon merci recommande meilleur danke empfehle gut
1.0: necesito preciso
-1.0: caro cher chère teuer leider
-1.4: dommage schade triste
-1.8: roto rota quebrado quebrada quebrou cassé kaputt falso falsa faux mentira feo fea feio feia moche langweilig aburrido
-2.2: malo mala ruim decepción decepcionado decepcionada decepção déçu déçue décevant schlecht schlechte schlechter enttäuscht enttäuschend hässlich
-2.6: horrible terrible pésimo pésima horrível péssimo péssima peor pior pire nul nulle basura lixo asco odio odiei müll schrott furchtbar schrecklich
-3.0: estafa golpe fraude arnaque betrug
`);

/**
 * Multi-word expressions, matched on lowercased tokens before single words; 0 = neutral (consumes the words, so
 * "no cap" does not negate).
 */
export const SLANG_PHRASES = group(`
3.0: chef's_kiss chefs_kiss worth_every_penny
2.6: left_no_crumbs understood_the_assignment the_goat killed_it killing_it nailed_it game_changer holy_grail she_ate he_ate they_ate you_ate u_ate ate_that ate_this
2.2: is_fire so_fire was_fire straight_fire pure_fire looks_fire sounds_fire that's_fire thats_fire lowkey_fire fire_fr
2.2: hits_different take_my_money must_have no_regrets living_for
1.5: i'm_dead im_dead i'm_deceased i'm_crying im_crying no_complaints main_character say_less need_this want_this
2.0: can't_wait cant_wait
0: no_cap not_me it's_giving its_giving
0: fake_tan fake_tanner fake_lashes fake_eyelashes fake_nails fake_freckles fake_plants fake_flowers
-1.5: returned_it
-2.0: paid_actor this_ain't_it this_aint_it
-2.5: waste_of_money do_not_buy don't_buy dont_buy never_again
`);
export const FOREIGN_PHRASES = group(`
2.2: vale_la_pena vale_a_pena
1.5: pas_mal
-0.8: mais_ou_menos
-1.5: pas_terrible marche_pas fonctionne_pas
-2.0: deja_mucho_que_desear no_sirve
-2.5: finger_weg
`);
/**
 * VADER's special-case idioms (SPECIAL_CASES in vaderSentiment 3.3.2: "to die for", "broken heart", "bus stop"…) and
 * multi-word entries, and our formulas that are not negated feelings ("no worries").
 */
export const IDIOMS = group(`
3.1: beating_heart
3.0: the_shit the_bomb to_die_for
2.0: cut_the_mustard
1.5: bad_ass
-1.5: kiss_of_death
-2.9: broken_heart
0: bus_stop no_worries no_joke no_lie not_gonna_lie not_going_to_lie no_offense no_offence no_shade no_hate not_hating no_kidding
-2.0: yeah_right hand_to_mouth can't_stand
-1.8: fed_up
-1.5: screwed_up
`);

// Negation, after VADER's NEGATE list, plus "no" as in VADER 3.3 (Python) and the other four languages.
export const NEGATORS_BEFORE = new Set(
  `aint arent cannot cant couldnt darent didnt doesnt dont hadnt hasnt havent isnt mightnt mustnt neither neednt never
none nope nor not nothing nowhere oughtnt shant shouldnt uhuh wasnt werent without wont wouldnt rarely seldom despite
no nunca jamás tampoco ni não nao nem nenhum ne pas jamais rien aucun nicht kein keine keinen nie niemals`.split(/\s+/),
);
/** French "j'aime pas", German "gefällt mir nicht": the negation follows the word (checked 1–2 words after). */
export const NEGATORS_AFTER = new Set(['pas', 'nicht', 'jamais', 'nie']);

/** VADER's boosters (+0.293) and dampeners (−0.293), plus slang and other languages. */
export const BOOSTERS = new Set(
  `absolutely amazingly awfully completely considerably decidedly deeply effing enormously entirely especially
exceptionally extremely fabulously flipping flippin fricking frickin frigging friggin fully fucking greatly hella highly
hugely incredibly intensely majorly more most particularly purely quite really remarkably so substantially thoroughly
totally tremendously uber unbelievably unusually utterly very highkey deadass literally muy tan muito tão très trop
vraiment sehr voll echt mega richtig`.split(/\s+/),
);
export const DAMPENERS = new Set(
  'almost barely hardly kinda kindof less little marginally occasionally partly scarcely slightly somewhat sorta sortof lowkey'.split(
    ' ',
  ),
);
/** Emphasis placed after the word: "cute af". */
export const BOOSTERS_AFTER = new Set(['af', 'asf', 'asl', 'demais']);
/** Contrast: what follows counts 1.5×, what precedes 0.5× (VADER's "but" rule). */
export const CONTRASTIVE = new Set(['but', 'pero', 'mas', 'mais', 'aber']);
