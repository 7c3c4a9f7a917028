// "All plans" in Settings: every plan, archived ones too, to show, rename, archive, bring back or delete; and New plan.
import { useNewPlanRequests } from '../../../components/newPlanRequest'
import { useChoosePlan, useCurrentPlan, usePlans } from '../../../db/hooks'
import { PlanRow } from './PlanRow'
import { usePlanActions } from './usePlanActions'
import './plans.css'

export function PlansSection() {
  const plans = usePlans()
  const current = useCurrentPlan()
  const choose = useChoosePlan()
  const newPlan = useNewPlanRequests()
  const actions = usePlanActions()

  return (
    <section aria-labelledby="plans-title" className="settings-section">
      <h2 id="plans-title">All plans</h2>
      <p className="muted">
        Reminders come from every plan that is not archived; the calendar, Today and Progress show the plan chosen under
        “Current plan”.
      </p>
      {plans === undefined ? (
        <p aria-live="polite">Loading…</p>
      ) : plans.length === 0 ? (
        <p>No plans yet.</p>
      ) : (
        <ul className="plan-list" aria-label="All plans">
          {plans.map((plan) => (
            <PlanRow
              key={plan.id}
              plan={plan}
              shown={plan.id === current?.id}
              backupWhere={actions.where}
              onShow={() => void choose(plan.id)}
              onRename={(title) => actions.rename(plan, title)}
              onArchive={(archived) => void actions.setArchived(plan, archived)}
              onDelete={() => void actions.remove(plan)}
            />
          ))}
        </ul>
      )}
      <div className="pause-row">
        <button type="button" onClick={() => newPlan.start()}>
          New plan…
        </button>
      </div>
      {actions.message ? (
        <p
          role={actions.message.error ? 'alert' : 'status'}
          className={actions.message.error ? 'banner banner-error' : 'muted'}
        >
          {actions.message.text}
        </p>
      ) : null}
    </section>
  )
}
