// Component tests get a real IndexedDB implementation in memory, and a clean DOM and session state after each test.
import 'fake-indexeddb/auto'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { en } from '../../../src/shared/i18n/catalogs/en'
import { installCatalog } from '../../../src/renderer/src/i18n/translations'
import { forgetOnboardingDrafts } from '../../../src/renderer/src/features/onboarding/onboardingDraft'
import { forgetStageChoices } from '../../../src/renderer/src/features/roadmap/stageOpen'

// Components speak English unless a test installs another catalog.
const speakEnglish = () => installCatalog('en', 'en-US', en)
speakEnglish()

afterEach(() => {
  cleanup()
  speakEnglish()
  // What the app keeps in memory for a session goes with it: the next test is a fresh launch on a fresh database.
  forgetOnboardingDrafts()
  forgetStageChoices()
})
