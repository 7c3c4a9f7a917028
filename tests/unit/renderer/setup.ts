// Component tests get a real IndexedDB implementation in memory, and a clean DOM and session state after each test.
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { forgetOnboardingDrafts } from '../../../src/renderer/src/features/onboarding/onboardingDraft'
import { forgetStageChoices } from '../../../src/renderer/src/features/roadmap/stageOpen'

afterEach(() => {
  cleanup()
  // What the app keeps in memory for a session goes with it: the next test is a fresh launch on a fresh database.
  forgetOnboardingDrafts()
  forgetStageChoices()
})
