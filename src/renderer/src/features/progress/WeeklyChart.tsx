// Hours studied per week against planned, as bars on an hours axis with the weeks named below, and the same figures in
// a table (the chart's text equivalent: the picture is hidden from screen readers).
import type { ReactNode } from 'react'
import { formatHours, formatLocalDate, formatShortDate } from '../../../../shared/format'
import { useT } from '../../i18n/translations'
import type { WeekBucket } from './progressStats'

/**
 * The chart's geometry in CSS pixels: room for the hours on the left and the week labels below. A week's pair of bars
 * takes 48 to 96 px, so a plan's first few weeks do not sit as a sliver at the edge and twelve weeks fit in 640 px.
 */
const PLOT_HEIGHT = 140
const LEFT = 48
const RIGHT = 8
const TOP = 10
const BOTTOM = 24

/** Hours between two ticks of the y axis: the smallest of these that needs at most four steps to the tallest bar. */
const STEPS_HOURS = [0.5, 1, 2, 5, 10, 20, 50, 100]

/** The y axis's ticks in minutes, from 0 to a round top at or above `maxMinutes`. */
export function hourTicks(maxMinutes: number): number[] {
  const maxHours = Math.max(maxMinutes / 60, 1)
  const step = STEPS_HOURS.find((hours) => Math.ceil(maxHours / hours) <= 4) ?? Math.ceil(maxHours / 4)
  const count = Math.ceil(maxHours / step)
  return Array.from({ length: count + 1 }, (_, index) => Math.round(index * step * 60))
}

/** The caption's two legend words, coloured as their bars. */
const legend = {
  planned: (chunks: ReactNode) => <span className="legend legend-planned">{chunks}</span>,
  studied: (chunks: ReactNode) => <span className="legend legend-studied">{chunks}</span>
}

export function WeeklyChart({ weeks, locale }: { weeks: readonly WeekBucket[]; locale: string }) {
  const t = useT()
  const ticks = hourTicks(Math.max(0, ...weeks.flatMap((week) => [week.studiedMinutes, week.plannedMinutes])))
  const top = ticks.at(-1) ?? 60
  const y = (minutes: number) => TOP + PLOT_HEIGHT - Math.round((minutes / top) * PLOT_HEIGHT)
  const group = Math.min(96, Math.max(48, Math.floor(480 / Math.max(weeks.length, 1))))
  const bar = Math.round(group / 3)
  const width = LEFT + weeks.length * group + RIGHT
  const height = TOP + PLOT_HEIGHT + BOTTOM
  const first = weeks[0]
  return (
    <figure className="weekly-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        aria-hidden="true"
        data-testid="weekly-bars"
      >
        <g className="chart-y-axis">
          {ticks.map((minutes) => (
            <g key={minutes} className="chart-tick">
              <line className="chart-grid" x1={LEFT} x2={width - RIGHT} y1={y(minutes)} y2={y(minutes)} />
              <text x={LEFT - 6} y={y(minutes)} textAnchor="end" dominantBaseline="middle">
                {t('progress.chart.tick', { hours: formatHours(minutes, locale) })}
              </text>
            </g>
          ))}
          <line className="chart-axis" x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + PLOT_HEIGHT} />
        </g>
        {weeks.map((week, index) => {
          const left = LEFT + index * group + (group - 2 * bar) / 2
          return (
            <g key={week.weekStart} className="chart-week">
              <rect
                className="bar-planned"
                x={left}
                y={y(week.plannedMinutes)}
                width={bar}
                height={TOP + PLOT_HEIGHT - y(week.plannedMinutes)}
              />
              <rect
                className="bar-studied"
                x={left + bar}
                y={y(week.studiedMinutes)}
                width={bar}
                height={TOP + PLOT_HEIGHT - y(week.studiedMinutes)}
              />
              <text className="chart-x-label" x={left + bar} y={TOP + PLOT_HEIGHT + 16} textAnchor="middle">
                {formatShortDate(week.weekStart, locale)}
              </text>
            </g>
          )
        })}
        <line className="chart-axis" x1={LEFT} x2={width - RIGHT} y1={TOP + PLOT_HEIGHT} y2={TOP + PLOT_HEIGHT} />
      </svg>
      <figcaption>
        {first
          ? t.rich('progress.chart.captionFrom', {
              date: formatLocalDate(first.weekStart, locale, true),
              many: weeks.length > 1 ? 'yes' : 'no',
              ...legend
            })
          : t.rich('progress.chart.caption', { many: weeks.length > 1 ? 'yes' : 'no', ...legend })}
      </figcaption>
      {/* The figures as a table: the text equivalent of the bars, open by default and collapsible. */}
      <details open className="weekly-table">
        <summary>{t('progress.chart.tableSummary')}</summary>
        <table>
          <caption className="visually-hidden">{t('progress.chart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.chart.weekStarting')}</th>
              <th scope="col">{t('progress.chart.planned')}</th>
              <th scope="col">{t('progress.chart.studied')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.weekStart}>
                <th scope="row">{formatLocalDate(week.weekStart, locale, true)}</th>
                <td>{formatHours(week.plannedMinutes, locale)}</td>
                <td>{formatHours(week.studiedMinutes, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
