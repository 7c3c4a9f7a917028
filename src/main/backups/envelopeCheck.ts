// Checks a backup's JSON text off the main thread: JSON.parse of a 15 MB backup there stalled main for about 300 ms.
import { Worker } from 'node:worker_threads'
import { checkEnvelope, parseBackupText } from './backupEnvelope'

/**
 * Runs in a worker thread: parses the text and sends back only the envelope's fields, with `data` reduced to an empty
 * object (or null when it is not one) and over-long strings cut, so the answer is small. Plain CommonJS, as an eval'd
 * worker runs it; no file to bundle or unpack.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const small = (value) => (typeof value === 'string' && value.length > 200 ? value.slice(0, 201) : value)
try {
  const json = JSON.parse(workerData)
  if (typeof json !== 'object' || json === null || Array.isArray(json)) parentPort.postMessage({ parsed: true, envelope: Array.isArray(json) ? [] : small(json) })
  else {
    const data = typeof json.data === 'object' && json.data !== null ? {} : json.data === undefined ? undefined : null
    parentPort.postMessage({ parsed: true, envelope: { format: small(json.format), version: small(json.version), exportedAt: small(json.exportedAt), data } })
  }
} catch (error) {
  parentPort.postMessage({ parsed: false, reason: 'not JSON: ' + String(error && error.message).slice(0, 200) })
}
`

type WorkerAnswer = { parsed: true; envelope: unknown } | { parsed: false; reason: string }

/**
 * Whether `text` is JSON with a valid backup envelope, decided in a worker thread; the main thread only copies the
 * text to it and checks the small envelope that comes back with the same schema as {@link checkEnvelope}. Should the
 * thread fail to start or die before it answers, the text is checked here instead: slower, never a wrong answer.
 */
export function checkBackupTextOffThread(text: string): Promise<{ ok: true } | { ok: false; reason: string }> {
  return new Promise((resolve) => {
    // No execArgv: the thread needs no flags, and must not run a --require meant for the main process.
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: text, execArgv: [] })
    let settled = false
    const settle = (result: { ok: true } | { ok: false; reason: string }) => {
      if (settled) return
      settled = true
      resolve(result)
      void worker.terminate()
    }
    worker.once('message', (answer: WorkerAnswer) => {
      if (!answer.parsed) return settle({ ok: false, reason: answer.reason })
      const checked = checkEnvelope(answer.envelope)
      settle(checked.ok ? { ok: true } : { ok: false, reason: checked.reason })
    })
    const onThisThread = () => {
      if (settled) return
      const checked = parseBackupText(text)
      settle(checked.ok ? { ok: true } : { ok: false, reason: checked.reason })
    }
    worker.once('error', onThisThread)
    worker.once('exit', onThisThread)
  })
}
