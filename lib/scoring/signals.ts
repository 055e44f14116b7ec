/**
 * What the factors look for in captions, transcripts and comments, in English, Spanish, Portuguese, French and
 * German. Each list is compiled once (lib/scoring/text.ts: word boundaries, flexible spacing, plurals).
 */
import { matcher } from './match';

// ── Hook (brief: "open with movement, a curiosity gap or direct address; no logo, slow build or brand mention").
/** Checked on the first two words only ("how" opens a question; "that's how" does not). */
export const QUESTION_OPENERS = matcher([
  'what', 'why', 'how', 'who', 'which', 'did you', 'do you', 'have you', 'are you', 'would you', 'can you', 'ever wonder',
  'qué', 'por qué', 'cómo', 'sabías', 'o que', 'por que', 'você sabia', 'pourquoi', 'tu savais', 'saviez-vous', 'warum',
  'wusstest du', 'weißt du',
]);
export const DIRECT_ADDRESS = matcher([
  'you', "you're", 'your', "y'all", 'yall', 'pov', 'tú', 'tu', 'usted', 'você', 'vc', 'vous', 'toi', 'dich', 'dir',
  'dein', 'deine',
]);
export const CURIOSITY = matcher([
  'wait', 'stop', 'stop scrolling', "don't scroll", 'nobody', 'no one talks about', 'nobody talks about', 'secret',
  'the truth', 'what happened', "you won't believe", 'i tried', 'i tested', 'watch till the end', 'watch this',
  "here's why", 'this is why', 'the reason', 'mistake', 'hack', 'finally', 'plot twist', 'storytime', 'unpopular opinion',
  'espera', 'nadie', 'secreto', 'ninguém', 'segredo', 'attends', 'personne ne', 'warte', 'niemand', 'geheimnis',
]);
export const NUMBER_OR_PROMISE = matcher([
  '/\\d+/', 'two', 'three', 'five', 'ten', 'top', 'how to', 'step', 'ways', 'tips', 'in seconds', 'results',
  'cómo hacer', 'pasos', 'como fazer', 'dicas', 'astuces', 'étapes', 'tipps', 'schritte',
], /\d/);
export const SLOW_BUILD = matcher([
  'hi guys', 'hey guys', 'hello guys', 'hello everyone', 'hey everyone', 'hi everyone', "what's up guys", 'welcome back',
  'my name is', 'so today', "today i'm going to", "in today's video", 'before we start', 'hola a todos', 'hola chicos',
  'olá pessoal', 'oi gente', 'salut tout le monde', 'coucou', 'hallo zusammen', 'hey leute',
]);
export const LOGO = matcher(['logo']);

// ── Evergreen (brief: "no time-sensitive content that ages during promotion").
const YEARS = Array.from({ length: 90 }, (_, i) => String(1950 + i));
const MONTHS = 'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december';
const DAYS = Array.from({ length: 31 }, (_, i) => ['', 'st', 'nd', 'rd', 'th'].map((o) => `${i + 1}${o}`).join('|')).join('|');
export const DATED = matcher([
  ...YEARS, `{${MONTHS}} {${DAYS}}`, '/\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}/', 'today', 'tonight', 'tomorrow', 'yesterday',
  'this week', 'this weekend', 'this month', 'this year', 'this morning', 'right now', 'hoy', 'esta noche', 'esta semana',
  'hoje', 'esta noite', 'essa semana', "aujourd'hui", 'ce soir', 'cette semaine', 'heute', 'heute abend', 'diese woche',
], /\d[/.]\d/);
export const SEASONAL = matcher([
  'black friday', 'cyber monday', 'christmas', 'xmas', "valentine's", 'valentines day', 'valentine', 'prime day',
  'back to school', 'halloween', 'thanksgiving', 'easter', 'new year', "new year's", "mother's day", "father's day",
  'mothers day', 'fathers day', '4th of july', 'fourth of july', 'summer sale', 'spring break', 'singles day', 'diwali',
  'ramadan', 'navidad', 'san valentín', 'vuelta al cole', 'natal', 'dia dos namorados', 'volta às aulas', 'noël',
  'saint-valentin', 'rentrée', 'weihnachten', 'ostern', 'valentinstag', 'adventskalender',
]);
export const EXPIRING = matcher([
  'ends tonight', 'ends today', 'ends soon', 'ends sunday', 'limited time', 'sale ends', 'last chance',
  'while supplies last', 'only today', 'today only', 'flash sale', 'last day', '/\\d+\\s?% off today/', '24 hours',
  '48 hours', 'solo hoy', 'tiempo limitado', 'só hoje', 'tempo limitado', 'dernière chance', "aujourd'hui seulement",
  'durée limitée', 'nur heute', 'letzte chance', 'nur noch',
], /%/);
export const NEWS = matcher([
  'breaking', 'breaking news', 'just announced', 'news', 'update', 'noticias', 'notícias', 'actualités', 'nachrichten',
]);
export const TREND_TAG = /challenge|trend|trending/i;

