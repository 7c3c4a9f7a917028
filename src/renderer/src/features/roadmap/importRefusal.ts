// What the learner reads when a roadmap file is refused: the file, where in it, and what is wrong.

/** e.g. '“ml.json” was not imported (roadmap.stages[0].topics[2].estimatedMinutes): Too small…' or '(line 6)'. */
export function importRefusalText(fileName: string, error: { readonly where?: string | undefined; readonly message: string }): string {
  return `“${fileName}” was not imported${error.where ? ` (${error.where})` : ''}: ${error.message}`
}
