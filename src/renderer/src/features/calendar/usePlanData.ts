// Everything the calendar screen shows about the current plan, read live from the database.
import { useMemo } from 'react'
import type { Stage, Topic } from '../../../../shared/domain/roadmap'
import { allTopics } from '../../../../shared/scheduling/topics'
import { usePlanSessions, useRoadmap, useUndoLabel } from '../../db/hooks'
import type { PlanRecord, SessionRecord } from '../../db/PlannerDB'

export interface PlanData {
  readonly sessions: readonly SessionRecord[]
  readonly stages: readonly Stage[]
  readonly roadmap: RoadmapOf
  readonly topicsById: ReadonlyMap<string, { topic: Topic; stage: Stage }>
  readonly undoLabel: string | null
}

type RoadmapOf = NonNullable<ReturnType<typeof useRoadmap>>['roadmap']

/** The plan's sessions, roadmap and undo step; undefined while any of them is loading. */
export function usePlanData(plan: PlanRecord): PlanData | undefined {
  const sessions = usePlanSessions(plan.id)
  const roadmapRecord = useRoadmap(plan.roadmapId)
  const undoLabel = useUndoLabel(plan.id)
  const roadmap = roadmapRecord?.roadmap
  const topicsById = useMemo(() => {
    const stages = new Map(roadmap?.stages.map((stage) => [stage.id, stage]))
    return new Map(
      (roadmap ? allTopics(roadmap) : []).map((entry) => [
        entry.topic.id,
        { topic: entry.topic, stage: stages.get(entry.stageId)! }
      ])
    )
  }, [roadmap])
  if (!sessions || !roadmap || undoLabel === undefined) return undefined
  return { sessions, stages: roadmap.stages, roadmap, topicsById, undoLabel }
}
