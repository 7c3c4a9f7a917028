// One stage of the roadmap: its progress bar, the track choice of a choice stage, its topics and an add-topic form.
import { useId, useState } from 'react'
import type { Roadmap, Stage, Topic } from '../../../../shared/domain/roadmap'
import type { StageReport } from '../../../../shared/domain/schedule'
import { UNDO_LABELS } from '../../db/undoLabels'
import { formatHours } from '../../../../shared/format'
import { StageActions } from './StageActions'
import { addTopic, deleteTopic, moveTopic, newTopicId, updateTopic, type TopicListRef } from './roadmapEdits'
import { TopicForm, type TopicOption } from './TopicForm'
import { TopicItem } from './TopicItem'
import { topicStatus } from './topicStatus'
import type { RoadmapEditor } from './useRoadmapEditor'

interface StageSectionProps {
  readonly roadmap: Roadmap
  readonly stage: Stage
  /** The chosen track of a choice stage. */
  readonly trackId: string | undefined
  readonly report: StageReport | undefined
  readonly doneMinutes: ReadonlyMap<string, number>
  /** Topics the learner marked as already known. */
  readonly known: ReadonlySet<string>
  readonly titles: ReadonlyMap<string, string>
  readonly options: readonly TopicOption[]
  readonly editor: RoadmapEditor
  readonly locale: string
}

export function StageSection({
  roadmap,
  stage,
  trackId,
  report,
  doneMinutes,
  known,
  titles,
  options,
  editor,
  locale
}: StageSectionProps) {
  const headingId = useId()
  const [adding, setAdding] = useState(false)
  const track = stage.kind === 'choice' ? stage.tracks.find((candidate) => candidate.id === trackId) : undefined
  const topics: readonly Topic[] = stage.kind === 'sequence' ? stage.topics : (track?.topics ?? [])
  const ref: TopicListRef =
    stage.kind === 'sequence' ? { stageId: stage.id } : { stageId: stage.id, trackId: track?.id ?? '' }
  const done = report?.doneMinutes ?? 0
  const total = report?.totalMinutes ?? 0

  return (
    <section className="stage-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {stage.title}
        {stage.optional ? <span className="sp-muted"> (optional)</span> : null}
      </h2>
      {stage.summary ? <p className="sp-muted">{stage.summary}</p> : null}
      <StageActions key={stage.title} roadmap={roadmap} stage={stage} editor={editor} />
      <div className="stage-progress">
        <progress max={Math.max(total, 1)} value={Math.min(done, total)} aria-label={`${stage.title} progress`} />
        <span>
          {report ? `${formatHours(done, locale)} of ${formatHours(total, locale)} hours done` : 'Not in the plan'}
        </span>
      </div>
      {stage.kind === 'choice' ? (
        <label className="track-choice">
          Specialization track
          <select value={track?.id ?? ''} onChange={(event) => void editor.chooseTrack(stage.id, event.target.value)}>
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
            titles={titles}
            options={options}
            isFirst={index === 0}
            isLast={index === topics.length - 1}
            locale={locale}
            onEdit={(value) =>
              editor.apply(
                updateTopic(roadmap, topic.id, {
                  estimatedMinutes: value.estimatedMinutes,
                  kind: value.kind,
                  prerequisites: value.prerequisites
                }),
                UNDO_LABELS.edit(topic.title),
                true
              )
            }
            onMove={(delta) =>
              void editor.apply(moveTopic(roadmap, topic.id, delta), UNDO_LABELS.moveInRoadmap(topic.title))
            }
            onDelete={() => void editor.apply(deleteTopic(roadmap, topic.id), UNDO_LABELS.delete(topic.title))}
            onKnownChange={(isKnown) => editor.setKnown(topic.id, isKnown, topic.title)}
          />
        ))}
      </ol>
      {adding ? (
        <TopicForm
          legend={`New topic in ${track ? track.title : stage.title}`}
          initial={{ title: '', estimatedMinutes: 60, kind: 'learn', prerequisites: [] }}
          withTitle
          options={options}
          submitLabel="Add topic"
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
          Add a topic to {track ? track.title : stage.title}
        </button>
      )}
    </section>
  )
}
