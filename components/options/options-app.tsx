export function OptionsApp() {
  return (
    <main className="ss-page">
      <h1>Spark Scout settings</h1>
    </main>
  );
}
