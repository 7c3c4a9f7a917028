// One topic of the roadmap: its facts (hours done of the estimate), resources and status, with edit (title included),
// reorder and delete actions.
import { useState } from 'react'
import { useOptimisticFlag } from './useOptimisticFlag'
import type { Topic } from '../../../../shared/domain/roadmap'
import { formatHours } from '../../../../shared/format'
import { usePlatform } from '../../platform/PlatformContext'
import { TopicForm, type TopicFormValue, type TopicOption } from './TopicForm'
import { statusLabels, type TopicStatus } from './topicStatus'

interface TopicItemProps {
  readonly topic: Topic
  readonly status: TopicStatus
  /** Minutes of done study on the topic (the study log's actual minutes). */
  readonly doneMinutes: number
  readonly titles: ReadonlyMap<string, string>
  readonly options: readonly TopicOption[]
  readonly isFirst: boolean
  readonly isLast: boolean
  readonly locale: string
  onEdit(value: TopicFormValue): Promise<string | null>
  onMove(delta: -1 | 1): void
  onDelete(): void
  /** Resolves whether the change was stored. */
  onKnownChange(known: boolean): Promise<boolean>
}

export function TopicItem({
  topic,
  status,
  doneMinutes,
  titles,
  options,
  isFirst,
  isLast,
  locale,
  onEdit,
  onMove,
  onDelete,
  onKnownChange
}: TopicItemProps) {
  const platform = usePlatform()
  const [editing, setEditing] = useState(false)
  const prerequisites = topic.prerequisites.map((id) => titles.get(id) ?? id)
  const known = useOptimisticFlag(status === 'known', onKnownChange)

  return (
    <li className="topic-item" aria-label={topic.title}>
      <div className="topic-head">
        <h3>{topic.title}</h3>
        <span className={`topic-status topic-status-${status}`}>{statusLabels[status]}</span>
      </div>
      <dl className="topic-facts">
        <dt>Hours</dt>
        <dd>
          {formatHours(doneMinutes, locale)} of {formatHours(topic.estimatedMinutes, locale)} hours done
        </dd>
        <dt>Kind</dt>
        <dd>{topic.kind}</dd>
        <dt>Prerequisites</dt>
        <dd>{prerequisites.length > 0 ? prerequisites.join(', ') : 'None'}</dd>
      </dl>
      {topic.resources.length > 0 ? (
        <ul className="topic-resources" aria-label={`Resources for ${topic.title}`}>
          {topic.resources
            .filter((resource) => resource.url.startsWith('https://'))
            .map((resource) => (
              <li key={resource.url}>
                <a
                  href={resource.url}
                  onClick={(event) => {
                    event.preventDefault()
                    void platform.openExternal(resource.url)
                  }}
                >
                  {resource.title}
                </a>
              </li>
            ))}
        </ul>
      ) : null}
      {editing ? (
        <TopicForm
          legend={`Edit ${topic.title}`}
          initial={{
            title: topic.title,
            estimatedMinutes: topic.estimatedMinutes,
            kind: topic.kind,
            prerequisites: topic.prerequisites
          }}
          options={options.filter((option) => option.id !== topic.id)}
          titles={titles}
          locale={locale}
          submitLabel="Save"
          onSubmit={async (value) => {
            const refusal = await onEdit(value)
            if (refusal === null) setEditing(false)
            return refusal
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="topic-actions">
          <label className="topic-known">
            <input
              type="checkbox"
              aria-label={`Already known: ${topic.title}`}
              checked={known.value}
              onChange={(event) => known.change(event.target.checked)}
            />
            Already known
          </label>
          <button
            type="button"
            className="sp-button"
            aria-label={`Edit ${topic.title}`}
            onClick={() => setEditing(true)}
          >
            Edit
          </button>
          <button
            type="button"
            className="sp-button"
            aria-label={`Move up: ${topic.title}`}
            disabled={isFirst}
            onClick={() => onMove(-1)}
          >
            Move up
          </button>
          <button
            type="button"
            className="sp-button"
            aria-label={`Move down: ${topic.title}`}
            disabled={isLast}
            onClick={() => onMove(1)}
          >
            Move down
          </button>
          <button type="button" className="sp-button" aria-label={`Delete ${topic.title}`} onClick={onDelete}>
            Delete
          </button>
        </div>
      )}
    </li>
  )
}
