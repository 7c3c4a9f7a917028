// Names for the project's time conventions, so signatures say which kind of time a value is.

/** An instant as epoch milliseconds (UTC). */
export type EpochMs = number

/** A calendar date 'YYYY-MM-DD' in the plan's time zone. */
export type LocalDate = string

/** A local wall-clock date and time 'YYYY-MM-DDTHH:mm' in the plan's time zone. */
export type LocalDateTime = string

/** A wall-clock time of day 'HH:mm' (24-hour); '24:00' is allowed as the end of a window. */
export type ClockTime = string

/** An IANA time-zone name such as 'Europe/Rome'. */
export type IanaZone = string
