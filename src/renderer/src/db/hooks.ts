// Live data hooks for features (inside <DatabaseReady>): each re-renders when the rows it read change. Undefined means
// "still loading".
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback } from 'react'
import { chosenPlan, CHOSEN_PLAN_KEY, isActivePlan, isChosenPlanId } from './chosenPlan'
import { readDailyBackupStatus, type DailyBackupStatus } from './dailyBackup'
import { useRepositories } from './DatabaseContext'
import type { PlanRecord, ReviewRow, RoadmapRecord, SessionRecord, StudyLogRecord } from './PlannerDB'

/** Every plan, oldest first; undefined while loading. */
export function usePlans(): PlanRecord[] | undefined {
  const repos = useRepositories()
  return useLiveQuery(() => repos.plans.listPlans(), [repos])
}

/**
 * The plan every screen shows: the one the learner chose in the plan switcher, else the newest plan not archived;
 * null when there is none, undefined while loading.
 */
export function useCurrentPlan(): PlanRecord | null | undefined {
  const repos = useRepositories()
  return useLiveQuery(async () => {
    const [plans, chosenId] = await Promise.all([
      repos.plans.listPlans(),
      repos.settings.get(CHOSEN_PLAN_KEY, isChosenPlanId, null)
    ])
    return chosenPlan(plans, chosenId)
  }, [repos])
}

/** Stores which plan every screen shows (survives a restart). */
export function useChoosePlan(): (planId: string) => Promise<void> {
  const repos = useRepositories()
  return useCallback(async (planId: string) => repos.settings.set(CHOSEN_PLAN_KEY, planId), [repos])
}

/** A plan the learner follows, with what its reminders are made from. */
export interface ReminderPlanSource {
  readonly plan: PlanRecord
  readonly roadmap: RoadmapRecord['roadmap']
  /** The plan's sessions overlapping the range asked for, by start time (all statuses). */
  readonly sessions: SessionRecord[]
}

/**
 * Every followed plan with its roadmap and its sessions overlapping [fromMs, toMs), live; undefined while loading.
 * Every plan not archived is followed, whichever one the screens show.
 */
export function useReminderSources(
  fromMs: number,
  toMs: number
): { readonly fromMs: number; readonly plans: ReminderPlanSource[] } | undefined {
  const repos = useRepositories()
  return useLiveQuery(async () => {
    const followed = (await repos.plans.listPlans()).filter(isActivePlan)
    const plans = await Promise.all(
      followed.map(async (plan) => {
        const [record, sessions] = await Promise.all([
          repos.roadmaps.getRoadmap(plan.roadmapId),
          repos.plans.sessionsBetween(plan.id, fromMs, toMs)
        ])
        return record ? [{ plan, roadmap: record.roadmap, sessions }] : []
      })
    )
    return { fromMs, plans: plans.flat() }
  }, [repos, fromMs, toMs])
}

/** One plan; null when there is no such plan, undefined while loading. */
export function usePlan(planId: string | null | undefined): PlanRecord | null | undefined {
  const repos = useRepositories()
  return useLiveQuery(async () => (planId ? ((await repos.plans.getPlan(planId)) ?? null) : undefined), [repos, planId])
}

/** Sessions of a plan overlapping [fromMs, toMs) (all statuses), by start time; undefined while loading. */
export function useWeekSessions(
  planId: string | null | undefined,
  fromMs: number,
  toMs: number
): SessionRecord[] | undefined {
  const repos = useRepositories()
  return useLiveQuery(
    () => (planId ? repos.plans.sessionsBetween(planId, fromMs, toMs) : undefined),
    [repos, planId, fromMs, toMs]
  )
}

/** Every session of a plan by start time; undefined while loading. */
export function usePlanSessions(planId: string | null | undefined): SessionRecord[] | undefined {
  const repos = useRepositories()
  return useLiveQuery(() => (planId ? repos.plans.allSessions(planId) : undefined), [repos, planId])
}

/** One session by its global id (`<planId>/<sessionId>`); null when absent, undefined while loading. */
export function useSession(id: string | null | undefined): SessionRecord | null | undefined {
  const repos = useRepositories()
  return useLiveQuery(async () => (id ? ((await repos.plans.getSession(id)) ?? null) : undefined), [repos, id])
}

/** The learner's notes on a topic of a plan ('' for none); undefined while loading. */
export function useTopicNote(
  planId: string | null | undefined,
  topicId: string | null | undefined
): string | undefined {
  const repos = useRepositories()
  return useLiveQuery(
    () => (planId && topicId ? repos.notes.getNote(planId, topicId) : undefined),
    [repos, planId, topicId]
  )
}

/** Every stored roadmap; undefined while loading. */
export function useRoadmaps(): RoadmapRecord[] | undefined {
  const repos = useRepositories()
  return useLiveQuery(() => repos.roadmaps.listRoadmaps(), [repos])
}

/** One stored roadmap; null when absent, undefined while loading. */
export function useRoadmap(id: string | null | undefined): RoadmapRecord | null | undefined {
  const repos = useRepositories()
  return useLiveQuery(async () => (id ? ((await repos.roadmaps.getRoadmap(id)) ?? null) : undefined), [repos, id])
}

/** The label of what Undo would revert in a plan ('Mark done', 'Move'...), null when nothing; undefined while loading. */
export function useUndoLabel(planId: string | null | undefined): string | null | undefined {
  const repos = useRepositories()
  return useLiveQuery(() => (planId ? repos.sessions.undoLabel(planId) : undefined), [repos, planId])
}

/** The study log of a plan (actual minutes per done session); undefined while loading. */
export function useStudyLog(planId: string | null | undefined): StudyLogRecord[] | undefined {
  const repos = useRepositories()
  return useLiveQuery(() => (planId ? repos.sessions.studyLog(planId) : undefined), [repos, planId])
}

/** The recall ratings of a plan, oldest first; undefined while loading. */
export function usePlanRatings(planId: string | null | undefined): ReviewRow[] | undefined {
  const repos = useRepositories()
  return useLiveQuery(() => (planId ? repos.sessions.ratings(planId) : undefined), [repos, planId])
}

/** How many rows each user table holds; undefined while loading. */
export function useDataCounts():
  | Record<'roadmaps' | 'plans' | 'sessions' | 'studyLog' | 'reviews' | 'notes' | 'settings', number>
  | undefined {
  const repos = useRepositories()
  return useLiveQuery(() => repos.backup.counts(), [repos])
}

/** The daily backup's last outcome (Settings shows it and updates when a backup is made or fails); undefined while loading. */
export function useDailyBackupStatus(): DailyBackupStatus | undefined {
  const repos = useRepositories()
  return useLiveQuery(() => readDailyBackupStatus(repos.settings), [repos])
}