// ── Native feel and branding (brief: "native feel over production value"; "over-branded content").
export const AD_TAGS = matcher([
  '/#(?:ads?|sponsored|paidpartnership|partner|partnership|gifted|collab|werbung|anzeige|publi|publicidad|pub|publicité|parceria)/',
  'paid partnership', 'sponsored by', 'patrocinado', 'sponsorisé', 'bezahlte partnerschaft',
], /#/);
export const SALES = matcher([
  'buy now', 'shop now', 'order now', 'limited offer', 'discount', 'use code', 'promo code', 'link in bio',
  'free shipping', '/\\d{1,3}\\s?% off/', 'on sale', 'best price', 'compra ya', 'descuento', 'envío gratis', 'compre já',
  'desconto', 'frete grátis', 'achetez', 'promo', 'livraison gratuite', 'jetzt kaufen', 'rabatt', 'gratis versand',
], /%/);
export const CREATOR_VOICE = matcher([
  'i tried', 'i tested', 'my honest', 'honest review', "i've been using", 'i have been using', 'pov', 'storytime',
  'grwm', 'get ready with me', 'day in my life', 'my routine', 'what i eat', 'probé', 'mi rutina', 'testei',
  'minha rotina', "j'ai testé", 'ma routine', 'ich habe getestet', 'meine routine',
]);

// ── Call to action (brief: "call-to-action alignment with the campaign objective").
export const HARD_CTA = matcher([
  'buy now', 'buy it', 'buy yours', 'buy here', 'shop now', 'shop the', 'shop my', 'order now', 'order yours',
  'order here', 'pre-order', 'use code', 'use my code', 'promo code', 'discount code', 'link in bio', 'tap the link',
  'click the link', 'get yours', 'grab yours', 'add to cart', 'checkout', '/\\d{1,3}\\s?% off/', 'compra ya',
  'cómpralo', 'compra aquí', 'link en mi bio', 'usa mi código', 'usa el código', 'compre já', 'compre agora',
  'compre aqui', 'link na bio', 'cupom', 'achetez', 'lien en bio', 'code promo', 'jetzt kaufen', 'hier kaufen',
  'link in der bio', 'link in bio', 'rabattcode',
], /%/);
export const SOFT_CTA = matcher([
  'follow for more', 'follow me', 'follow for part', 'save this', 'save for later', 'share this', 'comment below',
  'comment your', 'comment if', 'drop a comment', 'tag a friend', 'tag someone', 'let me know', 'try it', 'try this',
  'stitch this', 'duet this', 'sígueme', 'guárdalo', 'comenta', 'me segue', 'salva esse', 'salva pra', 'abonne-toi',
  'abonnez-vous', 'enregistre', 'commente', 'folg mir', 'speicher dir', 'kommentier',
]);
