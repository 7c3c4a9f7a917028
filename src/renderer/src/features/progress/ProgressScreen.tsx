// The progress screen. Until sessions are done it says so.
export function ProgressScreen() {
  return (
    <section aria-labelledby="progress-title" className="screen">
      <h1 id="progress-title">Progress</h1>
      <div className="empty-state">
        <h2>Nothing studied yet</h2>
        <p>Completion per stage, hours per week and your streak will show here as you mark sessions done.</p>
      </div>
    </section>
  )
}
