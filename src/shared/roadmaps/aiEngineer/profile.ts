// Stage 6 of the AI Engineer roadmap: a professional profile that shows the work credibly.
import type { SequenceStage } from '../../domain/roadmap'
import { defineTopic } from './define'

/** Making the work visible: GitHub, portfolio, writing and people. */
export const profileStage: SequenceStage = {
  id: 'profile',
  kind: 'sequence',
  title: 'A credible professional profile',
  summary:
    'Present your work so others can judge it quickly: a tidy GitHub, a portfolio, some writing and a network of peers.',
  optional: false,
  topics: [
    defineTopic({
      id: 'curated-github',
      title: 'A curated GitHub profile',
      kind: 'practice',
      hours: 8,
      summary:
        'Pin the best repositories, write a profile README, archive the noise and make every showcased project easy to run.',
      outcome: 'A GitHub profile where a visitor finds your three best projects within a minute.',
      prerequisites: ['project-writeups'],
      resources: [
        [
          'GitHub Docs: profile README',
          'https://docs.github.com/en/account-and-profile/setting-up-and-managing-your-github-profile/customizing-your-profile/managing-your-profile-readme'
        ]
      ]
    }),
    defineTopic({
      id: 'project-portfolio',
      title: 'A project portfolio',
      kind: 'project',
      hours: 12,
      summary:
        'A simple personal site presenting each project as problem, approach, result and lessons, with links to code and demos.',
      outcome: 'A published portfolio site with case studies of your projects.',
      prerequisites: ['curated-github'],
      resources: [['GitHub Pages', 'https://pages.github.com/']]
    }),
    defineTopic({
      id: 'technical-writing',
      title: 'Technical articles and posts',
      kind: 'practice',
      hours: 16,
      summary:
        'Writing short, concrete posts about what you built or learned, from a lesson on a bug to a project retrospective.',
      outcome: 'Three published technical posts, each about something you built or debugged.',
      prerequisites: ['project-writeups'],
      resources: [['Google Technical Writing courses', 'https://developers.google.com/tech-writing']]
    }),
    defineTopic({
      id: 'networking-community',
      title: 'Networking and community',
      kind: 'practice',
      hours: 12,
      summary:
        'Joining communities, contributing answers or small fixes to open source, attending meetups and keeping in touch with peers.',
      outcome: 'Active in at least one community, with a merged open-source contribution or a talk.',
      prerequisites: ['project-portfolio'],
      resources: [
        ['Hugging Face forums', 'https://discuss.huggingface.co/'],
        [
          'GitHub Docs: contributing to open source',
          'https://docs.github.com/en/get-started/exploring-projects-on-github/contributing-to-a-project'
        ]
      ]
    }),
    defineTopic({
      id: 'profile-milestone',
      title: 'Milestone: ready to apply',
      kind: 'milestone',
      hours: 4,
      summary: 'Review the whole profile with a peer, tailor a CV to AI engineering roles and start applying.',
      outcome: 'A reviewed CV, portfolio and GitHub, and the first applications sent.',
      prerequisites: ['project-portfolio', 'technical-writing', 'networking-community'],
      resources: [['GitHub Pages', 'https://pages.github.com/']]
    })
  ]
}
