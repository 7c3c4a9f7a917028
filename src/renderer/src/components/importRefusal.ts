// What the learner reads when a roadmap file is refused: the file, where in it (in words), what is wrong, what to do.

/** Singular names of the lists a roadmap file holds, for "stage 2, topic 3". */
const LIST_NAMES: Record<string, string> = {
  stages: 'stage',
  tracks: 'track',
  topics: 'topic',
  resources: 'resource',
  prerequisites: 'prerequisite'
}

/**
 * Where in the file a problem is, as a reader counts: 'roadmap.stages[0].topics[2].estimatedMinutes' becomes
 * 'stage 1, topic 3, estimatedMinutes'; a line number stays; the whole file or its format names no place (undefined).
 */
export function placeInFile(where: string | undefined): string | undefined {
  if (where === undefined || where === '' || where === 'file' || where === 'format' || where === 'roadmap')
    return undefined
  if (/^line \d+/.test(where)) return where
  return where
    .replace(/^roadmap\./, '')
    .replace(/([A-Za-z]+)\[(\d+)\]/g, (whole: string, list: string, index: string) =>
      LIST_NAMES[list] ? `${LIST_NAMES[list]} ${Number(index) + 1}` : whole
    )
    .split('.')
    .join(', ')
}

/**
 * e.g. '“ml.json” was not imported (stage 1, topic 3, estimatedMinutes): Too small… Fix that part of the file and
 * import it again; nothing was changed.' or '… (line 6): …'.
 */
export function importRefusalText(
  fileName: string,
  error: { readonly where?: string | undefined; readonly message: string }
): string {
  const place = placeInFile(error.where)
  const message = /[.!?]$/.test(error.message.trim()) ? error.message.trim() : `${error.message.trim()}.`
  return `“${fileName}” was not imported${place ? ` (${place})` : ''}: ${message} Fix that part of the file and import it again; nothing was changed.`
}
