// The calendar screen. Until a plan exists it says so and what will appear here.
export function CalendarScreen() {
  return (
    <section aria-labelledby="calendar-title" className="screen">
      <h1 id="calendar-title">Calendar</h1>
      <div className="empty-state">
        <h2>No study plan yet</h2>
        <p>Your weekly study sessions will appear here once a plan is created from a roadmap and your free hours.</p>
      </div>
    </section>
  )
}
