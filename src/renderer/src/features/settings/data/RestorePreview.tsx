// What a backup would bring back, shown before anything changes: counts, session dates, and confirm or cancel.
import type { BackupSummary } from '../../../../../shared/backup/backupFile'

// Every table, in the order a learner thinks of them (a Record, so a new table cannot be left out).
const LABELS: Readonly<Record<keyof BackupSummary['counts'], string>> = {
  plans: 'Plans',
  sessions: 'Sessions',
  studyLog: 'Study log entries',
  reviews: 'Recall ratings',
  notes: 'Topic notes',
  roadmaps: 'Roadmaps',
  settings: 'Preferences'
}
const TABLE_LABELS = Object.entries(LABELS) as ReadonlyArray<[keyof BackupSummary['counts'], string]>

function formatDay(ms: number): string {
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' })
}

export function RestorePreview(props: {
  source: string
  summary: BackupSummary
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const { summary } = props
  return (
    <fieldset className="restore-preview">
      <legend>Restore {props.source}?</legend>
      <p>
        Backup made {new Date(summary.exportedAt).toLocaleString()}. Restoring replaces everything on this device with
        it; the current data is kept as a snapshot first.
      </p>
      <dl className="facts" aria-label="Backup contents">
        {TABLE_LABELS.map(([table, label]) => (
          <div key={table} style={{ display: 'contents' }}>
            <dt>{label}</dt>
            <dd data-testid={`restore-count-${table}`}>{summary.counts[table]}</dd>
          </div>
        ))}
        <dt>Sessions from</dt>
        <dd>
          {summary.firstSessionMs === null || summary.lastSessionMs === null
            ? 'No sessions'
            : `${formatDay(summary.firstSessionMs)} to ${formatDay(summary.lastSessionMs)}`}
        </dd>
      </dl>
      <div className="pause-row">
        <button type="button" onClick={props.onConfirm} disabled={props.busy}>
          Restore this backup
        </button>
        <button type="button" onClick={props.onCancel} disabled={props.busy}>
          Cancel
        </button>
      </div>
    </fieldset>
  )
}
