// The daily digest setting: whether a morning summary of the day's sessions is sent, and at what local time.
import { useId, useState } from 'react'
import { DEFAULT_DIGEST, DIGEST_KEY, isDigest } from '../../../db/preferences'
import { useStoredPreference } from '../../../db/useStoredPreference'

export function DigestSetting() {
  const [digest, setDigest] = useStoredPreference(DIGEST_KEY, isDigest, DEFAULT_DIGEST)
  const [problem, setProblem] = useState<string | null>(null)
  const errorId = useId()
  if (!digest) return null

  const changeTime = (time: string) => {
    const next = { ...digest, time }
    // The time field can be cleared or typed half-way; only a whole 'HH:mm' is stored.
    if (!isDigest(next)) return setProblem('Enter a time such as 08:00 for the daily summary.')
    setProblem(null)
    void setDigest(next)
  }

  return (
    <fieldset className="digest-setting">
      <legend>Daily summary</legend>
      <label>
        <input
          type="checkbox"
          checked={digest.enabled}
          onChange={(event) => void setDigest({ ...digest, enabled: event.target.checked })}
        />
        Send one notification a day listing that day’s sessions
      </label>
      <label>
        Time of the daily summary
        <input
          type="time"
          required
          disabled={!digest.enabled}
          defaultValue={digest.time}
          aria-invalid={problem !== null}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) => changeTime(event.target.value)}
        />
      </label>
      {problem ? (
        <p role="alert" id={errorId} className="banner banner-error">
          {problem}
        </p>
      ) : null}
    </fieldset>
  )
}
