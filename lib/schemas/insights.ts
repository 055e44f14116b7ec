/** Comment analysis for the score card; shares are fractions 0..1 of the sample. */
export interface CommentInsights {
  sampleSize: number;
  positiveShare: number;
  negativeShare: number;
  purchaseIntentCount: number;
  /** Most-liked purchase-intent comments first; shown as plain text. */
  topPurchaseIntent: ReadonlyArray<{ text: string; likes: number | null }>;
}
