// The daily digest setting: whether a morning summary of the day's sessions is sent, and at what local time.
import { useId, useState } from 'react'
import { DEFAULT_DIGEST, DIGEST_KEY, isDigest } from '../../../db/preferences'
import { useStoredPreference } from '../../../db/useStoredPreference'
import { useT } from '../../../i18n/translations'

export function DigestSetting() {
  const [digest, setDigest] = useStoredPreference(DIGEST_KEY, isDigest, DEFAULT_DIGEST)
  const t = useT()
  // Whether the typed time is not a whole time (the message is drawn in the language in use, even after a switch).
  const [problem, setProblem] = useState(false)
  const errorId = useId()
  if (!digest) return null

  const changeTime = (time: string) => {
    const next = { ...digest, time }
    // The time field can be cleared or typed half-way; only a whole 'HH:mm' is stored.
    if (!isDigest(next)) return setProblem(true)
    setProblem(false)
    void setDigest(next)
  }

  return (
    <fieldset className="digest-setting">
      <legend>{t('settings.appearance.digest.legend')}</legend>
      <label>
        <input
          type="checkbox"
          checked={digest.enabled}
          onChange={(event) => void setDigest({ ...digest, enabled: event.target.checked })}
        />
        {t('settings.appearance.digest.enabled')}
      </label>
      <label>
        {t('settings.appearance.digest.time')}
        <input
          type="time"
          required
          disabled={!digest.enabled}
          defaultValue={digest.time}
          aria-invalid={problem}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) => changeTime(event.target.value)}
        />
      </label>
      {problem ? (
        <p role="alert" id={errorId} className="banner banner-error">
          {t('settings.appearance.digest.problem')}
        </p>
      ) : null}
    </fieldset>
  )
}
