// One topic of the roadmap: its facts (hours done of the estimate), resources and status, with edit (title included),
// reorder and delete actions.
import { useState } from 'react'
import { useOptimisticFlag } from './useOptimisticFlag'
import type { Topic } from '../../../../shared/domain/roadmap'
import { formatHours } from '../../../../shared/format'
import { usePlatform } from '../../platform/PlatformContext'
import { TopicForm, type TopicFormValue, type TopicOption } from './TopicForm'
import type { TopicStatus } from './topicStatus'
import { useT } from '../../i18n/translations'

/** A status as the catalog's select names it (ICU select keys cannot hold a hyphen). */
const STATUS_KEYS = {
  'not-started': 'notStarted',
  'in-progress': 'inProgress',
  done: 'done',
  known: 'known'
} as const satisfies Record<TopicStatus, string>

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
  const t = useT()
  const platform = usePlatform()
  const [editing, setEditing] = useState(false)
  const prerequisites = topic.prerequisites.map((id) => titles.get(id) ?? id)
  const known = useOptimisticFlag(status === 'known', onKnownChange)

  return (
    <li className="topic-item" aria-label={topic.title}>
      <div className="topic-head">
        <h3>{topic.title}</h3>
        <span className={`topic-status topic-status-${status}`}>
          {t('roadmap.topic.status', { status: STATUS_KEYS[status] })}
        </span>
      </div>
      <dl className="topic-facts">
        <dt>{t('roadmap.topic.hours')}</dt>
        <dd>
          {t('roadmap.topic.hoursDone', {
            done: formatHours(doneMinutes, locale),
            total: formatHours(topic.estimatedMinutes, locale)
          })}
        </dd>
        <dt>{t('roadmap.topic.kind')}</dt>
        <dd>{t('roadmap.topic.kindName', { kind: topic.kind })}</dd>
        <dt>{t('roadmap.topic.prerequisites')}</dt>
        <dd>{prerequisites.length > 0 ? prerequisites.join(', ') : t('roadmap.topic.none')}</dd>
      </dl>
      {topic.resources.length > 0 ? (
        <ul className="topic-resources" aria-label={t('roadmap.topic.resources', { topic: topic.title })}>
          {topic.resources
            .filter((resource) => resource.url.startsWith('https://'))
            .map((resource) => (
              // A book's or course's name stays as its authors wrote it, in any language.
              <li key={resource.url} translate="no">
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
          legend={t('roadmap.topic.editLegend', { topic: topic.title })}
          initial={{
            title: topic.title,
            estimatedMinutes: topic.estimatedMinutes,
            kind: topic.kind,
            prerequisites: topic.prerequisites
          }}
          options={options.filter((option) => option.id !== topic.id)}
          titles={titles}
          locale={locale}
          submitLabel={t('roadmap.topic.save')}
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
              aria-label={t('roadmap.topic.knownLabel', { topic: topic.title })}
              checked={known.value}
              onChange={(event) => known.change(event.target.checked)}
            />
            {t('roadmap.topic.known')}
          </label>
          <button
            type="button"
            className="sp-button"
            aria-label={t('roadmap.topic.editLabel', { topic: topic.title })}
            onClick={() => setEditing(true)}
          >
            {t('roadmap.topic.edit')}
          </button>
          <button
            type="button"
            className="sp-button"
            aria-label={t('roadmap.topic.moveUpLabel', { topic: topic.title })}
            disabled={isFirst}
            onClick={() => onMove(-1)}
          >
            {t('roadmap.topic.moveUp')}
          </button>
          <button
            type="button"
            className="sp-button"
            aria-label={t('roadmap.topic.moveDownLabel', { topic: topic.title })}
            disabled={isLast}
            onClick={() => onMove(1)}
          >
            {t('roadmap.topic.moveDown')}
          </button>
          <button
            type="button"
            className="sp-button"
            aria-label={t('roadmap.topic.deleteLabel', { topic: topic.title })}
            onClick={onDelete}
          >
            {t('roadmap.topic.delete')}
          </button>
        </div>
      )}
    </li>
  )
}
