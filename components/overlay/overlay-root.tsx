/** The overlay's root inside the shadow root. The score button and card are added by the overlay issue. */
export function OverlayRoot() {
  return <div className="ss-overlay" data-testid="spark-scout-overlay" aria-label="Spark Scout" role="region" />;
}
