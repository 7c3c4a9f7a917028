// Public entry of .ics files (RFC 5545): busy-time import and study-session export.
export { importBusyIcs, DEFAULT_MAX_INTERVALS, MAX_EXPANSION_STEPS_PER_FILE } from './icsImport'
export { MAX_EXPANSION_STEPS_PER_EVENT } from './recurrenceExpansion'
export type { BusyInterval, ImportBusyOptions, ImportBusyResult, ImportNote } from './icsImport'
export {
  exportSessionsIcs,
  sessionUid,
  IcsExportError,
  DEFAULT_PRODUCT_ID,
  DONE_CATEGORY,
  DONE_MARK
} from './icsExport'
export type { IcsExportOptions, IcsSession } from './icsExport'
export type { IcsProblem } from './icsParse'
export {
  DEFAULT_EXPORT_CHOICES,
  exportRangeProblem,
  exportWindow,
  planExportSessions,
  topicDescription
} from './planExport'
export type { ExportRange, ExportRangeProblem, PlanExportChoices, PlanExportInput } from './planExport'
