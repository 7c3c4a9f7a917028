// Public entry of the file formats: backups, roadmap files and Markdown outlines, with their validators.
export { BACKUP_FORMAT, BACKUP_VERSION, readBackup, serializeBackup, summarizeBackup } from './backupFile'
export type { BackupFile, BackupSummary, ValidBackup } from './backupFile'
export { ROADMAP_FORMAT, ROADMAP_FILE_VERSION, readRoadmapFile, serializeRoadmapFile } from './roadmapFile'
export { importMarkdownOutline } from './markdownOutline'
export type { MarkdownOutlineOptions } from './markdownOutline'
export { FILE_LIMITS, FORBIDDEN_KEYS, MAX_BACKUP_TEXT_LENGTH } from './limits'
export type { FileProblem, FileResult } from './problem'
export { BACKUP_TABLES, sessionRecordId } from './records'
export type {
  BackupData,
  BackupTable,
  PlanRecord,
  ReviewRow,
  RoadmapRecord,
  SessionRecord,
  SettingRecord,
  StudyLogRecord
} from './records'
export { roadmapSchema, planSettingsSchema, availabilitySchema } from './domainSchemas'
