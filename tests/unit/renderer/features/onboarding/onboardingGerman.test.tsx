// The first run in German: the steps, the roadmap choice's stage count (1 and several) and the preview's words.
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { de } from '../../../../../src/shared/i18n/catalogs/de'
import { installCatalog } from '../../../../../src/renderer/src/i18n/translations'
import { aiEngineerRoadmap } from '../../../../../src/shared/roadmaps/aiEngineer'
import { Onboarding } from '../../../../../src/renderer/src/features/onboarding/Onboarding'
import { chainRoadmap } from '../../../shared/backup/backupFixtures'
import type { ImportRoadmapResult } from '../../../../../src/renderer/src/features/onboarding/RoadmapChoice'
import type { NewPlanInput } from '../../../../../src/renderer/src/components/planInputs/planInput'

const now = Date.UTC(2027, 0, 4, 8, 0) // Monday 4 January 2027

describe('the first run in German', () => {
  it('asks its questions, counts stages and offers Create plan in German', async () => {
    installCatalog('de', 'de-DE', de)
    const one = chainRoadmap('one', 1)
    render(
      <Onboarding
        roadmaps={[aiEngineerRoadmap, { ...one, stages: one.stages.slice(0, 1) }]}
        now={now}
        timeZone="Europe/Rome"
        locale="de-DE"
        firstDay={1}
        previewDelayMs={0}
        onCreatePlan={vi.fn<(input: NewPlanInput) => Promise<void>>(async () => {})}
        onImportRoadmap={vi.fn<(file: File) => Promise<ImportRoadmapResult>>(async () => ({
          ok: false,
          message: 'kaputt'
        }))}
      />
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Plane dein Lernen' })).toBeTruthy()
    expect(screen.getByRole('group', { name: '1. Was möchtest du lernen?' })).toBeTruthy()
    expect(screen.getByText(`· ${aiEngineerRoadmap.stages.length} Etappen`)).toBeTruthy()
    expect(screen.getByText('· 1 Etappe')).toBeTruthy()
    expect(screen.getByText('Lernpfad importieren…')).toBeTruthy()
    expect(screen.getByRole('heading', { level: 2, name: 'Dein Plan' })).toBeTruthy()
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Plan erstellen' })).toHaveProperty('disabled', false)
    )
    expect(screen.getByText('Insgesamt zu lernen')).toBeTruthy()
    expect(screen.getByText('Erste Lerneinheit')).toBeTruthy()
    expect(screen.getByRole('group', { name: /^\d\. Wann kannst du lernen\?$/ })).toBeTruthy()
  })
})
