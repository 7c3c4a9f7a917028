// Calendar files for a plan: export its sessions as .ics, and import busy time from an .ics (preview, then apply).
import { useId, useState } from 'react'
import { useRepositories } from '../../../db/DatabaseContext'
import type { BusyImportPreview } from '../../../db/busyTimeRepository'
import { usePlans } from '../../../db/hooks'
import { readUntrustedFile } from '../../../files/readUntrustedFile'
import { busyAppliedMessage, busyPreviewChangesSomething, busyPreviewSummary, skippedLines } from './busyImportText'
import { FileButton } from '../../../components/FileButton'
import { IcsExportForm } from './IcsExportForm'
import { useT } from '../../../i18n/translations'
import { errorText } from '../../../../../shared/validation/problemText'
import { placeText } from '../../../../../shared/validation/placeText'

/** A result line: errors are announced at once (role=alert), other news politely. */
/**
 * The outcome of an action, put beside the control it is about: an error as an alert, anything else in a polite live
 * region that is always in the page, so a screen reader hears the first message too.
 */
export function Message({ message }: { message: { text: string; error: boolean } | null }) {
  return message?.error ? (
    <p role="alert" className="banner banner-error">
      {message.text}
    </p>
  ) : (
    <p aria-live="polite" className="setting-status">
      {message?.text}
    </p>
  )
}

export function CalendarFiles() {
  const repos = useRepositories()
  const t = useT()
  const plans = usePlans()
  const [chosen, setChosen] = useState<string>('')
  const [preview, setPreview] = useState<BusyImportPreview | null>(null)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const planSelectId = useId()
  const plan = plans?.find((candidate) => candidate.id === chosen) ?? plans?.[0]
  const planId = plan?.id ?? ''

  if (!plan || !plans) return null

  const onIcs = async (file: File) => {
    setPreview(null)
    const options = await repos.busyTime.busyImportOptions(planId, Date.now())
    if (!options.ok) return setMessage({ text: errorText(t, options.error), error: true })
    // Read and checked in a worker with a time budget: a hostile calendar cannot freeze the page.
    const read = await readUntrustedFile(file.name, file, { kind: 'ics', options: options.value })
    if (!read.ok) return setMessage({ text: read.message, error: true })
    const result = await repos.busyTime.previewParsedBusyImport(planId, options.value, read.value, file.name)
    setPreview(result.ok ? result.value : null)
    setMessage(
      result.ok
        ? null
        : {
            text: result.error.where
              ? t('settings.calendarFiles.cannotImportAt', {
                  name: file.name,
                  where: placeText(t, result.error.where),
                  reason: errorText(t, result.error)
                })
              : t('settings.calendarFiles.cannotImport', {
                  name: file.name,
                  reason: errorText(t, result.error)
                }),
            error: true
          }
    )
  }

  const apply = async () => {
    if (!preview) return
    const result = await repos.busyTime.applyBusyImport(preview, Date.now())
    setPreview(null)
    setMessage(
      result.ok
        ? { text: busyAppliedMessage(result.value, preview.source, t), error: false }
        : { text: errorText(t, result.error), error: true }
    )
  }

  return (
    <>
      <h3>{t('settings.calendarFiles.heading')}</h3>
      <div className="pause-row">
        <label htmlFor={planSelectId}>{t('settings.calendarFiles.plan')}</label>
        <select id={planSelectId} value={planId} onChange={(event) => setChosen(event.target.value)}>
          {plans.map((option) => (
            <option key={option.id} value={option.id}>
              {option.title}
            </option>
          ))}
        </select>
      </div>
      <IcsExportForm key={plan.id} plan={plan} />
      <div className="pause-row">
        <FileButton
          label={t('settings.calendarFiles.importBusy')}
          accept=".ics,text/calendar"
          onFile={(file) => void onIcs(file)}
        />
      </div>
      {preview ? (
        <fieldset>
          <legend>{t('settings.calendarFiles.previewLegend')}</legend>
          <p>{busyPreviewSummary(preview, t)}</p>
          <SkippedEvents preview={preview} />
          <div className="pause-row">
            <button type="button" disabled={!busyPreviewChangesSomething(preview)} onClick={() => void apply()}>
              {t('settings.calendarFiles.apply')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('settings.calendarFiles.cancel')}
            </button>
          </div>
        </fieldset>
      ) : null}
      <Message message={message} />
    </>
  )
}

/** Which events the import left out and why, so the learner can tell a cancelled meeting from a broken entry. */
function SkippedEvents({ preview }: { preview: BusyImportPreview }) {
  const t = useT()
  const { lines, more } = skippedLines(preview, t)
  if (lines.length === 0) return null
  return (
    <details>
      <summary>{t('settings.calendarFiles.whyLeftOut')}</summary>
      <ul>
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {more > 0 ? <p>{t('settings.calendarFiles.andMore', { count: more })}</p> : null}
    </details>
  )
}
