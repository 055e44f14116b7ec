/**
 * Ad-policy keyword lists (SCORING-SOURCES "Ad policy"): what TikTok's Advertising Policies prohibit in all regions,
 * what they restrict, and what the Branded Content Policy bars in the EEA, UK and Switzerland from 25 July 2025.
 * Lists are word-boundary matched in five languages where cheap; `except` phrases are blanked first ("massage gun",
 * "alcohol-free"). A match is a flag for a human to check, not a verdict.
 */
import type { PolicyCategory } from '@/lib/schemas/score';

export interface PolicyRule {
  category: PolicyCategory;
  markets: 'global' | 'eea-uk';
  severity: 'prohibited' | 'restricted';
  note: string;
  terms: string[];
  except?: string[];
}

const ALL = 'Prohibited in all regions (TikTok Advertising Policies)';
const RESTRICTED = 'Restricted: allowed only with targeting and approval (TikTok Advertising Policies)';
const EEA = 'Barred in branded content for the EEA, UK and Switzerland from 25 July 2025 (TikTok Branded Content Policy)';

export const POLICY_RULES: PolicyRule[] = [
  { category: 'tobacco', markets: 'global', severity: 'prohibited', note: `${ALL}: tobacco and e-cigarettes.`,
    terms: ['cigarette', 'cigarettes', 'cigar', 'vape', 'vaping', 'vaper', 'e-cig', 'juul', 'nicotine', 'hookah', 'shisha', 'snus', 'zyn', 'tobacco', 'tabaco', 'cigarro', 'cigarrillo', 'tabac', 'zigarette', 'zigaretten', 'tabak'],
    except: ['nicotine free', 'nicotine-free', 'tobacco free', 'smoke free', 'quit smoking', 'quit vaping'] },
  { category: 'drugs', markets: 'global', severity: 'prohibited', note: `${ALL}: drugs and drug paraphernalia.`,
    terms: ['weed', 'cannabis', 'marijuana', 'thc', 'cbd', 'cocaine', 'shrooms', 'magic mushrooms', 'bong', 'edibles', '420', 'mdma', 'ketamine', 'lsd', 'porro', 'maconha', 'drogue', 'kiffen'],
    except: ['weed killer', 'weed control'] },
  { category: 'weight-loss', markets: 'global', severity: 'prohibited', note: `${ALL}: weight-loss drugs.`,
    terms: ['ozempic', 'wegovy', 'semaglutide', 'mounjaro', 'tirzepatide', 'saxenda', 'diet pills', 'weight loss pills', 'fat burner', 'appetite suppressant'] },
  { category: 'weight-loss', markets: 'eea-uk', severity: 'prohibited', note: `${EEA}: some weight-loss products.`,
    terms: ['weight loss', 'lose weight', 'detox tea', 'slimming', 'skinny tea', 'meal replacement', 'perder peso', 'adelgazar', 'emagrecer', 'perdre du poids', 'minceur', 'abnehmen'] },
  { category: 'weapons', markets: 'global', severity: 'prohibited', note: `${ALL}: weapons, police and military equipment.`,
    terms: ['gun', 'firearm', 'rifle', 'pistol', 'shotgun', 'handgun', 'ammo', 'ammunition', 'ar-15', 'switchblade', 'brass knuckles', 'taser', 'stun gun', 'body armor', 'pepper spray', 'arma de fuego', 'pistola', 'fusil', 'waffe'],
    except: ['massage gun', 'glue gun', 'heat gun', 'water gun', 'nail gun', 'nerf gun', 'top gun', 'gun oil', 'lash gun', 'pistola de massagem', 'pistola de masaje', 'massagepistole'] },
  { category: 'gambling', markets: 'global', severity: 'prohibited', note: `${ALL}: gambling.`,
    terms: ['casino', 'betting', 'sports bet', 'sportsbook', 'poker', 'slot machine', 'online slots', 'roulette', 'blackjack', 'apuestas', 'apostas', 'paris sportifs', 'sportwetten', 'glücksspiel'] },
  { category: 'adult', markets: 'global', severity: 'prohibited', note: `${ALL}: sexual products and services.`,
    terms: ['sex toy', 'vibrator', 'dildo', 'onlyfans', 'porn', 'xxx', 'adult toys', 'escort', 'juguete sexual', 'brinquedo sexual', 'sextoy'] },
  { category: 'political', markets: 'global', severity: 'prohibited', note: `${ALL}: political ads.`,
    terms: ['vote for', 'election', 'elections', 'ballot', 'democrat', 'republican', 'congressman', 'senator', 'elección', 'eleição', 'élection', 'wahlkampf', 'bundestagswahl', 'vota por', 'vote em'] },
  { category: 'counterfeit', markets: 'global', severity: 'prohibited', note: `${ALL}: counterfeit goods.`,
    terms: ['replica', 'knockoff', 'counterfeit', 'fake designer', 'first copy', '1 1 copy', 'réplica', 'falsificación', 'réplique', 'contrefaçon', 'fälschung', 'imitat'] },
  { category: 'dishonest', markets: 'global', severity: 'prohibited', note: `${ALL}: products enabling dishonest behaviour.`,
    terms: ['fake id', 'fake ids', 'pass a drug test', 'buy followers', 'buy likes', 'fake reviews', 'essay writing service', 'cheat on exam', 'spy app', 'hack account'] },
  { category: 'animals', markets: 'global', severity: 'prohibited', note: `${ALL}: live animals and endangered-animal parts.`,
    terms: ['puppies for sale', 'puppy for sale', 'kittens for sale', 'kitten for sale', 'exotic pet for sale', 'elephant ivory', 'ivory tusk', 'rhino horn', 'shark fin', 'tiger cub', 'cachorros en venta', 'filhotes à venda', 'chiots à vendre', 'welpen zu verkaufen'] },
  { category: 'alcohol', markets: 'global', severity: 'restricted', note: `${RESTRICTED}: alcohol, which is banned in ad creatives in Europe and Israel.`,
    terms: ['alcohol', 'beer', 'wine', 'vodka', 'whiskey', 'whisky', 'tequila', 'rum', 'gin', 'cocktail', 'champagne', 'prosecco', 'hard seltzer', 'margarita', 'mezcal', 'cerveza', 'vino', 'cerveja', 'vinho', 'bière', 'vin rouge', 'vin blanc', 'bier', 'wein', 'sekt', 'schnaps'],
    except: ['alcohol free', 'alcohol-free', 'non alcoholic', 'non-alcoholic', 'zero alcohol', 'sin alcohol', 'sem álcool', 'sans alcool', 'alkoholfrei', 'wine red', 'rum raisin'] },
  { category: 'financial', markets: 'global', severity: 'restricted', note: `${RESTRICTED}: financial services (and credit, a special category in the US and Canada).`,
    terms: ['crypto', 'bitcoin', 'forex', 'day trading', 'trading signals', 'loan', 'payday loan', 'credit card', 'credit repair', 'passive income', 'get rich', 'stocks', 'inversión', 'investimento', 'empréstimo', 'investissement', 'crédit', 'kredit', 'aktien'] },
  { category: 'dating', markets: 'global', severity: 'restricted', note: `${RESTRICTED}: dating.`,
    terms: ['dating app', 'dating site', 'tinder', 'bumble', 'hinge app', 'find a date', 'app de citas', 'app de namoro', 'site de rencontre', 'dating-app', 'partnerbörse'] },
  { category: 'medical', markets: 'global', severity: 'restricted', note: `${RESTRICTED}: over-the-counter medicines.`,
    terms: ['ibuprofen', 'paracetamol', 'acetaminophen', 'painkiller', 'antihistamine', 'cough syrup', 'cold medicine', 'over the counter', 'otc medicine', 'medication', 'tylenol', 'advil', 'medicamento', 'remédio', 'médicament', 'medikament', 'schmerzmittel'] },
  { category: 'before-after', markets: 'global', severity: 'restricted', note: `${RESTRICTED}: before/after body-image content.`,
    // "before after" also finds before/after, before-after and before & after (words, not punctuation, are matched).
    terms: ['before and after', 'before after', 'antes y después', 'antes e depois', 'avant après', 'vorher nachher'] },
  { category: 'supplements', markets: 'eea-uk', severity: 'prohibited', note: `${EEA}: supplements and vitamins.`,
    terms: ['supplement', 'supplements', 'vitamin', 'vitamins', 'multivitamin', 'protein powder', 'creatine', 'collagen', 'ashwagandha', 'magnesium', 'pre-workout', 'suplemento', 'vitamina', 'complément alimentaire', 'nahrungsergänzung', 'nahrungsergänzungsmittel'],
    except: ['vitamin c serum', 'vitamin e oil', 'vitamin c cream', 'vitamin c moisturizer'] },
  { category: 'energy-drinks', markets: 'eea-uk', severity: 'prohibited', note: `${EEA}: energy drinks.`,
    terms: ['energy drink', 'red bull', 'monster energy', 'celsius energy', 'prime energy', 'bebida energética', 'energético', 'boisson énergisante', 'energydrink', 'energy-drink'] },
  { category: 'cosmetic-surgery', markets: 'eea-uk', severity: 'prohibited', note: `${EEA}: cosmetic surgery and clinics.`,
    terms: ['botox', 'lip filler', 'fillers', 'rhinoplasty', 'nose job', 'bbl', 'liposuction', 'lipo', 'boob job', 'breast augmentation', 'facelift', 'tummy tuck', 'cirugía estética', 'cirurgia plástica', 'chirurgie esthétique', 'schönheits-op', 'schönheitsoperation'] },
  { category: 'infant-food', markets: 'eea-uk', severity: 'prohibited', note: `${EEA}: infant food.`,
    terms: ['baby formula', 'infant formula', 'baby food', 'toddler formula', 'follow-on milk', 'leche de fórmula', 'papinha', 'fórmula infantil', 'lait infantile', 'petits pots', 'babynahrung', 'säuglingsnahrung', 'babymilch'] },
];
