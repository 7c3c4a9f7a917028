// A file picker that looks like the app's other buttons and says which file was chosen, instead of the browser's raw
// "Choose File / No file chosen" control.
import { useState, type ChangeEvent } from 'react'
// Its own styles (the hidden input, the button's focus ring): Settings can be the first screen a window shows, before
// any screen that loads them.
import './common.css'

export interface FileButtonProps {
  /** The button's words, e.g. 'Restore from file…'; also the file input's accessible name. */
  readonly label: string
  /** The input's accept list, e.g. '.ics,text/calendar'. */
  readonly accept: string
  /** Called with the picked file; the input is cleared so picking the same file again calls it again. */
  readonly onFile: (file: File) => void
}

/**
 * The native input stays in the page, visually hidden inside the label, so the keyboard, screen readers and test tools
 * reach it as a file input; the label carries the button look and its focus ring (:focus-within).
 */
export function FileButton({ label, accept, onFile }: FileButtonProps) {
  const [chosen, setChosen] = useState<string | null>(null)
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setChosen(file.name)
    onFile(file)
  }
  return (
    <span className="file-button">
      <label className="sp-button">
        {label}
        <input type="file" accept={accept} className="visually-hidden" onChange={onChange} />
      </label>
      {chosen ? <span className="file-button-name sp-muted">{chosen}</span> : null}
    </span>
  )
}
