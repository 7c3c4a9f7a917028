// A number field for whole minutes that lets the learner clear and retype it; only whole numbers reach the plan.
import { useState, type InputHTMLAttributes } from 'react'

export interface MinutesInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  readonly value: number
  readonly onValue: (minutes: number) => void
}

export function MinutesInput({ value, onValue, onBlur, ...rest }: MinutesInputProps) {
  const [text, setText] = useState<string | null>(null)
  return (
    <input
      {...rest}
      type="number"
      inputMode="numeric"
      value={text ?? String(value)}
      onChange={(event) => {
        setText(event.target.value)
        const minutes = Number(event.target.value)
        if (event.target.value.trim() !== '' && Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440) onValue(minutes)
      }}
      onBlur={(event) => {
        setText(null)
        onBlur?.(event)
      }}
    />
  )
}
