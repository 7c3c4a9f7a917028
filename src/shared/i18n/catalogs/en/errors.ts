// English messages: errors. ICU MessageFormat; the German and Spanish files under ../de and ../es mirror every key.
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
  }
} as const
