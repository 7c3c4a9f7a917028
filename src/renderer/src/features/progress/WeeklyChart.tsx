// Hours studied per week against planned, as bars, with the same figures in a table for screen readers.
import { formatHours, formatLocalDate } from '../../../../shared/format'
import type { WeekBucket } from './progressStats'

const BAR_WIDTH = 14
const GAP = 10
const HEIGHT = 120

export function WeeklyChart({ weeks, locale }: { weeks: readonly WeekBucket[]; locale: string }) {
  const top = Math.max(60, ...weeks.flatMap((week) => [week.studiedMinutes, week.plannedMinutes]))
  const scale = (minutes: number) => Math.round((minutes / top) * HEIGHT)
  const groupWidth = BAR_WIDTH * 2 + GAP
  return (
    <figure className="weekly-chart">
      <svg
        viewBox={`0 0 ${weeks.length * groupWidth} ${HEIGHT + 2}`}
        width="100%"
        height={HEIGHT + 2}
        aria-hidden="true"
        preserveAspectRatio="none"
      >
        {weeks.map((week, index) => (
          <g key={week.weekStart} transform={`translate(${index * groupWidth}, 0)`}>
            <rect
              className="bar-planned"
              x={0}
              y={HEIGHT - scale(week.plannedMinutes)}
              width={BAR_WIDTH}
              height={scale(week.plannedMinutes)}
            />
            <rect
              className="bar-studied"
              x={BAR_WIDTH}
              y={HEIGHT - scale(week.studiedMinutes)}
              width={BAR_WIDTH}
              height={scale(week.studiedMinutes)}
            />
          </g>
        ))}
        <line x1={0} x2={weeks.length * groupWidth} y1={HEIGHT + 1} y2={HEIGHT + 1} className="chart-axis" />
      </svg>
      <figcaption>
        <span className="legend legend-planned">Planned</span> <span className="legend legend-studied">Studied</span>{' '}
        hours per week, last {weeks.length} weeks (oldest on the left).
      </figcaption>
      {/* The figures as a table: the text equivalent of the bars, open by default and collapsible. */}
      <details open className="weekly-table">
        <summary>Hours per week as a table</summary>
        <table>
          <caption className="visually-hidden">Hours studied and planned per week</caption>
          <thead>
            <tr>
              <th scope="col">Week starting</th>
              <th scope="col">Studied (hours)</th>
              <th scope="col">Planned (hours)</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatLocalDate(week.weekStart, locale, true)}</th>
                <td>{formatHours(week.studiedMinutes, locale)}</td>
                <td>{formatHours(week.plannedMinutes, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
