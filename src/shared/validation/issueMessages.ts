// The one way schema problems become words, in main and in the renderer: where the problem is, and what it is.
import type { z } from 'zod'
import { messageRef, type MessageRef } from '../i18n/ref'

/** A zod issue (what a failed `safeParse` lists in `error.issues`). */
export type SchemaIssue = z.core.$ZodIssue

/** What a failed check reports: the error itself, or its list of issues. */
export type IssueSource = { readonly issues: readonly SchemaIssue[] } | readonly SchemaIssue[]

/** One schema problem in plain words. */
export interface IssueMessage {
  /** Where the problem sits, e.g. `stages[2].topics[0].hours`; the options' `root` for the value as a whole. */
  readonly where: string
  /**
   * What is wrong there, in English (for logs and developers), e.g. 'this field is missing' or 'Invalid input:
   * expected number, received string'. Show it with errorText(t, issue): `ref` in the learner's language when set.
   */
  readonly message: string
  /** The catalog message, for the problems worded here (a missing or unexpected field); zod's own words have none. */
  readonly ref?: MessageRef
}

/** How {@link issueMessages} names places. */
export interface IssueMessageOptions {
  /** Keys in front of every issue's path, when the schema checked one part of a larger value (`['data', 'plans', 3]`). */
  readonly prefix?: readonly PropertyKey[]
  /** Keys left out of every path: wrappers the reader never sees (a stored week bucket's `rows`). */
  readonly omitKeys?: readonly PropertyKey[]
  /** What `where` says for the value as a whole (an empty path): 'file', '(payload)'; '' by default. */
  readonly root?: string
}

/**
 * Formats a path of keys and indexes the way a reader writes it: `data.sessions[12].topicId`; `root` for an empty
 * path.
 */
export function formatPath(path: readonly PropertyKey[], root = ''): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text === '' ? String(key) : `.${String(key)}`
  }
  return text === '' ? root : text
}

/**
 * What one issue says, in plain words. zod words a missing field as 'Invalid input: expected string, received
 * undefined' and an extra one as 'Unrecognized key: "x"'; a reader understands 'this field is missing' and
 * 'unexpected field "x"'. Every other message is zod's (or the schema's own), unchanged.
 */
export function issueText(issue: SchemaIssue): string {
  // Keys come from the checked value, which may be hostile: cut each so a message never echoes a huge one.
  if (issue.code === 'unrecognized_keys')
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${unexpectedKeys(issue.keys)}`
  if (isMissing(issue)) return 'this field is missing'
  return issue.message
}

function unexpectedKeys(keys: readonly string[]): string {
  return keys.map((key) => `"${key.slice(0, 60)}"`).join(', ')
}

function isMissing(issue: SchemaIssue): boolean {
  return issue.code === 'invalid_type' && issue.message.endsWith('received undefined')
}

/** The catalog message for what {@link issueText} words itself (errors.schema), or undefined for zod's own words. */
export function issueRef(issue: SchemaIssue): MessageRef | undefined {
  if (issue.code === 'unrecognized_keys')
    return messageRef('errors.schema.unexpected', { count: issue.keys.length, keys: unexpectedKeys(issue.keys) })
  if (isMissing(issue)) return messageRef('errors.schema.missing')
  return undefined
}

/** Every issue of a failed check, in the order zod found them, as where and what. */
export function issueMessages(source: IssueSource, options: IssueMessageOptions = {}): IssueMessage[] {
  return issuesOf(source).map((issue) => describe(issue, options))
}

function issuesOf(source: IssueSource): readonly SchemaIssue[] {
  return 'issues' in source ? source.issues : source
}

function describe(issue: SchemaIssue, options: IssueMessageOptions): IssueMessage {
  const omitted = options.omitKeys ?? []
  const path = omitted.length === 0 ? issue.path : issue.path.filter((key) => !omitted.includes(key))
  const where = formatPath([...(options.prefix ?? []), ...path], options.root)
  const ref = issueRef(issue)
  return ref ? { where, message: issueText(issue), ref } : { where, message: issueText(issue) }
}

/**
 * The first issue of a failed check (readers fix one problem at a time, and the first is the one zod met first);
 * 'invalid' at the prefix when the check listed none.
 */
export function firstIssueMessage(source: IssueSource, options: IssueMessageOptions = {}): IssueMessage {
  const first = issuesOf(source)[0]
  return first
    ? describe(first, options)
    : {
        where: formatPath(options.prefix ?? [], options.root),
        message: 'invalid',
        ref: messageRef('errors.schema.invalid')
      }
}

/** One issue as a line: 'stages[2].topics[0].hours: expected number', or the message alone when `where` is empty. */
export function issueLine(issue: IssueMessage): string {
  return issue.where === '' ? issue.message : `${issue.where}: ${issue.message}`
}

/** Every issue of a failed check as one line each, joined with '; ' (for logs and IPC refusals). */
export function issueSummary(source: IssueSource, options: IssueMessageOptions = {}): string {
  return issueMessages(source, options).map(issueLine).join('; ')
}
