// The built-in default roadmap: becoming an AI Engineer, in six stages.
import type { Roadmap } from '../domain/roadmap'
import { foundationsStage } from './aiEngineer/foundations'
import { machineLearningStage } from './aiEngineer/machineLearning'
import { productionStage } from './aiEngineer/production'
import { profileStage } from './aiEngineer/profile'
import { projectsStage } from './aiEngineer/projects'
import { specializationStage } from './aiEngineer/specialization'

/**
 * The AI Engineer roadmap: foundations, machine learning by experiment, real projects, production, an optional
 * specialization (one of four tracks) and a professional profile. Estimates are realistic hours of focused work;
 * prerequisites form a DAG across stages.
 */
export const aiEngineerRoadmap: Roadmap = {
  id: 'ai-engineer',
  title: 'AI Engineer',
  version: 1,
  stages: [foundationsStage, machineLearningStage, projectsStage, productionStage, specializationStage, profileStage]
}
