// Runs only the database bench (bench/db.bench.ts) and prints its figures: `npx tsx bench/run-db.ts`.
import { run } from './db.bench'

run()
  .then((figures) => process.stdout.write(`${JSON.stringify(figures, null, 1)}\n`))
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
