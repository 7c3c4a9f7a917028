// Roadmap files: the built-in roadmap survives export and import; broken files are refused with the field named.
import { describe, expect, it } from 'vitest'
import { readRoadmapFile, serializeRoadmapFile, ROADMAP_FORMAT } from '../../../../src/shared/backup'
import { aiEngineerRoadmap } from '../../../../src/shared/roadmaps/aiEngineer'
import { resultInEnglish } from '../../../support/english'

const readEnglish = (text: string) => resultInEnglish(readRoadmapFile(text))

const AT = Date.UTC(2027, 0, 1)

function fileWith(
  mutate: (
    file: { roadmap: { stages: Array<{ topics?: Array<Record<string, unknown>> }> } } & Record<string, unknown>
  ) => void
): string {
  const file = JSON.parse(serializeRoadmapFile(aiEngineerRoadmap, AT))
  mutate(file)
  return JSON.stringify(file)
}

describe('roadmap files', () => {
  it('reads back the built-in roadmap exactly', () => {
    const result = readRoadmapFile(serializeRoadmapFile(aiEngineerRoadmap, AT))
    expect(result).toEqual({ ok: true, value: aiEngineerRoadmap })
  })

  it('refuses other formats, future versions, bad fields, unknown prerequisites and forbidden keys', () => {
    expect(readEnglish('{"format":"x"}')).toMatchObject({ ok: false, error: { where: 'format' } })
    expect(readEnglish(fileWith((f) => (f['version'] = 2)))).toMatchObject({
      ok: false,
      error: { where: 'version' }
    })
    expect(readEnglish(fileWith((f) => (f.roadmap.stages[0]!.topics![1]!['estimatedMinutes'] = 0)))).toMatchObject({
      ok: false,
      error: { where: 'roadmap.stages[0].topics[1].estimatedMinutes' }
    })
    expect(
      readEnglish(fileWith((f) => (f.roadmap.stages[0]!.topics![1]!['prerequisites'] = ['nowhere'])))
    ).toMatchObject({
      ok: false,
      error: {
        where: 'roadmap.stages[0].topics[1].prerequisites[0]',
        message: expect.stringMatching(/unknown topic "nowhere"/)
      }
    })
    const proto = serializeRoadmapFile(aiEngineerRoadmap, AT).replace('"title":', '"constructor":{},"title":')
    expect(readEnglish(proto)).toMatchObject({ ok: false, error: { where: 'roadmap.constructor' } })
    expect(ROADMAP_FORMAT).toBe('study-planner-roadmap')
  })

  it('refuses a roadmap with nothing to study, naming its stages', () => {
    for (const emptied of [
      (f: { roadmap: { stages: unknown[] } }) => (f.roadmap.stages = []),
      (f: { roadmap: { stages: Array<{ kind?: string; topics?: unknown[] }> } }) =>
        f.roadmap.stages.forEach((stage) => stage.kind !== 'choice' && (stage.topics = []))
    ]) {
      const file = JSON.parse(
        serializeRoadmapFile(
          { ...aiEngineerRoadmap, stages: aiEngineerRoadmap.stages.filter((stage) => stage.kind !== 'choice') },
          AT
        )
      )
      emptied(file)
      expect(readEnglish(JSON.stringify(file))).toMatchObject({
        ok: false,
        error: { where: 'roadmap.stages', message: expect.stringMatching(/no topics to study/) }
      })
    }
  })
})
