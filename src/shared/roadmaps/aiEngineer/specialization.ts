// Stage 5 of the AI Engineer roadmap: an optional specialization, chosen from four tracks.
import type { ChoiceStage } from '../../domain/roadmap'
import { defineTopic } from './define'

/** Optional but valuable: depth in one area, picked as a single track. */
export const specializationStage: ChoiceStage = {
  id: 'specialization',
  kind: 'choice',
  title: 'Specialization',
  summary:
    'With the general skills in place, go deep in one area. Optional, but depth in one field makes a profile stand out.',
  optional: true,
  tracks: [
    {
      id: 'nlp-llms',
      title: 'NLP and LLMs',
      summary:
        'Language models, from text representations to building reliable applications on top of large language models.',
      topics: [
        defineTopic({
          id: 'nlp-text-representations',
          title: 'Text processing and embeddings',
          kind: 'learn',
          hours: 12,
          summary: 'Tokenisation, classic text features and dense embeddings, and how meaning becomes geometry.',
          outcome: 'Builds a semantic search over a document collection with embeddings.',
          prerequisites: ['transformers'],
          resources: [['Speech and Language Processing (draft)', 'https://web.stanford.edu/~jurafsky/slp3/']]
        }),
        defineTopic({
          id: 'nlp-fine-tuning',
          title: 'Fine-tuning pretrained language models',
          kind: 'practice',
          hours: 16,
          summary:
            'Adapting pretrained models to classification, extraction and generation tasks, including parameter-efficient methods.',
          outcome: 'Fine-tunes a pretrained language model on a custom task and beats a zero-shot baseline.',
          prerequisites: ['nlp-text-representations'],
          resources: [['Hugging Face Learn', 'https://huggingface.co/learn']]
        }),
        defineTopic({
          id: 'llm-applications',
          title: 'Building LLM applications',
          kind: 'practice',
          hours: 20,
          summary:
            'Prompt design, retrieval-augmented generation, tool use, guardrails and evaluating outputs that have no single right answer.',
          outcome: 'Ships a retrieval-augmented assistant with an evaluation set and guardrails.',
          prerequisites: ['nlp-fine-tuning', 'model-apis'],
          resources: [['Hugging Face Learn', 'https://huggingface.co/learn']]
        }),
        defineTopic({
          id: 'nlp-project',
          title: 'Specialization project: a language product',
          kind: 'project',
          hours: 40,
          summary:
            'A deployed NLP or LLM product on real text, with measured quality, cost per request and known failure modes.',
          outcome: 'A public LLM-based product with an evaluation report and cost figures.',
          prerequisites: ['llm-applications'],
          resources: [['Made With ML', 'https://madewithml.com/']]
        })
      ]
    },
    {
      id: 'computer-vision',
      title: 'Computer vision',
      summary:
        'Teaching machines to see: image pipelines, detection and segmentation, and running vision models on real devices.',
      topics: [
        defineTopic({
          id: 'cv-image-data',
          title: 'Image data and augmentation',
          kind: 'learn',
          hours: 8,
          summary: 'Image formats, labelling, augmentation strategies and the dataset pitfalls specific to vision.',
          outcome: 'Prepares a labelled image dataset with a sound augmentation pipeline.',
          prerequisites: ['cnns'],
          resources: [['torchvision documentation', 'https://pytorch.org/vision/stable/index.html']]
        }),
        defineTopic({
          id: 'cv-detection-segmentation',
          title: 'Object detection and segmentation',
          kind: 'practice',
          hours: 20,
          summary: 'Detectors, segmentation networks and their metrics, trained and evaluated on a real dataset.',
          outcome: 'Trains a detector and reports its mean average precision on held-out images.',
          prerequisites: ['cv-image-data'],
          resources: [['Stanford CS231n notes', 'https://cs231n.github.io/']]
        }),
        defineTopic({
          id: 'cv-deployment',
          title: 'Efficient vision models on devices',
          kind: 'practice',
          hours: 14,
          summary: 'Transfer learning, model compression and exporting vision models for edge and mobile hardware.',
          outcome: 'Runs a compressed vision model at interactive speed on modest hardware.',
          prerequisites: ['cv-detection-segmentation', 'docker'],
          resources: [['PyTorch tutorials', 'https://pytorch.org/tutorials/']]
        }),
        defineTopic({
          id: 'cv-project',
          title: 'Specialization project: a vision product',
          kind: 'project',
          hours: 40,
          summary:
            'A deployed vision application on images you collected or curated, with measured accuracy and speed.',
          outcome: 'A public vision product with accuracy and latency figures.',
          prerequisites: ['cv-deployment'],
          resources: [['Practical Deep Learning for Coders', 'https://course.fast.ai/']]
        })
      ]
    },
    {
      id: 'recommender-systems',
      title: 'Recommender systems',
      summary:
        'Suggesting the right item to the right person: collaborative filtering, ranking and evaluating recommendations.',
      topics: [
        defineTopic({
          id: 'recsys-foundations',
          title: 'Collaborative and content-based filtering',
          kind: 'learn',
          hours: 12,
          summary:
            'User-item matrices, similarity, matrix factorisation and content features, and the cold-start problem.',
          outcome: 'Builds a baseline recommender with matrix factorisation on public ratings data.',
          prerequisites: ['ml-learning-paradigms', 'linear-algebra'],
          resources: [
            ['Google: recommendation systems course', 'https://developers.google.com/machine-learning/recommendation']
          ]
        }),
        defineTopic({
          id: 'recsys-ranking-evaluation',
          title: 'Ranking and evaluating recommendations',
          kind: 'practice',
          hours: 14,
          summary:
            'Candidate generation versus ranking, offline ranking metrics and why online experiments have the last word.',
          outcome: 'Compares recommenders with ranking metrics and designs an A/B test for the winner.',
          prerequisites: ['recsys-foundations', 'evaluation-metrics'],
          resources: [['TensorFlow Recommenders', 'https://www.tensorflow.org/recommenders']]
        }),
        defineTopic({
          id: 'recsys-deep',
          title: 'Deep retrieval models',
          kind: 'practice',
          hours: 14,
          summary: 'Two-tower and sequence-aware models that learn user and item embeddings at scale.',
          outcome: 'Trains a two-tower retrieval model and serves nearest-neighbour recommendations.',
          prerequisites: ['recsys-ranking-evaluation', 'dl-framework'],
          resources: [['TensorFlow Recommenders', 'https://www.tensorflow.org/recommenders']]
        }),
        defineTopic({
          id: 'recsys-project',
          title: 'Specialization project: a recommendation service',
          kind: 'project',
          hours: 40,
          summary:
            'A deployed recommender on real interaction data, with offline metrics and a plan for online testing.',
          outcome: 'A public recommendation service with an evaluation report.',
          prerequisites: ['recsys-deep'],
          resources: [['Made With ML', 'https://madewithml.com/']]
        })
      ]
    },
    {
      id: 'ai-business-industry',
      title: 'AI for business and industry',
      summary:
        'Applying ML where companies earn or save money: framing problems, forecasting, anomaly detection and automating processes.',
      topics: [
        defineTopic({
          id: 'business-problem-framing',
          title: 'Framing business problems for AI',
          kind: 'learn',
          hours: 10,
          summary:
            'Turning a business goal into a measurable ML task, estimating value and cost, and agreeing success criteria with stakeholders.',
          outcome: 'Writes a one-page proposal linking a model metric to a business outcome and its expected return.',
          prerequisites: ['evaluation-metrics', 'when-not-to-use-ai'],
          resources: [
            ['Rules of Machine Learning', 'https://developers.google.com/machine-learning/guides/rules-of-ml']
          ]
        }),
        defineTopic({
          id: 'time-series-forecasting',
          title: 'Time-series forecasting',
          kind: 'practice',
          hours: 16,
          summary:
            'Trend, seasonality, classical and ML forecasting methods, and backtesting forecasts the way they will be used.',
          outcome: 'Backtests a demand forecast and explains its error in business terms.',
          prerequisites: ['business-problem-framing', 'regression-models'],
          resources: [['Forecasting: Principles and Practice', 'https://otexts.com/fpp3/']]
        }),
        defineTopic({
          id: 'anomaly-detection-automation',
          title: 'Anomaly detection and process automation',
          kind: 'practice',
          hours: 14,
          summary:
            'Finding unusual transactions, machines or documents, and automating routine decisions with a human in the loop.',
          outcome: 'Builds an anomaly detector with a review workflow for flagged cases.',
          prerequisites: ['business-problem-framing', 'clustering'],
          resources: [
            [
              'scikit-learn: novelty and outlier detection',
              'https://scikit-learn.org/stable/modules/outlier_detection.html'
            ]
          ]
        }),
        defineTopic({
          id: 'business-project',
          title: 'Specialization project: an industry case',
          kind: 'project',
          hours: 40,
          summary:
            'A deployed solution to a realistic business or industrial problem, with an estimate of the value it creates.',
          outcome: 'A public case study with a working system and a value estimate.',
          prerequisites: ['time-series-forecasting', 'anomaly-detection-automation'],
          resources: [['Made With ML', 'https://madewithml.com/']]
        })
      ]
    }
  ]
}
