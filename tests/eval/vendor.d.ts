// Minimal types for the three CommonJS sentiment libraries the evaluation compares (none ships its own .d.ts).
// From ESM TypeScript they are default imports: `import vader from 'vader-sentiment'` is module.exports.

declare module 'vader-sentiment' {
  const vader: {
    SentimentIntensityAnalyzer: {
      polarity_scores(text: string): { neg: number; neu: number; pos: number; compound: number };
    };
  };
  export default vader;
}

declare module 'sentiment' {
  interface AnalyzeResult {
    score: number;
    comparative: number;
    tokens: string[];
    words: string[];
  }
  class Sentiment {
    analyze(text: string, options?: { extras?: Record<string, number>; language?: string }): AnalyzeResult;
    registerLanguage(code: string, language: { labels: Record<string, number>; scoringStrategy?: unknown }): void;
  }
  export default Sentiment;
}

declare module 'wink-sentiment' {
  function winkSentiment(text: string): { score: number; normalizedScore: number };
  export default winkSentiment;
}
