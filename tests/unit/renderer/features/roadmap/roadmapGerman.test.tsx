// The roadmap screen in German: headings, buttons, statuses and kinds from the catalog, and counts that agree.
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { de } from '../../../../../src/shared/i18n/catalogs/de'
import { translatorFor } from '../../../../../src/shared/i18n/translator'
import { installCatalog } from '../../../../../src/renderer/src/i18n/translations'
import { DatabaseProvider, DatabaseReady } from '../../../../../src/renderer/src/db/DatabaseContext'
import { PlannerDB } from '../../../../../src/renderer/src/db/PlannerDB'
import { createRepositories } from '../../../../../src/renderer/src/db/repositories'
import { ShortcutsListProvider } from '../../../../../src/renderer/src/components/shortcuts/ShortcutsList'
import { PlatformProvider } from '../../../../../src/renderer/src/platform/PlatformContext'
import { RoadmapScreen } from '../../../../../src/renderer/src/features/roadmap/RoadmapScreen'
import { ImportChoice } from '../../../../../src/renderer/src/features/roadmap/ImportChoice'
import { parseEstimateHours } from '../../../../../src/renderer/src/features/roadmap/estimateHours'
import { checkEdit, deleteTopic } from '../../../../../src/renderer/src/features/roadmap/roadmapEdits'
import { chainRoadmap } from '../../../shared/backup/backupFixtures'
import { NOW, smallPlan } from '../../db/planFixtures'
import { createFakePlatform } from '../../fakePlatform'

const LAZY = { timeout: 15_000 }
const speakGerman = () => installCatalog('de', 'de-DE', de)
const t = translatorFor('de-DE', de)
const openDbs: PlannerDB[] = []
afterEach(async () => {
  for (const db of openDbs.splice(0)) {
    db.close()
    await Dexie.delete(db.name)
  }
})

/** The roadmap screen on a plan whose first stage has two topics and whose second has one. */
async function renderRoadmap() {
  const db = new PlannerDB(`roadmap-de-${Math.random()}`)
  openDbs.push(db)
  const created = await createRepositories(db).plans.createPlan(smallPlan({ roadmap: chainRoadmap('rust', 3) }), NOW)
  if (!created.ok) throw new Error(created.error.message)
  speakGerman()
  render(
    <PlatformProvider platform={createFakePlatform({ desktop: null })}>
      <DatabaseProvider db={db}>
        <DatabaseReady>
          <ShortcutsListProvider>
            <RoadmapScreen />
          </ShortcutsListProvider>
        </DatabaseReady>
      </DatabaseProvider>
    </PlatformProvider>
  )
  await screen.findByRole('region', { name: 'First' }, LAZY)
  return userEvent.setup()
}

describe('the roadmap in German', () => {
  it('names the screen, a stage’s hours and topic count (1 and 2), statuses, kinds and buttons in German', async () => {
    const user = await renderRoadmap()
    expect(screen.getByRole('heading', { level: 1, name: 'Lernpfad' })).toBeTruthy()
    const first = screen.getByRole('region', { name: 'First' })
    expect(within(first).getByRole('progressbar', { name: 'Fortschritt: First' })).toBeTruthy()
    expect(within(first).getByText('0 von 4 Stunden erledigt')).toBeTruthy()
    expect(within(first).getByText('2 Themen · aktuelle Etappe')).toBeTruthy()
    expect(within(screen.getByRole('region', { name: 'Second' })).getByText('1 Thema')).toBeTruthy()
    const topic = within(screen.getByRole('listitem', { name: 'Topic rust-t1' }))
    expect(topic.getByText('Nicht begonnen')).toBeTruthy()
    expect(topic.getByText('Lernen')).toBeTruthy()
    expect(topic.getByText('Voraussetzungen')).toBeTruthy()
    expect(topic.getByRole('button', { name: 'Topic rust-t1 bearbeiten' }).textContent).toBe('Bearbeiten')
    expect(topic.getByRole('checkbox', { name: 'Schon bekannt: Topic rust-t1' })).toBeTruthy()
    expect(within(first).getByRole('button', { name: 'Etappe umbenennen: First' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Lernpfad exportieren (JSON)' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Etappe hinzufügen' })).toBeTruthy()

    await user.click(within(first).getByRole('button', { name: 'Thema zu First hinzufügen' }))
    const form = screen.getByRole('group', { name: 'Neues Thema in First' })
    expect(within(form).getByText('Zum Beispiel 1,5 für anderthalb Stunden.')).toBeTruthy()
    expect(within(form).getByRole('option', { name: 'Meilenstein' })).toBeTruthy()
    expect(within(form).getByText('3 Themen aus deinen Etappen und gewählten Schwerpunkten')).toBeTruthy()
    await user.type(within(form).getByRole('searchbox', { name: 'Themen durchsuchen' }), 'rust-t2')
    expect(within(form).getByText('1 von 3 Themen passt')).toBeTruthy()
    await user.click(within(form).getByRole('button', { name: 'Thema hinzufügen' }))
    expect(within(form).getByText('Ein Thema braucht einen Titel.')).toBeTruthy()
  })

  it('says what a roadmap file holds with German plurals', () => {
    speakGerman()
    const one = chainRoadmap('one', 1)
    const single = { ...one, stages: one.stages.slice(0, 1) }
    const { unmount } = render(
      <ImportChoice fileName="a.json" roadmap={single} onNewPlan={() => {}} onReplace={() => {}} onCancel={() => {}} />
    )
    expect(screen.getByText(/^Die Datei enthält den Lernpfad „Roadmap one“: 1 Etappe, 1 Thema\./)).toBeTruthy()
    unmount()
    render(
      <ImportChoice
        fileName="b.json"
        roadmap={chainRoadmap('two', 4)}
        onNewPlan={() => {}}
        onReplace={() => {}}
        onCancel={() => {}}
      />
    )
    expect(screen.getByText(/^Die Datei enthält den Lernpfad „Roadmap two“: 2 Etappen, 4 Themen\./)).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Wofür soll „b.json“ verwendet werden?' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Lernpfad dieses Plans ersetzen' })).toBeTruthy()
  })

  it('refuses a wrong estimate and a broken edit in German', () => {
    const refusal = (text: string) => {
      const parsed = parseEstimateHours(text, 'de-DE', t)
      return parsed.ok ? parsed.minutes : parsed.message
    }
    expect(refusal('zwei')).toBe('Gib die Schätzung in Stunden an, zum Beispiel 1,5.')
    expect(refusal('1001')).toBe('Die Schätzung darf höchstens 1.000 Stunden betragen.')
    const roadmap = chainRoadmap('r', 3)
    expect(checkEdit(deleteTopic(roadmap, 'r-t1'), roadmap, t)).toEqual({
      ok: false,
      message:
        'Nicht gespeichert: „Topic r-t2“ setzt „Topic r-t1“ voraus, das es dann nicht mehr gäbe. Entferne zuerst diese Voraussetzung.'
    })
  })
})
