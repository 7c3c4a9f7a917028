// "All plans" in Settings: every plan, archived ones too, to show, rename, archive, bring back or delete; and New plan.
import { useNewPlanRequests } from '../../../components/newPlanRequest'
import { useChoosePlan, useCurrentPlan, usePlans } from '../../../db/hooks'
import { PlanRow } from './PlanRow'
import { usePlanActions } from './usePlanActions'
import { useT } from '../../../i18n/translations'
import './plans.css'

export function PlansSection() {
  const plans = usePlans()
  const current = useCurrentPlan()
  const choose = useChoosePlan()
  const newPlan = useNewPlanRequests()
  const actions = usePlanActions()
  const t = useT()

  return (
    <section aria-labelledby="plans-title" className="settings-section">
      <h2 id="plans-title">{t('settings.plans.heading')}</h2>
      <p className="muted">{t('settings.plans.intro')}</p>
      {plans === undefined ? (
        <p aria-live="polite">{t('settings.plans.loading')}</p>
      ) : plans.length === 0 ? (
        <p>{t('settings.plans.none')}</p>
      ) : (
        <ul className="plan-list" aria-label={t('settings.plans.heading')}>
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
          {t('settings.plans.newPlan')}
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
