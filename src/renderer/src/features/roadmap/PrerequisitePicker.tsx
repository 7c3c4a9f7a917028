// Picks a topic's prerequisites: the chosen ones as removable chips, and a search box over a checkbox list of the
// topics the plan studies, so a 65-topic roadmap is searched by a word rather than scrolled in a list box. Native
// checkboxes keep it keyboard-operable (Tab, Space) with nothing to learn.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useT } from '../../i18n/translations'

/** A topic that can be chosen as a prerequisite, with where it sits ('Solid foundations', 'Specialization · NLP'). */
export interface TopicOption {
  readonly id: string
  readonly title: string
  readonly where: string
}

interface PrerequisitePickerProps {
  /** The topics that can be chosen: the plan's stages and chosen tracks, without the topic itself. */
  readonly options: readonly TopicOption[]
  readonly selected: readonly string[]
  /** Every topic's title, for chosen prerequisites that are not among the options (another track's topic). */
  readonly titles: ReadonlyMap<string, string>
  onChange(selected: readonly string[]): void
}

/** Lower case without accents, so 'regres' finds 'Régression'. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Options whose title or place holds every word of the query, in roadmap order. */
export function matchingOptions(options: readonly TopicOption[], query: string): TopicOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...options]
  return options.filter((option) => {
    const text = fold(`${option.title} ${option.where}`)
    return words.every((word) => text.includes(word))
  })
}

export function PrerequisitePicker({ options, selected, titles, onChange }: PrerequisitePickerProps) {
  const t = useT()
  const id = useId()
  const [query, setQuery] = useState('')
  const list = useRef<HTMLUListElement>(null)
  const chosen = useMemo(() => new Set(selected), [selected])
  const matches = useMemo(() => matchingOptions(options, query), [options, query])

  const toggle = (topicId: string, on: boolean) =>
    onChange(on ? [...selected, topicId] : selected.filter((candidate) => candidate !== topicId))

  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      list.current?.querySelector('input')?.focus()
    } else if (event.key === 'Enter') {
      // Enter in the search box must not submit the topic's form; with one topic left, it chooses that topic.
      event.preventDefault()
      const only = matches.length === 1 ? matches[0]! : undefined
      if (only && !chosen.has(only.id)) toggle(only.id, true)
    }
  }
  // Arrow keys move between the listed topics as in a list box; Tab still leaves the list.
  const onBoxKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const boxes = [...(list.current?.querySelectorAll('input') ?? [])]
    const at = boxes.indexOf(event.currentTarget)
    if (at < 0) return
    event.preventDefault()
    const next = at + (event.key === 'ArrowDown' ? 1 : -1)
    if (next < 0) document.getElementById(`${id}-search`)?.focus()
    else boxes[Math.min(next, boxes.length - 1)]?.focus()
  }

  return (
    <fieldset className="prereq-picker">
      <legend>{t('roadmap.prerequisites.legend')}</legend>
      {selected.length > 0 ? (
        <ul className="prereq-chips" aria-label={t('roadmap.prerequisites.chosen')}>
          {selected.map((topicId) => {
            const title = titles.get(topicId) ?? topicId
            return (
              <li key={topicId} className="prereq-chip">
                <span>{title}</span>
                <button
                  type="button"
                  className="prereq-chip-remove"
                  aria-label={t('roadmap.prerequisites.remove', { topic: title })}
                  onClick={() => toggle(topicId, false)}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="sp-muted prereq-none">{t('roadmap.prerequisites.noneChosen')}</p>
      )}
      <label htmlFor={`${id}-search`} className="prereq-search-label">
        {t('roadmap.prerequisites.search')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="prereq-search"
        autoComplete="off"
        aria-describedby={`${id}-count`}
        placeholder={t('roadmap.prerequisites.searchPlaceholder')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onSearchKey}
      />
      <p id={`${id}-count`} className="sp-muted prereq-count" aria-live="polite">
        {matches.length === options.length
          ? t('roadmap.prerequisites.all', { count: options.length })
          : matches.length === 0
            ? t('roadmap.prerequisites.noMatch')
            : t('roadmap.prerequisites.some', { matched: matches.length, total: options.length })}
      </p>
      <ul className="prereq-options" ref={list} aria-label={t('roadmap.prerequisites.options')}>
        {matches.map((option) => (
          <li key={option.id} className="prereq-option">
            <label>
              <input
                type="checkbox"
                checked={chosen.has(option.id)}
                onChange={(event) => toggle(option.id, event.target.checked)}
                onKeyDown={onBoxKey}
              />
              {option.title}
            </label>
            <span className="sp-muted prereq-where">{option.where}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
