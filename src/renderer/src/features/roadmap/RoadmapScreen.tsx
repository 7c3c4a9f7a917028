// The roadmap screen: the current plan's stages and topics, editable, with track choice, undo and roadmap files.
import { useDisplayLocale } from '../../components/useDisplayLocale'
import { useCallback, useMemo, useState } from 'react'
import type { Roadmap } from '../../../../shared/domain/roadmap'
import { allTopics, chosenTrackId, plannedTopics } from '../../../../shared/scheduling/topics'
import { undoText } from '../../components/undoText'
import { useCurrentPlan, usePlanSessions, useRoadmap } from '../../db/hooks'
import type { PlanRecord, SessionRecord } from '../../db/PlannerDB'
import '../../components/common.css'
import { AddStageForm } from './AddStageForm'
import { RoadmapFiles } from './RoadmapFiles'
import './roadmap.css'
import { StageSection } from './StageSection'
import { currentStageId } from './stageOpen'
import { useUndoShortcut } from '../../components/shortcuts/useUndoShortcut'
import { doneStudyMinutes } from './topicStatus'
import { UndoToast, type DeletedNotice } from './UndoToast'
import { useRoadmapEditor } from './useRoadmapEditor'
import { useT } from '../../i18n/translations'

export function RoadmapScreen() {
  const plan = useCurrentPlan()
  const roadmapRecord = useRoadmap(plan?.roadmapId)
  const sessions = usePlanSessions(plan?.id)
  const t = useT()
  if (plan === undefined) return <p aria-live="polite">{t('common.loading')}</p>
  if (!plan) {
    return (
      <section aria-labelledby="roadmap-title" className="screen">
        <h1 id="roadmap-title">{t('roadmap.screen.title')}</h1>
        <div className="empty-state">
          <h2>{t('roadmap.screen.emptyTitle')}</h2>
          <p>{t('roadmap.screen.emptyText')}</p>
        </div>
      </section>
    )
  }
  if (!roadmapRecord || !sessions) return <p aria-live="polite">{t('roadmap.screen.loadingRoadmap')}</p>
  return <RoadmapEditorView plan={plan} roadmap={roadmapRecord.roadmap} sessions={sessions} />
}

function RoadmapEditorView({
  plan,
  roadmap: stored,
  sessions
}: {
  plan: PlanRecord
  roadmap: Roadmap
  sessions: readonly SessionRecord[]
}) {
  const locale = useDisplayLocale()
  const t = useT()
  const editor = useRoadmapEditor(plan, stored)
  // An edit shows at once, while it is stored and the plan re-planned (see useRoadmapEditor).
  const roadmap = editor.roadmap
  useUndoShortcut(editor.undoLabel, () => void editor.undo())
  const doneMinutes = useMemo(() => doneStudyMinutes(sessions), [sessions])
  const entries = useMemo(() => allTopics(roadmap), [roadmap])
  const titles = useMemo(() => new Map(entries.map((entry) => [entry.topic.id, entry.topic.title])), [entries])
  // Prerequisites are picked among the topics the plan studies: every sequence stage and each choice stage's chosen
  // track (a 65-topic list with the tracks not taken was a trial's complaint). Optional topics count even when dropped.
  const options = useMemo(() => {
    const where = new Map(
      roadmap.stages.flatMap((stage) =>
        stage.kind === 'sequence'
          ? [[stage.id, stage.title] as const]
          : stage.tracks.map((track) => [`${stage.id}\u0000${track.id}`, `${stage.title} · ${track.title}`] as const)
      )
    )
    return plannedTopics(roadmap, { ...plan.settings, includeOptional: true }, entries).map((entry) => ({
      id: entry.topic.id,
      title: entry.topic.title,
      where: where.get(entry.trackId === undefined ? entry.stageId : `${entry.stageId}\u0000${entry.trackId}`) ?? ''
    }))
  }, [roadmap, plan.settings, entries])
  const known = useMemo(() => new Set(plan.settings.knownTopics), [plan.settings.knownTopics])
  const current = currentStageId(roadmap, plan.report?.stages)
  const [deleted, setDeleted] = useState<DeletedNotice | null>(null)
  const closeToast = useCallback(() => setDeleted(null), [])

  return (
    <section aria-labelledby="roadmap-title" className="screen roadmap-screen">
      <header className="roadmap-header">
        <h1 id="roadmap-title">{t('roadmap.screen.title')}</h1>
        <p className="sp-muted">{t('roadmap.screen.subtitle', { roadmap: roadmap.title })}</p>
        {editor.undoLabel ? (
          <button type="button" className="sp-button" onClick={() => void editor.undo()}>
            {undoText(t, editor.undoLabel)}
          </button>
        ) : null}
      </header>
      <RoadmapFiles roadmap={roadmap} planId={plan.id} />
      {editor.problem ? (
        <p role="alert" className="banner banner-error">
          {editor.problem}
        </p>
      ) : null}
      {roadmap.stages.map((stage) => (
        <StageSection
          key={stage.id}
          planId={plan.id}
          roadmap={roadmap}
          stage={stage}
          trackId={chosenTrackId(roadmap, plan.settings, stage.id)}
          report={plan.report?.stages.find((candidate) => candidate.stageId === stage.id)}
          current={stage.id === current}
          doneMinutes={doneMinutes}
          known={known}
          titles={titles}
          options={options}
          editor={editor}
          locale={locale}
          onDeleted={setDeleted}
        />
      ))}
      <AddStageForm roadmap={roadmap} editor={editor} />
      <UndoToast notice={deleted} undoLabel={editor.undoLabel} onUndo={editor.undo} onClose={closeToast} />
    </section>
  )
}
