// A number field for whole minutes that lets the learner clear and retype it; only whole numbers within its min and
// max reach the plan, and leaving the field shows the value in use again.
import { useState, type InputHTMLAttributes } from 'react'

export interface MinutesInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type' | 'min' | 'max'
> {
  readonly value: number
  readonly min: number
  readonly max: number
  readonly onValue: (minutes: number) => void
  /** Told whether the text being typed is outside min..max (or not a whole number), so the form can say so. */
  readonly onOutOfRange?: (outOfRange: boolean) => void
}

export function MinutesInput({ value, min, max, onValue, onOutOfRange, onBlur, ...rest }: MinutesInputProps) {
  const [text, setText] = useState<string | null>(null)
  // Text being typed that is not a whole number within min..max; an empty field is not flagged while retyping.
  const isOutOfRange = (entered: string) => {
    const minutes = Number(entered)
    return entered.trim() !== '' && !(Number.isInteger(minutes) && minutes >= min && minutes <= max)
  }
  const outOfRange = text !== null && isOutOfRange(text)
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
        setText(entered)
        onOutOfRange?.(isOutOfRange(entered))
        if (entered.trim() !== '' && !isOutOfRange(entered)) onValue(Number(entered))
      }}
      onBlur={(event) => {
        setText(null)
        onOutOfRange?.(false)
        onBlur?.(event)
      }}
    />
  )
}
