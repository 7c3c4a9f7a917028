// Stage 2 of the AI Engineer roadmap: machine and deep learning studied by building and breaking models.
import type { SequenceStage } from '../../domain/roadmap'
import { defineTopic } from './define'

/** Learning ML concepts first, by implementing and probing models rather than only calling libraries. */
export const machineLearningStage: SequenceStage = {
  id: 'machine-learning',
  kind: 'sequence',
  title: 'Machine learning by experiment',
  summary:
    'Learn how models learn by building simple ones yourself, measuring them honestly and finding out where they break, then move on to deep learning.',
  optional: false,
  topics: [
    defineTopic({
      id: 'ml-learning-paradigms',
      title: 'Supervised and unsupervised learning',
      kind: 'learn',
      hours: 12,
      summary:
        'What it means for a model to learn from labelled or unlabelled examples, training versus generalisation, and the shape of a typical ML workflow.',
      outcome: 'Frames a new problem as supervised or unsupervised and sketches the workflow to solve it.',
      prerequisites: ['python-essentials', 'linear-algebra', 'statistics'],
      resources: [
        ['Google Machine Learning Crash Course', 'https://developers.google.com/machine-learning/crash-course'],
        ['An Introduction to Statistical Learning', 'https://www.statlearning.com/']
      ]
    }),
    defineTopic({
      id: 'preprocessing-features',
      title: 'Data preprocessing and feature engineering',
      kind: 'practice',
      hours: 16,
      summary:
        'Cleaning, encoding, scaling and imputing data, building informative features and wrapping it all in reproducible pipelines.',
      outcome: 'Turns a messy raw table into a reproducible feature pipeline ready for training.',
      prerequisites: ['ml-learning-paradigms', 'sql-basics'],
      resources: [
        ['scikit-learn: preprocessing data', 'https://scikit-learn.org/stable/modules/preprocessing.html'],
        ['Kaggle Learn: Feature Engineering', 'https://www.kaggle.com/learn/feature-engineering']
      ]
    }),
    defineTopic({
      id: 'evaluation-metrics',
      title: 'Evaluation metrics and validation',
      kind: 'learn',
      hours: 10,
      summary:
        'Train/validation/test splits, cross-validation, and choosing metrics such as precision, recall, ROC AUC or MAE that match the real goal.',
      outcome: 'Picks and justifies a metric and a validation scheme for a given business question.',
      prerequisites: ['ml-learning-paradigms'],
      resources: [['scikit-learn: model evaluation', 'https://scikit-learn.org/stable/modules/model_evaluation.html']]
    }),
    defineTopic({
      id: 'regression-models',
      title: 'Linear and logistic regression',
      kind: 'practice',
      hours: 12,
      summary:
        'Fitting lines and decision boundaries, loss functions, gradient descent and regularisation, on small real datasets.',
      outcome: 'Trains, regularises and interprets regression models and reads their coefficients critically.',
      prerequisites: ['ml-learning-paradigms'],
      resources: [['scikit-learn: linear models', 'https://scikit-learn.org/stable/modules/linear_model.html']]
    }),
    defineTopic({
      id: 'tree-models',
      title: 'Decision trees and ensembles',
      kind: 'practice',
      hours: 12,
      summary:
        'How trees split data, why they overfit, and how random forests and gradient boosting fix that on tabular problems.',
      outcome: 'Tunes a gradient-boosted model on tabular data and explains which features drive it.',
      prerequisites: ['regression-models'],
      resources: [
        ['scikit-learn: decision trees', 'https://scikit-learn.org/stable/modules/tree.html'],
        ['scikit-learn: ensemble methods', 'https://scikit-learn.org/stable/modules/ensemble.html']
      ]
    }),
    defineTopic({
      id: 'clustering',
      title: 'Clustering and dimensionality reduction',
      kind: 'practice',
      hours: 10,
      summary:
        'Grouping unlabelled data with k-means and density-based methods and compressing it with PCA, and judging results without labels.',
      outcome: 'Segments an unlabelled dataset and argues whether the clusters are meaningful.',
      prerequisites: ['ml-learning-paradigms'],
      resources: [['scikit-learn: clustering', 'https://scikit-learn.org/stable/modules/clustering.html']]
    }),
    defineTopic({
      id: 'models-from-scratch',
      title: 'Simple models from scratch',
      kind: 'project',
      hours: 20,
      summary:
        'Implementing linear regression with gradient descent, k-means and a small decision tree in plain NumPy, then comparing them with library versions.',
      outcome: 'Has working from-scratch implementations whose results match scikit-learn on the same data.',
      prerequisites: ['regression-models', 'clustering', 'data-structures-algorithms'],
      resources: [
        ['Stanford CS229 Machine Learning', 'https://cs229.stanford.edu/'],
        ['Neural Networks: Zero to Hero', 'https://karpathy.ai/zero-to-hero.html']
      ]
    }),
    defineTopic({
      id: 'model-diagnosis',
      title: 'Why models work or fail',
      kind: 'practice',
      hours: 10,
      summary:
        'Bias and variance, over- and underfitting, data leakage and error analysis: reading learning curves and mistakes to decide what to change.',
      outcome: 'Diagnoses an underperforming model from its learning curves and errors and fixes the real cause.',
      prerequisites: ['evaluation-metrics', 'models-from-scratch'],
      resources: [['Rules of Machine Learning', 'https://developers.google.com/machine-learning/guides/rules-of-ml']]
    }),
    defineTopic({
      id: 'data-quality-bias',
      title: 'Data quality, bias and distribution',
      kind: 'learn',
      hours: 8,
      summary:
        'Spotting label noise, missing groups, skewed samples and shifts between training data and the real world before they hurt a model.',
      outcome: 'Audits a dataset for quality problems, sampling bias and distribution shift and reports what it finds.',
      prerequisites: ['preprocessing-features', 'evaluation-metrics'],
      resources: [
        ['Kaggle Learn: Data Cleaning', 'https://www.kaggle.com/learn/data-cleaning'],
        ['Fairness and Machine Learning', 'https://fairmlbook.org/']
      ]
    }),
    defineTopic({
      id: 'neural-networks',
      title: 'Neural networks and backpropagation',
      kind: 'learn',
      hours: 20,
      summary:
        'Neurons, layers, activations, loss and backpropagation, first coded by hand on a tiny network and then understood as automatic differentiation.',
      outcome: 'Trains a small neural network written from scratch and explains each step of backpropagation.',
      prerequisites: ['models-from-scratch'],
      resources: [
        ['Neural Networks and Deep Learning (online book)', 'https://neuralnetworksanddeeplearning.com/'],
        ['Dive into Deep Learning', 'https://d2l.ai/']
      ]
    }),
    defineTopic({
      id: 'dl-framework',
      title: 'PyTorch or TensorFlow',
      kind: 'practice',
      hours: 20,
      summary:
        'Tensors, automatic differentiation, datasets and data loaders, training loops, checkpoints and using a GPU in one mainstream framework.',
      outcome: 'Writes a clean training loop with validation and checkpoints in PyTorch or TensorFlow.',
      prerequisites: ['neural-networks'],
      resources: [
        ['PyTorch tutorials', 'https://pytorch.org/tutorials/'],
        ['TensorFlow tutorials', 'https://www.tensorflow.org/tutorials']
      ]
    }),
    defineTopic({
      id: 'cnns',
      title: 'Convolutional networks',
      kind: 'learn',
      hours: 12,
      summary:
        'Convolutions, pooling and classic architectures for images, plus transfer learning from pretrained backbones.',
      outcome: 'Fine-tunes a pretrained CNN on a small image dataset and explains what its layers detect.',
      prerequisites: ['dl-framework'],
      resources: [['Stanford CS231n notes', 'https://cs231n.github.io/']]
    }),
    defineTopic({
      id: 'rnns',
      title: 'Recurrent networks and sequences',
      kind: 'learn',
      hours: 10,
      summary:
        'Modelling sequences with RNNs, LSTMs and GRUs, and why long-range dependencies made them hard to train.',
      outcome: 'Builds a sequence model for text or time series and explains its limits.',
      prerequisites: ['dl-framework'],
      resources: [
        [
          'Dive into Deep Learning: recurrent neural networks',
          'https://d2l.ai/chapter_recurrent-neural-networks/index.html'
        ]
      ]
    }),
    defineTopic({
      id: 'transformers',
      title: 'Attention and Transformers',
      kind: 'learn',
      hours: 16,
      summary:
        'Self-attention, positional information and the encoder/decoder blocks behind modern language and vision models.',
      outcome: 'Implements a small attention block and explains how a Transformer processes a sequence.',
      prerequisites: ['rnns'],
      resources: [
        ['The Illustrated Transformer', 'https://jalammar.github.io/illustrated-transformer/'],
        [
          'Dive into Deep Learning: attention and Transformers',
          'https://d2l.ai/chapter_attention-mechanisms-and-transformers/index.html'
        ]
      ]
    })
  ]
}
