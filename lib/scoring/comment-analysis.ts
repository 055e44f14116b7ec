/**
 * One comment → sentiment, purchase intent, question, complaint; a sample → counts and examples. Used by the comments
 * factor and by the card's comment section (`commentInsights`).
 */
import type { CommentInsights } from '@/lib/schemas/insights';
import type { VideoComment, VideoRecord } from '@/lib/schemas/video';
import { sentimentLabel, sentimentScoreAndWords, type SentimentLabel } from './sentiment';
import { matcher, preparedWords } from './match';

/** "where can I buy", "link?", "how much", "what brand", in English, Spanish, Portuguese, French and German. */
export const PURCHASE_INTENT = matcher(
  [
    'where {can|do|did|could} {i|you|u|we} {buy|get|find|order}',
    "where{'s| is} {it|this|that} from",
    'where to buy',
    'where did you get',
    'link',
    'how much',
    'price',
    'what brand',
    'which brand',
    'what shade',
    'which shade',
    'what size',
    'name of {the|this} product',
    '{need|want} {this|it|one|these}',
    'take my money',
    '{add|added|adding} {it|} to {my|} cart',
    'just {ordered|bought}',
    'does it ship',
    'ship to',
    'on amazon',
    'discount code',
    'restock',
    'sold out',
    'dónde {lo|la|los|las|} {compro|compraste|consigo|venden|encuentro}',
    'dónde {lo|la|los|las|} {puedo|podemos|puedes} {comprar|conseguir|encontrar|pedir}',
    'dónde se {compra|consigue|vende|puede comprar}',
    'cuánto {cuesta|vale|sale}',
    'precio',
    'qué marca',
    'cuál marca',
    'lo necesito',
    'lo quiero',
    'lo compré',
    'lo pedí',
    'en qué tienda',
    'onde {eu|vc|você|tu|} {compra|comprar|comprou|compro|encontro|acho}',
    'onde {eu|vc|você|tu|} {posso|consigo} {comprar|encontrar|achar}',
    'quanto {custa|é|foi}',
    'qual {a|} marca',
    'preciso disso',
    'quero',
    'comprei',
    'tem link',
    "où {est-ce que je peux|peut-on|je peux|} {acheter|trouver|l'acheter|le trouver|les acheter}",
    "c'est combien",
    "{tu l'as|vous l'avez|tu as|vous avez} {acheté|trouvé|eu|pris} où",
    '{acheté|trouvé} où',
    "c'est quoi la marque",
    'quelle est la marque',
    'combien',
    'prix',
    'quelle marque',
    'lien',
    'je le veux',
    'il me le faut',
    'commandé',
    "wo {kann man|kann ich|gibt es|gibt's|gibts|bekommt man|bekomme ich|krieg ich|kriegt man|findet man|hast du}",
    'kaufen',
    'was kostet',
    'wie viel kostet',
    'wieviel',
    'preis',
    'welche marke',
    'will ich haben',
    'brauche ich',
    'bestellt',
  ],
  undefined,
  { foldAccents: true, shortTexts: true },
);

/** Complaints the brief names ("scam", "fake", "ad") and their neighbours; a complaint counts as negative. */
export const COMPLAINT = matcher(
  [
    'scam',
    'scammed',
    'fake',
    'paid actor',
    'ad',
    'sponsored',
    'not worth',
    'waste of money',
    "doesn't work",
    "didn't work",
    'does not work',
    'it broke',
    'broke after',
    'already broke',
    'broken',
    'refund',
    'never arrived',
    'never received',
    'rip off',
    'ripoff',
    'misleading',
    'estafa',
    'falso',
    'no funciona',
    'nunca llegó',
    'golpe',
    'não funciona',
    'propaganda',
    'arnaque',
    'ne marche pas',
    'publicité',
    'betrug',
    'funktioniert nicht',
    'werbung',
    'kaputt',
  ],
  undefined,
  { shortTexts: true },
);

/**
 * Words that open a question even without a "?". Not German "was" or Spanish/Portuguese "como": they open as many
 * statements ("Was waiting for this", "como todos los días"), and a real question with them usually has its "?".
 */
const QUESTION_WORD =
  /^(?:what|why|how|where|who|when|which|does|do|is|are|can|could|did|qué|dónde|cómo|cuándo|cuánto|por qué|onde|quando|qual|quanto|où|quand|combien|pourquoi|wo|wie|warum|wann|welche)(?![\p{L}\p{N}])/iu;

/** Words after "fake" that make it a product's name, not an accusation: "I need this fake tan", "fake lashes". */
const FAKE_PRODUCTS = new Set(
  'tan tanner lashes eyelashes nails freckles tattoo tattoos plant plants flowers snow blood grass'.split(' '),
);

export interface CommentSignals {
  sentiment: number;
  /** Negative when the classifier says so or the comment is a complaint. */
  label: SentimentLabel;
  purchase: boolean;
  question: boolean;
  complaint: boolean;
}

/** A complaint word other than "fake", or a "fake" that does not name a product ("the reviews are fake"). */
function genuineComplaint(words: ReturnType<typeof preparedWords>): boolean {
  if (COMPLAINT.find(words).some((t) => t !== 'fake')) return true;
  const w = words.words;
  return w.some((x, i) => x === 'fake' && !FAKE_PRODUCTS.has(w[i + 1] ?? ''));
}

export function analyzeComment(text: string): CommentSignals {
  // One pass reads the comment for both the sentiment and the keyword matchers.
  const sink = { words: [] as string[], at: [] as number[] };
  const sentiment = sentimentScoreAndWords(text, sink);
  const words = preparedWords(text, sink.words, sink.at);
  // Looked at again only when the comment says "fake" (rare): "fake tan" alone is not a complaint, but another
  // complaint word or a second "fake" ("the reviews are fake, fake tan is streaky") is.
  const complaint = COMPLAINT.test(words) && (!sink.words.includes('fake') || genuineComplaint(words));
  const purchase = PURCHASE_INTENT.test(words);
  const question = text.includes('?') || text.includes('¿') || QUESTION_WORD.test(text.trim());
  return { sentiment, label: complaint ? 'negative' : sentimentLabel(sentiment), purchase, question, complaint };
}

export interface CommentSample {
  n: number;
  positive: number;
  neutral: number;
  negative: number;
  /** Purchase intent and questions among comments that are not negative. */
  purchase: VideoComment[];
  questions: number;
  complaints: VideoComment[];
}

export function analyzeComments(comments: readonly VideoComment[]): CommentSample {
  const s: CommentSample = { n: 0, positive: 0, neutral: 0, negative: 0, purchase: [], questions: 0, complaints: [] };
  for (const c of comments) {
    if (c.text.trim() === '') continue;
    const a = analyzeComment(c.text);
    s.n++;
    s[a.label]++;
    if (a.complaint) s.complaints.push(c);
    if (a.label === 'negative') continue;
    if (a.purchase) s.purchase.push(c);
    else if (a.question) s.questions++;
  }
  return s;
}

export function commentInsights(video: VideoRecord, top = 3): CommentInsights | null {
  const s = analyzeComments(video.comments);
  if (s.n === 0) return null;
  return {
    sampleSize: s.n,
    positiveShare: s.positive / s.n,
    negativeShare: s.negative / s.n,
    purchaseIntentCount: s.purchase.length,
    topPurchaseIntent: [...s.purchase]
      .sort((a, b) => (b.likes ?? -1) - (a.likes ?? -1))
      .slice(0, top)
      .map((c) => ({ text: c.text, likes: c.likes })),
  };
}
