export function PopupApp() {
  return (
    <main className="ss-popup">
      <h1>Spark Scout</h1>
      <p>Your shortlist appears here.</p>
    </main>
  );
}
