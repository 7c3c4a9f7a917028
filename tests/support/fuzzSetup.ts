// Vitest setup for every project: properties that state no case count run fast-check's 100, scaled under FUZZ=long.
import fc from 'fast-check'
import { cases } from './fuzz'

fc.configureGlobal({ numRuns: cases(100) })
