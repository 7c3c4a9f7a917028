// One stage of the roadmap: a heading that opens or closes it, its hours done, and when open its actions, the track
// choice of a choice stage, its topics and an add-topic form.
import { useId, useState } from 'react'
import type { Roadmap, Stage, Topic } from '../../../../shared/domain/roadmap'
import type { StageReport } from '../../../../shared/domain/schedule'
import { UNDO_LABELS } from '../../db/undoLabels'
import { formatHours } from '../../../../shared/format'
import { StageActions } from './StageActions'
import { addTopic, deleteTopic, moveTopic, newTopicId, updateTopic, type TopicListRef } from './roadmapEdits'
import { stageToggleId, useStageOpen } from './stageOpen'
import { TopicForm, type TopicOption } from './TopicForm'
import { TopicItem } from './TopicItem'
import { useT } from '../../i18n/translations'
import { topicStatus } from './topicStatus'
import type { DeletedNotice } from './UndoToast'
import type { RoadmapEditor } from './useRoadmapEditor'

interface StageSectionProps {
  readonly planId: string
  readonly roadmap: Roadmap
  readonly stage: Stage
  /** The chosen track of a choice stage. */
  readonly trackId: string | undefined
  readonly report: StageReport | undefined
  /** Whether this is the stage the learner is working through (open unless they closed it). */
  readonly current: boolean
  readonly doneMinutes: ReadonlyMap<string, number>
  /** Topics the learner marked as already known. */
  readonly known: ReadonlySet<string>
  readonly titles: ReadonlyMap<string, string>
  readonly options: readonly TopicOption[]
  readonly editor: RoadmapEditor
  readonly locale: string
  /** Offers to undo a deletion that was stored. */
  onDeleted(notice: DeletedNotice): void
}

export function StageSection({
  planId,
  roadmap,
  stage,
  trackId,
  report,
  current,
  doneMinutes,
  known,
  titles,
  options,
  editor,
  locale,
  onDeleted
}: StageSectionProps) {
  const t = useT()
  const headingId = useId()
  const bodyId = useId()
  const [adding, setAdding] = useState(false)
  const track = stage.kind === 'choice' ? stage.tracks.find((candidate) => candidate.id === trackId) : undefined
  const topics: readonly Topic[] = stage.kind === 'sequence' ? stage.topics : (track?.topics ?? [])
  // An empty stage opens too: there is nothing to hide, and its add-topic button is what it needs next.
  const [open, setOpen] = useStageOpen(planId, stage.id, current || topics.length === 0)
  const ref: TopicListRef =
    stage.kind === 'sequence' ? { stageId: stage.id } : { stageId: stage.id, trackId: track?.id ?? '' }
  const done = report?.doneMinutes ?? 0
  const total = report?.totalMinutes ?? 0
  const listName = track ? track.title : stage.title

  return (
    <section className="stage-section" aria-labelledby={headingId} data-open={open}>
      <h2 id={headingId} className="stage-heading">
        <button
          type="button"
          id={stageToggleId(stage.id)}
          className="stage-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          <span className="stage-chevron" aria-hidden="true" />
          {stage.title}
          {stage.optional ? <span className="sp-muted"> {t('roadmap.stage.optional')}</span> : null}
        </button>
      </h2>
      <div className="stage-progress">
        <progress
          max={Math.max(total, 1)}
          value={Math.min(done, total)}
          aria-label={t('roadmap.stage.progress', { stage: stage.title })}
        />
        <span>
          {report
            ? t('roadmap.stage.hoursDone', { done: formatHours(done, locale), total: formatHours(total, locale) })
            : t('roadmap.stage.notInPlan')}
        </span>
        <span className="sp-muted">
          {t('roadmap.stage.meta', {
            count: topics.length,
            hasTrack: track ? 'yes' : 'no',
            track: track?.title ?? '',
            current: current ? 'yes' : 'no'
          })}
        </span>
      </div>
      <div id={bodyId} className="stage-body" hidden={!open}>
        {open ? (
          <>
            {stage.summary ? <p className="sp-muted stage-summary">{stage.summary}</p> : null}
            <StageActions key={stage.title} roadmap={roadmap} stage={stage} editor={editor} onDeleted={onDeleted} />
            {stage.kind === 'choice' ? (
              <label className="track-choice">
                {t('roadmap.stage.trackChoice')}
                <select
                  value={track?.id ?? ''}
                  onChange={(event) => void editor.chooseTrack(stage.id, event.target.value)}
                >
                  {stage.tracks.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.title}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <ol className="topic-list">
              {topics.map((topic, index) => (
                <TopicItem
                  key={topic.id}
                  topic={topic}
                  status={topicStatus(topic, doneMinutes, known)}
                  doneMinutes={doneMinutes.get(topic.id) ?? 0}
                  titles={titles}
                  options={options}
                  isFirst={index === 0}
                  isLast={index === topics.length - 1}
                  locale={locale}
                  onEdit={(value) =>
                    editor.apply(
                      updateTopic(roadmap, topic.id, {
                        title: value.title,
                        estimatedMinutes: value.estimatedMinutes,
                        kind: value.kind,
                        prerequisites: value.prerequisites
                      }),
                      onlyRenamed(topic, value) ? UNDO_LABELS.rename(topic.title) : UNDO_LABELS.edit(topic.title),
                      true
                    )
                  }
                  onMove={(delta) =>
                    void editor.apply(moveTopic(roadmap, topic.id, delta), UNDO_LABELS.moveInRoadmap(topic.title))
                  }
                  onDelete={() => {
                    const label = UNDO_LABELS.delete(topic.title)
                    void editor.apply(deleteTopic(roadmap, topic.id), label).then((refusal) => {
                      if (refusal === null)
                        onDeleted({
                          label,
                          message: t('roadmap.stage.deletedTopic', { title: topic.title }),
                          stageId: stage.id
                        })
                    })
                  }}
                  onKnownChange={(isKnown) => editor.setKnown(topic.id, isKnown, topic.title)}
                />
              ))}
            </ol>
            {adding ? (
              <TopicForm
                legend={t('roadmap.stage.newTopic', { list: listName })}
                initial={{ title: '', estimatedMinutes: 60, kind: 'learn', prerequisites: [] }}
                options={options}
                titles={titles}
                locale={locale}
                submitLabel={t('roadmap.stage.addTopic')}
                onSubmit={async (value) => {
                  const topic: Topic = {
                    id: newTopicId(roadmap, value.title),
                    title: value.title,
                    summary: '',
                    estimatedMinutes: value.estimatedMinutes,
                    kind: value.kind,
                    prerequisites: value.prerequisites,
                    resources: [],
                    outcome: ''
                  }
                  const refusal = await editor.apply(addTopic(roadmap, ref, topic), UNDO_LABELS.add(value.title), true)
                  if (refusal === null) setAdding(false)
                  return refusal
                }}
                onCancel={() => setAdding(false)}
              />
            ) : (
              <button type="button" className="sp-button" onClick={() => setAdding(true)}>
                {t('roadmap.stage.addTopicTo', { list: listName })}
              </button>
            )}
          </>
        ) : null}
      </div>
    </section>
  )
}

/** Whether an edit changed the title and nothing else (its undo then reads 'Undo rename of …'). */
function onlyRenamed(
  topic: Topic,
  value: { title: string; estimatedMinutes: number; kind: string; prerequisites: readonly string[] }
): boolean {
  return (
    value.title !== topic.title &&
    value.estimatedMinutes === topic.estimatedMinutes &&
    value.kind === topic.kind &&
    value.prerequisites.join('\u0000') === topic.prerequisites.join('\u0000')
  )
}
