// Writes a roadmap as a Markdown outline the app's outline import reads back (headings = stages, bullets = topics).
import type { Roadmap, Topic } from '../../../../shared/domain/roadmap'

function estimate(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  return `(${[hours > 0 ? `${hours}h` : '', rest > 0 ? `${rest}m` : ''].filter(Boolean).join(' ')})`
}

/** Resources go on a text line under the bullet: links inside the bullet would become part of the title on import. */
function topicLines(topic: Topic): string[] {
  const bullet = `- ${topic.title.replace(/[()]/g, '')}${topic.optional ? ' (optional)' : ''} ${estimate(topic.estimatedMinutes)}`
  const links = topic.resources.map((resource) => `${resource.title}: ${resource.url}`).join(' · ')
  return links ? [bullet, `  ${links}`] : [bullet]
}

/**
 * The outline of `roadmap`: one heading per stage (one per track in a choice stage), one bullet per topic with its
 * estimate and optional mark, and its resources as a text line (read back as the topic's summary). Prerequisites
 * across topics cannot be written in an outline and are left out.
 */
export function roadmapToMarkdown(roadmap: Roadmap): string {
  const lines = [`# ${roadmap.title}`, '']
  for (const stage of roadmap.stages) {
    const lists =
      stage.kind === 'sequence'
        ? [{ title: stage.title, topics: stage.topics }]
        : stage.tracks.map((track) => ({ title: `${stage.title}: ${track.title}`, topics: track.topics }))
    for (const list of lists) {
      if (list.topics.length === 0) continue
      lines.push(`## ${list.title}`, '', ...list.topics.flatMap(topicLines), '')
    }
  }
  return lines.join('\n')
}
