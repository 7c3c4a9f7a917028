// A build step that asks V8 to compile a chunk's functions while the chunk loads rather than one by one as they first
// run (explicit compile hints: the `//# allFunctionsCalledOnLoad` magic comment, Chromium 136 and later).
import type { Plugin } from 'vite'

/** The magic comment, on a chunk's first line. */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * Prepends the hint to every chunk whose name `isEager` accepts. For a chunk whose code mostly runs at once after it
 * loads (the calendar's: FullCalendar draws a week through most of it), eager compilation is done on a background
 * thread while the script streams, instead of lazily on the main thread inside the first render. Chunks loaded for
 * later, or only partly used, are better left lazy: eager compilation costs memory and work for every function.
 */
export function eagerCompile(isEager: (chunkName: string) => boolean): Plugin {
  return {
    name: 'study-planner:eager-compile',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle))
        if (output.type === 'chunk' && isEager(output.name)) output.code = `${EAGER_COMPILE_HINT}\n${output.code}`
    }
  }
}
