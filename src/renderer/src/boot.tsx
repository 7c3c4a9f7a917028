// Loaded after the first paint: the app with its platform bridge and database (Dexie, repositories, engine, validators).
import { App } from './App'
import { PlannerDB } from './db/PlannerDB'
import { detectPlatform } from './platform/PlatformContext'

// Module scope: this module loads once, so there is one platform bridge and one database however often Boot renders.
const platform = detectPlatform(window)
const db = new PlannerDB()

export function Boot() {
  return <App platform={platform} db={db} />
}
