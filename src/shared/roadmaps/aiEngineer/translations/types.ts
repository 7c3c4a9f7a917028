// The shape of one language's text for the AI Engineer roadmap: every translatable field, keyed by the id it belongs to.

/** The ids of the roadmap's stages. Kept in step with the stage files by tests/unit/shared/roadmaps. */
export type AiEngineerStageId =
  | 'foundations'
  | 'machine-learning'
  | 'projects'
  | 'production'
  | 'specialization'
  | 'profile'

/** The ids of the specialization tracks (unique across the whole roadmap, so one flat record holds them). */
export type AiEngineerTrackId = 'nlp-llms' | 'computer-vision' | 'recommender-systems' | 'ai-business-industry'

/** The ids of every topic, in every stage and track. */
export type AiEngineerTopicId =
  // Solid foundations
  | 'python-essentials'
  | 'data-structures-algorithms'
  | 'clean-code'
  | 'testing-debugging'
  | 'git-versioning'
  | 'sql-basics'
  | 'backend-language'
  | 'linear-algebra'
  | 'probability'
  | 'statistics'
  | 'cs-systems'
  // Machine learning by experiment
  | 'ml-learning-paradigms'
  | 'preprocessing-features'
  | 'evaluation-metrics'
  | 'regression-models'
  | 'tree-models'
  | 'clustering'
  | 'models-from-scratch'
  | 'model-diagnosis'
  | 'data-quality-bias'
  | 'neural-networks'
  | 'dl-framework'
  | 'cnns'
  | 'rnns'
  | 'transformers'
  // Real end-to-end projects
  | 'project-tabular'
  | 'project-deep-learning'
  | 'project-data-product'
  | 'project-writeups'
  // Bringing models to production
  | 'model-apis'
  | 'microservices'
  | 'docker'
  | 'logging-errors'
  | 'realistic-environment'
  | 'latency-cost'
  | 'scalable-architecture'
  | 'cloud-platform'
  | 'ml-pipelines'
  | 'model-versioning'
  | 'model-monitoring'
  | 'retraining-cycles'
  | 'production-debugging'
  | 'when-not-to-use-ai'
  | 'privacy-security-fairness'
  | 'explaining-limitations'
  | 'production-capstone'
  // Specialization: NLP and LLMs
  | 'nlp-text-representations'
  | 'nlp-fine-tuning'
  | 'llm-applications'
  | 'nlp-project'
  // Specialization: computer vision
  | 'cv-image-data'
  | 'cv-detection-segmentation'
  | 'cv-deployment'
  | 'cv-project'
  // Specialization: recommender systems
  | 'recsys-foundations'
  | 'recsys-ranking-evaluation'
  | 'recsys-deep'
  | 'recsys-project'
  // Specialization: AI for business and industry
  | 'business-problem-framing'
  | 'time-series-forecasting'
  | 'anomaly-detection-automation'
  | 'business-project'
  // A credible professional profile
  | 'curated-github'
  | 'project-portfolio'
  | 'technical-writing'
  | 'networking-community'
  | 'profile-milestone'

/** The text of a stage or a track. */
export interface SectionText {
  readonly title: string
  readonly summary: string
}

/** The text of a topic. */
export interface TopicText extends SectionText {
  readonly outcome: string
}

/**
 * The AI Engineer roadmap's text in one language. Every record must name every id and nothing else, so the compiler
 * rejects a missing or unknown id. Resource titles and URLs are not translated: they name real books, courses and
 * pages.
 */
export interface RoadmapTranslation {
  /** The roadmap's own title. */
  readonly title: string
  readonly stages: Readonly<Record<AiEngineerStageId, SectionText>>
  readonly tracks: Readonly<Record<AiEngineerTrackId, SectionText>>
  readonly topics: Readonly<Record<AiEngineerTopicId, TopicText>>
}
