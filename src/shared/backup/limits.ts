// Hard bounds on backup and roadmap files, so hostile or corrupt input stays cheap to check and small in memory.

/** Bounds every imported file must respect; far above any real learner's data. */
export const FILE_LIMITS = {
  /** Longest file text accepted, in UTF-16 code units (about 60 MB of ASCII). */
  maxTextLength: 60 * 1024 * 1024,
  /** Longest string anywhere in a file: a 10 MB string is refused wherever it sits. */
  maxStringLength: 100_000,
  /** Longest id or key. */
  maxIdLength: 200,
  /** Longest title or label. */
  maxTitleLength: 500,
  /** Longest summary, outcome or description. */
  maxTextFieldLength: 20_000,
  /** Deepest nesting of arrays and objects. */
  maxDepth: 32,
  /** Most JSON values (objects, arrays, strings, numbers...) in one file. */
  maxNodes: 20_000_000,
  maxRoadmaps: 1_000,
  maxPlans: 1_000,
  maxSessions: 500_000,
  maxStudyLog: 500_000,
  maxReviews: 200_000,
  maxNotes: 100_000,
  maxSettings: 10_000,
  maxStages: 500,
  maxTopicsPerList: 5_000,
  maxTracks: 50,
  maxResources: 50,
  maxPrerequisites: 200,
  maxWindows: 500,
  maxBlackouts: 5_000,
  maxBusy: 50_000,
  /** Earliest instant accepted anywhere: 1900-01-01T00:00:00Z (the engine's own bound). */
  minInstant: Date.UTC(1900, 0, 1),
  /** Latest instant accepted anywhere: 3000-01-01T00:00:00Z (exclusive). */
  maxInstant: Date.UTC(3000, 0, 1) - 1
} as const

/**
 * Longest backup text, in UTF-16 code units (JavaScript string length): the one number main checks before it saves a
 * backup, the IPC contract checks on the way there, and {@link FILE_LIMITS.maxTextLength} makes restore check. Main once
 * kept 64 MiB while restore allowed 60 MiB, so a 63,000,172-character backup was saved that restore then refused.
 */
export const MAX_BACKUP_TEXT_LENGTH: number = FILE_LIMITS.maxTextLength

/** Object keys refused anywhere in a file: they can reach an object's prototype when code copies records around. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])
