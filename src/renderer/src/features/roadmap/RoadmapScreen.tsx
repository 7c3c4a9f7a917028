// The roadmap screen. Until a roadmap is chosen it says so.
export function RoadmapScreen() {
  return (
    <section aria-labelledby="roadmap-title" className="screen">
      <h1 id="roadmap-title">Roadmap</h1>
      <div className="empty-state">
        <h2>No roadmap chosen</h2>
        <p>The stages and topics of your learning path will be listed here, with estimates and prerequisites.</p>
      </div>
    </section>
  )
}
