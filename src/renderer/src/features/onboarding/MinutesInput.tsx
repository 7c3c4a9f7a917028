// A number field for whole minutes that lets the learner clear and retype it; only whole numbers within its min and
// max reach the plan, and leaving the field shows the value in use again.
import { useState, type InputHTMLAttributes } from 'react'

export interface MinutesInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'min' | 'max'> {
  readonly value: number
  readonly min: number
  readonly max: number
  readonly onValue: (minutes: number) => void
  /** Told whether the text being typed is outside min..max (or not a whole number), so the form can say so. */
  readonly onOutOfRange?: (outOfRange: boolean) => void
}

export function MinutesInput({ value, min, max, onValue, onOutOfRange, onBlur, ...rest }: MinutesInputProps) {
  const [text, setText] = useState<string | null>(null)
  const typed = text === null ? null : Number(text)
  const outOfRange = text !== null && text.trim() !== '' && !(Number.isInteger(typed) && typed! >= min && typed! <= max)
  return (
    <input
      {...rest}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={text ?? String(value)}
      aria-invalid={outOfRange || rest['aria-invalid'] === true}
      onChange={(event) => {
        const entered = event.target.value
        const minutes = Number(entered)
        const valid = entered.trim() !== '' && Number.isInteger(minutes) && minutes >= min && minutes <= max
        setText(entered)
        onOutOfRange?.(entered.trim() !== '' && !valid)
        if (valid) onValue(minutes)
      }}
      onBlur={(event) => {
        setText(null)
        onOutOfRange?.(false)
        onBlur?.(event)
      }}
    />
  )
}
