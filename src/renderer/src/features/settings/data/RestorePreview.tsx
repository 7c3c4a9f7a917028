// What a backup would bring back, shown before anything changes: counts, session dates, and confirm or cancel.
import type { BackupSummary } from '../../../../../shared/backup/backupFile'
import type { MessageKey } from '../../../../../shared/i18n/translator'
import { useDisplayLocale } from '../../../components/useDisplayLocale'
import { useT } from '../../../i18n/translations'

// Every table, in the order a learner thinks of them (a Record, so a new table cannot be left out).
const LABELS = {
  plans: 'settings.restore.table.plans',
  sessions: 'settings.restore.table.sessions',
  studyLog: 'settings.restore.table.studyLog',
  reviews: 'settings.restore.table.reviews',
  notes: 'settings.restore.table.notes',
  roadmaps: 'settings.restore.table.roadmaps',
  settings: 'settings.restore.table.settings'
} as const satisfies Record<keyof BackupSummary['counts'], MessageKey>
const TABLE_LABELS = Object.entries(LABELS) as ReadonlyArray<
  [keyof BackupSummary['counts'], (typeof LABELS)[keyof typeof LABELS]]
>

function formatDay(ms: number, locale: string): string {
  return new Date(ms).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' })
}

export function RestorePreview(props: {
  /** The file's or kept backup's name. */
  source: string
  summary: BackupSummary
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  const { summary } = props
  const t = useT()
  const locale = useDisplayLocale()
  return (
    <fieldset className="restore-preview">
      <legend>{t('settings.restore.legend', { name: props.source })}</legend>
      <p>{t('settings.restore.intro', { when: new Date(summary.exportedAt).toLocaleString(locale) })}</p>
      <dl className="facts" aria-label={t('settings.restore.contents')}>
        {TABLE_LABELS.map(([table, label]) => (
          <div key={table} style={{ display: 'contents' }}>
            <dt>{t(label)}</dt>
            <dd data-testid={`restore-count-${table}`}>{summary.counts[table]}</dd>
          </div>
        ))}
        <dt>{t('settings.restore.sessionsFrom')}</dt>
        <dd>
          {summary.firstSessionMs === null || summary.lastSessionMs === null
            ? t('settings.restore.noSessions')
            : t('settings.restore.range', {
                from: formatDay(summary.firstSessionMs, locale),
                to: formatDay(summary.lastSessionMs, locale)
              })}
        </dd>
      </dl>
      <div className="pause-row">
        <button type="button" onClick={props.onConfirm} disabled={props.busy}>
          {t('settings.restore.confirm')}
        </button>
        <button type="button" onClick={props.onCancel} disabled={props.busy}>
          {t('settings.restore.cancel')}
        </button>
      </div>
    </fieldset>
  )
}
