// Pure roadmap edits: each changes exactly what it says, and broken results are refused naming the topics.
import { describe, expect, it } from 'vitest'
import type { Roadmap } from '../../../../../src/shared/domain/roadmap'
import { importMarkdownOutline } from '../../../../../src/shared/backup/markdownOutline'
import { allTopics } from '../../../../../src/shared/scheduling/topics'
import {
  addStage,
  addTopic,
  checkEdit,
  deleteStage,
  moveStage,
  renameStage,
  deleteTopic,
  moveTopic,
  newTopicId,
  updateTopic
} from '../../../../../src/renderer/src/features/roadmap/roadmapEdits'
import { roadmapToMarkdown } from '../../../../../src/renderer/src/features/roadmap/markdownExport'
import { chainRoadmap } from '../../../shared/backup/backupFixtures'
import { en } from '../../../../../src/shared/i18n/catalogs/en'
import { translatorFor } from '../../../../../src/shared/i18n/translator'

const t = translatorFor('en-GB', en)

const roadmap = chainRoadmap('r', 4) // r-t0 <- r-t1 <- r-t2 <- r-t3, stages of two topics each
const ids = (edited: Roadmap) => allTopics(edited).map((entry) => entry.topic.id)
const titleOf = (id: string) => allTopics(roadmap).find((entry) => entry.topic.id === id)!.topic.title

describe('roadmap edits', () => {
  it('adds a topic at the end of the chosen stage only', () => {
    const topic = { ...allTopics(roadmap)[0]!.topic, id: 'new', prerequisites: ['r-t1'] }
    expect(ids(addTopic(roadmap, { stageId: 'r-s1' }, topic))).toEqual(['r-t0', 'r-t1', 'new', 'r-t2', 'r-t3'])
  })

  it('moves a topic within its stage and not past either end', () => {
    expect(ids(moveTopic(roadmap, 'r-t1', -1))).toEqual(['r-t1', 'r-t0', 'r-t2', 'r-t3'])
    expect(ids(moveTopic(roadmap, 'r-t1', 1))).toEqual(ids(roadmap))
    expect(ids(moveTopic(roadmap, 'r-t2', -1))).toEqual(ids(roadmap))
  })

  it('changes the estimate of one topic', () => {
    const edited = updateTopic(roadmap, 'r-t2', { estimatedMinutes: 45 })
    expect(allTopics(edited).map((entry) => entry.topic.estimatedMinutes)).toEqual([120, 120, 45, 120])
  })

  it('adds, renames, moves and deletes stages', () => {
    const added = addStage(addStage(roadmap, 'Extra'), 'Extra')
    expect(added.stages.map((stage) => stage.id)).toEqual(['r-s1', 'r-s2', 'stage-extra', 'stage-extra-2'])
    expect(renameStage(added, 'stage-extra', 'Bonus').stages[2]!.title).toBe('Bonus')
    expect(moveStage(added, 'stage-extra', -1).stages.map((stage) => stage.id)).toEqual([
      'r-s1',
      'stage-extra',
      'r-s2',
      'stage-extra-2'
    ])
    expect(moveStage(added, 'r-s1', -1)).toBe(added)
    expect(deleteStage(added, 'r-s2').stages.map((stage) => stage.id)).toEqual(['r-s1', 'stage-extra', 'stage-extra-2'])
  })

  it('makes unique ids from titles', () => {
    expect(newTopicId(roadmap, 'Vector Databases!')).toBe('vector-databases')
    expect(newTopicId(addTopic(roadmap, { stageId: 'r-s1' }, { ...allTopics(roadmap)[0]!.topic, id: 'x' }), 'X')).toBe(
      'x-2'
    )
  })
})

describe('checkEdit', () => {
  it('accepts a valid edit', () => {
    expect(checkEdit(updateTopic(roadmap, 'r-t3', { prerequisites: ['r-t0'] }), roadmap, t).ok).toBe(true)
  })

  it('refuses a cycle, naming every topic on it by title', () => {
    const outcome = checkEdit(updateTopic(roadmap, 'r-t0', { prerequisites: ['r-t2'] }), roadmap, t)
    expect(outcome.ok).toBe(false)
    const message = outcome.ok ? '' : outcome.message
    expect(message).toContain('cycle')
    for (const id of ['r-t0', 'r-t1', 'r-t2']) expect(message).toContain(titleOf(id))
    expect(message).not.toContain(titleOf('r-t3'))
  })

  it('refuses deleting a topic others still require, naming both', () => {
    const outcome = checkEdit(deleteTopic(roadmap, 'r-t1'), roadmap, t)
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringContaining(`“${titleOf('r-t2')}” requires “${titleOf('r-t1')}”`)
    })
  })
})

describe('roadmapToMarkdown', () => {
  it('round-trips stages, titles and estimates through the outline import, resources as a readable line', () => {
    const source = updateTopic(roadmap, 'r-t0', { estimatedMinutes: 95 })
    const withLink = {
      ...source,
      stages: source.stages.map((stage) =>
        stage.kind === 'sequence'
          ? {
              ...stage,
              topics: stage.topics.map((topic) => ({
                ...topic,
                resources: [{ title: 'Docs', url: 'https://example.org/a' }]
              }))
            }
          : stage
      )
    }
    const read = importMarkdownOutline(roadmapToMarkdown(withLink))
    if (!read.ok) throw new Error(read.error.message)
    expect(read.value.title).toBe(roadmap.title)
    expect(read.value.stages.map((stage) => stage.title)).toEqual(roadmap.stages.map((stage) => stage.title))
    expect(
      allTopics(read.value).map((entry) => [entry.topic.title, entry.topic.estimatedMinutes, entry.topic.summary])
    ).toEqual(
      allTopics(withLink).map((entry) => [
        entry.topic.title,
        entry.topic.estimatedMinutes,
        'Docs: https://example.org/a'
      ])
    )
  })
})
