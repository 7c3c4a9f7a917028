// Stage 3 of the AI Engineer roadmap: three real end-to-end projects, published with notes on the choices made.
import type { SequenceStage } from '../../domain/roadmap'
import { defineTopic } from './define'

/** A few complete, honest projects beat a pile of copied tutorials. */
export const projectsStage: SequenceStage = {
  id: 'projects',
  kind: 'sequence',
  title: 'Real end-to-end projects',
  summary:
    'Build three complete projects on real data, from raw data to a usable app, and publish them with short notes explaining the decisions.',
  optional: false,
  topics: [
    defineTopic({
      id: 'project-tabular',
      title: 'Project 1: a tabular prediction app',
      kind: 'project',
      hours: 40,
      summary:
        'Pick a public real-world dataset, clean it, build and evaluate a model, and wrap it in a small app someone can try.',
      outcome: 'A working app backed by a tested model on real tabular data, in a public repository.',
      prerequisites: ['tree-models', 'model-diagnosis', 'data-quality-bias', 'git-versioning', 'testing-debugging'],
      resources: [
        ['UCI Machine Learning Repository', 'https://archive.ics.uci.edu/'],
        ['Kaggle datasets', 'https://www.kaggle.com/datasets']
      ]
    }),
    defineTopic({
      id: 'project-deep-learning',
      title: 'Project 2: a deep learning application',
      kind: 'project',
      hours: 50,
      summary:
        'Collect or reuse an image or text dataset, fine-tune a pretrained network, measure it against a simple baseline and ship a demo.',
      outcome: 'A demo of a fine-tuned deep model with an honest comparison against a baseline.',
      prerequisites: ['project-tabular', 'cnns', 'transformers'],
      resources: [
        ['Practical Deep Learning for Coders', 'https://course.fast.ai/'],
        ['Hugging Face Learn', 'https://huggingface.co/learn']
      ]
    }),
    defineTopic({
      id: 'project-data-product',
      title: 'Project 3: a data product of your own design',
      kind: 'project',
      hours: 45,
      summary:
        'Choose a problem you care about, decide whether ML is even the right tool, and build the whole pipeline from data collection to interface.',
      outcome:
        'A self-directed product that solves a real problem, including the decision of where ML helps and where it does not.',
      prerequisites: ['project-deep-learning'],
      resources: [['Made With ML', 'https://madewithml.com/']]
    }),
    defineTopic({
      id: 'project-writeups',
      title: 'Publishing code and write-ups',
      kind: 'practice',
      hours: 12,
      summary:
        'Tidy each repository, add a README with setup steps and results, and write a short note on the trade-offs behind each project.',
      outcome: 'Three public repositories, each with a clear README and a short explanation of the choices made.',
      prerequisites: ['project-data-product'],
      resources: [
        [
          'GitHub Docs: about READMEs',
          'https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-readmes'
        ],
        ['Google Technical Writing courses', 'https://developers.google.com/tech-writing']
      ]
    })
  ]
}
