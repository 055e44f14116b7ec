export function DashboardApp() {
  return (
    <main className="ss-page">
      <h1>Spark Scout dashboard</h1>
    </main>
  );
}
