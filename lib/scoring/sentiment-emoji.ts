/**
 * Emoji valences on VADER's −4…+4 scale, written for TikTok comment usage (our own judgement, not a published
 * lexicon): 💀 and 😭 mostly mean "I'm laughing / overwhelmed" under a video, so they lean positive; 🔥 is praise.
 * Keys have variation selectors (U+FE0F) and skin tones removed; see `emojiKey` in sentiment-tokens.ts.
 */
const GROUPS: ReadonlyArray<readonly [number, string]> = [
  [2.8, '😍 🤩 🥰 ❤ 💕 💖 💗 💓 💞 😻 🫶'],
  [2.4, '💘 💝 😘 🥳 🎉 🙌 🐐 🔥'],
  [2.1, '🧡 💛 💚 💙 💜 🤍 🤎 😊 😄 😃 😀 💯 👏 🥹 😋 🏆 🥇 🤗'],
  [1.8, '👍 😁 ☺ 😆 🤣 💪 👑 😚 😙 🤤 ✨ 🌟 ⭐ 💐 🌹 🎊 🆒'],
  [1.5, '😂 👌 😎 🙏 💅 🖤 ✅ 🤝 🥂 🍾 🤑 🫡'],
  [1.2, '💀 🙂 😉 😇 😌 😮‍💨 🤯 😹 ☀ 🌈'],
  [0.7, '😭 😅 🥲 😏 👀 🛒 🤭 🫠'],
  [-0.5, '😶 🤷 😳 😐 🤨 😩'],
  [-1.1, '😬 😕 😑 😟 😫 😤 🥱 😴 🫤 🙃'],
  [-1.6, '🙄 😒 🙁 😔 😢 😥 😰 😨 🤦 ❌ 🚫 ⚠'],
  [-2.1, '☹ 😞 😣 😖 👎 💔 🤢 🚩 🤡 💩 😾'],
  [-2.6, '😠 😡 🤮 🤬 🖕 👿'],
];

export const EMOJI_VALENCE: ReadonlyMap<string, number> = new Map(
  GROUPS.flatMap(([v, list]) => list.split(' ').map((e) => [e, v] as const)),
);

/**
 * Text faces VADER's lexicon lacks, each valued like the VADER face it means: "^_^" like ":)" (2.0), "=(" like ":("
 * (−1.9), ";p" like ":p" (1.0), "-_-" like ":-|" (−0.7), "T_T" and ";_;" (crying) like ":'(" (−2.2).
 */
export const EMOTICONS: ReadonlyArray<readonly [string, number]> = [
  ...['^_^', '^^', '^.^', '^-^'].map((e) => [e, 2.0] as const),
  ['=(', -1.9],
  [';p', 1.0],
  ...['-_-', '-.-'].map((e) => [e, -0.7] as const),
  ...['T_T', 'T.T', ';_;'].map((e) => [e, -2.2] as const),
];
