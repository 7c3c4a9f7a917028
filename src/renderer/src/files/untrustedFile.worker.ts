// The worker that reads and validates one untrusted file off the page's thread; the page terminates it past its budget.
import { runUntrustedTask, type UntrustedTask, type WorkerReply } from './untrustedFileTask'

// The DOM lib types `self` as a Window; in a dedicated worker it is the worker's global scope, which posts like a Worker.
const scope = self as unknown as Pick<Worker, 'addEventListener' | 'postMessage'>

scope.addEventListener('message', (event: MessageEvent<UntrustedTask>) => {
  runUntrustedTask(event.data).then(
    (answer) => scope.postMessage({ ok: true, answer } satisfies WorkerReply, []),
    (error: unknown) =>
      scope.postMessage(
        { ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply,
        []
      )
  )
})
