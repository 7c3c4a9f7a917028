// A searchable time-zone field: type a city, a region, an offset ('+5:30') or a zone's name ('Pacific Time') and pick
// from the matches, instead of scrolling a list of about 420 raw IANA ids. The ARIA 1.2 combobox pattern: the field
// keeps focus, arrows move through the list, Enter picks, Escape puts the field back.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useT } from '../../i18n/translations'
import { matchingZones, zoneLabel, zoneOption, zoneOptions, type ZoneOption } from './zoneOptions'
import './zonePicker.css'

// The ARIA 1.2 combobox pattern: options are reached through aria-activedescendant while the field keeps focus, so they
// are neither focusable nor native <option>s (a <select> cannot filter and a <datalist> cannot show offsets or names).
/* eslint-disable jsx-a11y/prefer-tag-over-role, jsx-a11y/interactive-supports-focus */

export interface ZonePickerProps {
  /** The field's id, for its <label htmlFor>. */
  readonly id: string
  /** The chosen IANA zone. */
  readonly value: string
  /** Every zone on offer (the chosen one among them). */
  readonly zones: readonly string[]
  /** Offsets are those in force at this instant. */
  readonly now: number
  readonly locale: string | undefined
  readonly onChange: (zone: string) => void
}

/** At most this many matches are listed; typing more narrows them. */
const SHOWN = 60

export function ZonePicker({ id, value, zones, now, locale, onChange }: ZonePickerProps) {
  const listId = useId()
  const field = useRef<HTMLInputElement>(null)
  const t = useT()
  const chosen = useMemo(() => zoneOption(value, now, locale, t), [value, now, locale, t])
  const [query, setQuery] = useState<string | null>(null)
  const [active, setActive] = useState(0)
  const open = query !== null
  // Naming ~420 zones takes tens of milliseconds: only once the learner starts looking.
  const options = useMemo(() => (open ? zoneOptions(zones, now, locale, t) : []), [open, zones, now, locale, t])
  const matches = useMemo(() => (open ? matchingZones(options, query).slice(0, SHOWN) : []), [open, options, query])
  const activeOption = matches[Math.min(active, matches.length - 1)]

  const close = () => {
    setQuery(null)
    setActive(0)
  }
  const pick = (option: ZoneOption) => {
    close()
    if (option.id !== value) onChange(option.id)
    field.current?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) return setQuery('')
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current) => Math.max(0, Math.min(matches.length - 1, current + step)))
    } else if (event.key === 'Enter' && open) {
      event.preventDefault()
      if (activeOption) pick(activeOption)
    } else if (event.key === 'Escape' && open) {
      // Closes the list only: the dialog or screen around it keeps its own Escape.
      event.preventDefault()
      event.stopPropagation()
      close()
    }
  }

  return (
    <div className="zone-picker">
      <input
        ref={field}
        id={id}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && activeOption ? `${listId}-${activeOption.id}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={open ? query : zoneLabel(chosen)}
        placeholder={t('common.zonePicker.placeholder')}
        onFocus={(event) => event.target.select()}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      {chosen.longName ? <span className="zone-picker-name sp-muted">{chosen.longName}</span> : null}
      <div
        id={listId}
        role="listbox"
        aria-label={t('common.zonePicker.list')}
        className="zone-picker-list"
        hidden={!open}
      >
        {matches.map((option) => (
          <div
            key={option.id}
            id={`${listId}-${option.id}`}
            role="option"
            aria-selected={option === activeOption}
            // mousedown, not click: the field's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault()
              pick(option)
            }}
          >
            <span>
              {option.city}
              {option.region ? <span className="sp-muted"> ({option.region})</span> : null}
            </span>
            <span className="zone-picker-offset">
              {option.offset}
              {option.longName ? <span className="sp-muted"> · {option.longName}</span> : null}
            </span>
          </div>
        ))}
        {open && matches.length === 0 ? (
          <div role="option" aria-selected={false} aria-disabled="true" className="sp-muted">
            {t('common.zonePicker.noMatch', { query: query ?? '' })}
          </div>
        ) : null}
      </div>
    </div>
  )
}
