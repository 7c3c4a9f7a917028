// The plan switcher in the shell: every plan not archived, the shown one selected, and "New plan…".
import { useId } from 'react'
import { isActivePlan } from '../db/chosenPlan'
import { useChoosePlan, useCurrentPlan, usePlans } from '../db/hooks'
import { useNewPlanRequests } from './newPlanRequest'
import { useT } from '../i18n/translations'

/** The option value that starts a new plan: no plan id has this form (ids start with "plan-"). */
const NEW_PLAN = 'new-plan'

export function PlanSwitcher() {
  const id = useId()
  const plans = usePlans()
  const current = useCurrentPlan()
  const choose = useChoosePlan()
  const newPlan = useNewPlanRequests()
  const t = useT()
  // First run has no plan to switch from: its steps fill the calendar anyway.
  if (!plans || current === undefined || plans.length === 0) return null
  const active = plans.filter(isActivePlan)
  const value = newPlan.request ? NEW_PLAN : (current?.id ?? '')

  return (
    <div className="plan-switcher">
      <label htmlFor={id}>{t('common.planSwitcher.label')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = event.target.value
          if (chosen === NEW_PLAN) return newPlan.start()
          newPlan.close()
          void choose(chosen)
        }}
      >
        {current === null ? <option value="">{t('common.planSwitcher.noActive')}</option> : null}
        {active.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {plan.title}
          </option>
        ))}
        <option value={NEW_PLAN}>{t('common.planSwitcher.newPlan')}</option>
      </select>
    </div>
  )
}
