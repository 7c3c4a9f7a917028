// English messages: errors. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
/**
 * Why a repeat rule is refused before it is expanded (an event's, or a time zone's clock changes): a select branch per
 * reason, each with the rule's text in front. Part of errors.ics.skipped.rule and errors.ics.skipped.zone.
 */
const RULE_REASONS =
  'tooOften {RRULE:{rule} repeats {every, select, second {every second} other {every minute}}; only events repeating at most hourly are read as busy time} interval {RRULE:{rule} has INTERVAL={interval}; at most {max} is read} tooManyValues {RRULE:{rule} lists {count} values for {part}, more than the {max} it can have} tooManyStarts {RRULE:{rule} starts {count} times a day; at most {max} (hourly) is read as busy time} never {RRULE:{rule} can never happen (no date matches all of its BY-parts)}'

export const errors = {
  quickAdd: {
    unknownTopic: 'Choose a topic of this plan’s roadmap, or write what you will study.',
    noTitle: 'Write what you will study, or choose a topic.',
    titleTooLong: 'Keep the title to {max} characters.',
    startNotWholeMinutes: 'Choose a start time in whole minutes.',
    lengthNotWholeMinutes: 'Choose a length in whole minutes.',
    tooLong: 'A session can last at most {hours, plural, one {# hour} other {# hours}}.',
    pastTime: 'That time has already passed: choose a time still to come.',
    overlap: 'That time overlaps “{name}” ({start}–{end}); choose a free time.'
  },
  session: {
    actualMinutes: 'Actual minutes must be a whole number from 0 to 1440.',
    alreadyDone: 'This session is already done.',
    skipNotPlanned:
      'Only a planned session can be skipped; this one is {status, select, done {done} skipped {skipped} other {planned}}.',
    moveNotPlanned:
      'Only a planned session can be moved; this one is {status, select, done {done} skipped {skipped} other {planned}}.',
    endBeforeStart: 'The session must end after it starts.',
    unknown: 'There is no session "{id}".',
    badRating: 'Rating must be again, hard, good or easy.',
    noTopicRating: 'A session on no topic has nothing to recall.'
  },
  roadmap: {
    stagesNotList: 'Roadmap stages must be a list.',
    stageIdEmpty: 'Stage id must be a non-empty string.',
    stageIdTwice: 'Stage id "{id}" is used twice.',
    noTracks: 'Choice stage "{id}" needs at least one track.',
    trackIdTwice: 'Stage "{id}" repeats a track id.',
    trackTopicsNotList: 'Track topics must be a list.',
    stageTopicsNotList: 'Stage topics must be a list.',
    topicIdEmpty: 'Topic id must be a non-empty string.',
    topicIdTwice: 'Topic id "{id}" is used twice.',
    badEstimate: 'Estimate of "{id}" must be a whole number of minutes from 1 to {max}.',
    prerequisitesNotList: 'Prerequisites must be a list.',
    unknownPrerequisite: '"{id}" requires unknown topic "{prerequisite}".',
    cycle: 'Prerequisites form a cycle: {path}.'
  },
  roadmapFile: {
    notRoadmap: 'This is not a Study Planner roadmap file (expected format "{format}").',
    newerVersion:
      'This roadmap was made by a newer version of Study Planner (version {version}). Update the app to import it.',
    noTopics: 'The roadmap has no topics to study: add at least one stage with a topic.'
  },
  file: {
    notText: 'The file is not text.',
    tooLarge: 'The file is too large ({length} characters; at most {max}).',
    notJson: 'The file is not valid JSON (it may be truncated or not a backup): {detail}',
    tooManyValues: 'The file holds more than {max} values.',
    tooDeep: 'nested deeper than {max} levels',
    forbiddenKey: 'the key "{key}" is not allowed',
    keyTooLong: 'a key of {length} characters is too long',
    textTooLong: 'text of {length} characters is too long (at most {max})'
  },
  backup: {
    notObject: 'This is not a Study Planner backup (expected a JSON object).',
    wrongFormat: 'This is not a Study Planner backup (format is {format}, expected "{expected}").',
    newerVersion:
      'This backup was made by a newer version of Study Planner (format version {version}; this app reads up to {newest}). Update the app to restore it.',
    missing: 'missing'
  },
  ics: {
    notText: 'The calendar file is not text.',
    tooLarge: 'The calendar file is too large (over 10 million characters).',
    empty: 'The calendar file is empty.',
    noCalendar: 'The file does not contain a calendar.',
    noVcalendar: 'The file does not contain a calendar (no BEGIN:VCALENDAR).',
    notCalendar: 'Expected BEGIN:VCALENDAR but found BEGIN:{name}.',
    endWithoutBegin: 'END:{name} has no matching BEGIN.',
    endMismatch: 'END:{name} does not close BEGIN:{open} from line {line}.',
    unreadableLine: 'Unreadable line "{text}": {detail}',
    neverClosed: 'BEGIN:{name} is never closed: END:{name} is missing (is the file cut off?).',
    unreadable: 'The calendar could not be read: {detail}',
    tooManyZones:
      'The calendar file defines {count} time zones (VTIMEZONE); at most {max} are read, and real calendars use a few.',
    noOptions: 'Import options are missing.',
    unknownZone: 'Unknown time zone "{zone}".',
    badRange: 'The import range must be finite with rangeStartMs < rangeEndMs.',
    badMaxIntervals: 'maxIntervals must be a positive integer.',
    event: {
      field:
        '{event} {property} {problem, select, invalid {is not a valid date or date-time} invalidDetail {is not a valid date or date-time ({detail})} tooLong {makes the event last more than {days} days; events longer than a year are not read as busy time} badDuration {is not a valid duration} noStart {is missing (every event needs a start)} other {cannot be read}}.{more, plural, =0 {} other { (and # more events are unreadable)}}',
      slowZone:
        "{event} could not be read: its time zone's clock changes take too long to work out.{more, plural, =0 {} other { (and # more events are unreadable)}}",
      unreadable: '{event} could not be read: {detail}{more, plural, =0 {} other { (and # more events are unreadable)}}'
    },
    skipped: {
      cancelled: 'cancelled (STATUS:CANCELLED)',
      free: 'shown as free (TRANSP:TRANSPARENT)',
      noDuration: 'no duration (it ends when it starts, or earlier), so it blocks no time',
      tooOften: 'repeats too often to expand through the range; later occurrences skipped',
      tooMuchWork:
        '{scope, select, file {the calendar needs too much work to read (its repeat rules or time zones are too complex)} other {the event repeats in a way that takes too long to work out}}; occurrences after those already read are skipped',
      notExpanded: 'recurrence could not be expanded: {detail}',
      overLimit: '{count} busy intervals after the first {max} were not imported (limit)',
      rule: `{labelled, select, yes {"{label}": } other {}}not imported: {reason, select, ${RULE_REASONS} other {RRULE:{rule} cannot be read}}`,
      zone: `time zone not used: {reason, select, unreadable {it cannot be read ({detail})} tooManyParts {it has {count} STANDARD/DAYLIGHT parts; at most {max} are read} unreadableRule {one of its RRULEs cannot be read} frequency {its clock changes repeat {freq, select, secondly {secondly} minutely {minutely} hourly {hourly} daily {daily} weekly {weekly} other {{freq}}} (RRULE:FREQ={code}); only monthly or yearly changes are read} noMonth {its yearly clock change names no month (BYMONTH)} unusualPart {its clock changes use {part}, which real time zones never need} ${RULE_REASONS} other {it cannot be read}}`
    },
    note: {
      unknownZone: 'unknown time zone TZID={tzid} with no VTIMEZONE in the file: read as {zone} time'
    },
    export: {
      noFrom: 'Choose the first day to export.',
      noTo: 'Choose the last day to export.',
      toBeforeFrom: 'The last day is before the first day.'
    }
  },
  integrity: {
    duplicateId: 'duplicate id {id}',
    roadmapMismatch: 'does not match roadmap.id {id}',
    unknownRoadmap: 'unknown roadmap {id}',
    unknownPlan: 'unknown plan {id}',
    badRecordId: 'must be planId/sessionId, {id}',
    noTitle: 'a session on no roadmap topic needs a title',
    notStudy: 'a session on no roadmap topic must be a study session',
    unknownTopic: 'unknown topic {id}',
    titleOnTopic: 'only a session on no roadmap topic has a title',
    endBeforeStart: 'the session must end after it starts',
    unknownSession: 'unknown session {id}',
    planMismatch: "does not match the session's plan {id}",
    topicMismatch: "does not match the session's topic {id}"
  },
  schema: {
    missing: 'this field is missing',
    unexpected: '{count, plural, one {unexpected field {keys}} other {unexpected fields {keys}}}',
    invalid: 'invalid'
  },
  planSettings: {
    notObject: 'Input must be an object.',
    badNow: 'now must be epoch milliseconds between 1900 and 2999.',
    noSettings: 'Settings are missing.',
    unknownZone: 'Unknown IANA time zone "{zone}".',
    badStart: 'Start date must be a real date YYYY-MM-DD.',
    badTarget: 'Target date must be a real date YYYY-MM-DD.',
    targetBeforeStart: 'Target date is before the start date.',
    parallel: 'Study 1, 2 or 3 topics in parallel.',
    reviewsOn: 'Say whether reviews are on.',
    reviewLength: 'Review length must be 1 to 240 whole minutes.',
    commitment: 'The week kept as planned must be 0 to {max} whole days.',
    unknownTrack: 'No track "{track}" in a choice stage "{stage}".',
    windowsNotList: 'Windows must be a list.',
    noWindows: 'Add at least one weekly study window.',
    weekday: 'Weekday must be 0 (Sunday) to 6.',
    windowStart: 'Window start must be HH:mm.',
    windowEnd: 'Window end must be HH:mm or 24:00.',
    windowOrder: 'Window ends at {end}, not after its start {start}.',
    blackoutsNotList: 'Blackouts must be a list.',
    blackoutStart: 'Blackout start must be a real date YYYY-MM-DD.',
    blackoutEnd: 'Blackout end must be a real date YYYY-MM-DD.',
    blackoutOrder: 'Blackout ends before it starts.',
    busyNotList: 'Busy intervals must be a list.',
    busyStart: 'Busy start must be epoch milliseconds.',
    busyEnd: 'Busy end must be epoch milliseconds.',
    busyOrder: 'Busy interval ends before it starts.',
    sessionMin: 'Session minimum must be 1 to 1440 whole minutes.',
    sessionMax: 'Session maximum must be 1 to 1440 whole minutes.',
    minAboveMax: 'Session minimum {min} is above the maximum {max}.',
    dailyCap: 'Daily cap must be 1 to 1440 whole minutes.',
    capBelowMin: 'Daily cap {cap} is below the session minimum {min}.',
    breakLength: 'Break must be 0 to 1440 whole minutes.',
    notList: '{list} must be a list.',
    sessionIdEmpty: 'Session id must be a non-empty string.',
    sessionIdTwice: 'Session id "{id}" is used twice.',
    noTopicNotStudy: 'A session on no roadmap topic must be a study session.',
    noTopicNoTitle: 'A session on no roadmap topic needs a title.',
    unknownTopic: 'No topic "{id}" in the roadmap.',
    badKind: 'Kind must be study or review.',
    sessionOrder: 'Session must end after it starts.',
    actualMinutes: 'Actual minutes must be 0 or more.',
    badRating: 'Rating must be again, hard, good or easy.',
    ratedAt: 'Rating time must be epoch milliseconds.',
    topicIdNotString: 'Topic id must be a string.',
    freedOrder: 'A freed slot must end after it starts.'
  },
  place: {
    file: 'file',
    line: 'line {line}'
  },
  outline: {
    notText: 'The outline is not text.',
    tooLarge: 'The outline is too large.',
    unreadable: 'The outline could not be read: {detail}',
    titleTooLong: 'The title is too long (at most {max} characters).',
    noTopics: 'No topics found: write bullets such as "- Linear algebra (3h)" under a heading.',
    tooManyLines: 'The outline has {lines, number} lines; at most {max, number} are read.',
    lineTooLong: 'This line is {length, number} characters long; an outline line may be at most {max, number}.',
    headingNoTitle: 'A heading needs a title.',
    headingTooLong: 'The heading is too long (at most {max} characters).',
    topicBeforeHeading: 'A topic comes before the first heading: start the outline with a heading such as "## Basics".',
    noEstimate: '"{text}" has no estimate: end the line with one such as (3h), (90m) or (1h 30m).',
    badEstimate: 'The estimate must be from 1 minute to {hours} hours.',
    urlTooLong: 'A link address is longer than {max} characters.',
    linkTextTooLong: "A link's text is too long (at most {max} characters).",
    topicNoTitle: 'A topic needs a title before its estimate.',
    topicTitleTooLong: 'The topic title is too long (at most {max} characters).',
    tooDeep: 'This bullet is nested {depth} levels deep; topics may be nested at most {max} levels.',
    tooManyChildren:
      '"{title}" (line {line}) would need more than {max} prerequisites; nest at most {max} bullets under one topic.',
    tooManyStages:
      'The outline has more than {max} stages with topics (this is under the heading on line {line}); a roadmap may have at most {max}.',
    tooManyStageTopics:
      'The stage "{title}" (line {line}) has more than {max, number} topics; a stage may have at most {max, number}.',
    tooManyTopics: 'The outline has more than {max, number} topics; at most {max, number} are read.'
  }
} as const
