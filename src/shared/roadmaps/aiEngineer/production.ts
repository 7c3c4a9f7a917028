// Stage 4 of the AI Engineer roadmap: serving, operating and responsibly running models in production.
import type { SequenceStage } from '../../domain/roadmap'
import { defineTopic } from './define'

/** Where a student becomes an engineer: models behind APIs, in containers, in the cloud, monitored and explained. */
export const productionStage: SequenceStage = {
  id: 'production',
  kind: 'sequence',
  title: 'Bringing models to production',
  summary:
    'Serve models behind APIs, package them in containers, run them in a realistic environment and in the cloud, keep them healthy over time, and think critically and ethically about what they should and should not do.',
  optional: false,
  topics: [
    defineTopic({
      id: 'model-apis',
      title: 'Serving a model behind an API',
      kind: 'practice',
      hours: 16,
      summary:
        'Exposing predictions over HTTP with FastAPI: request validation, model loading, batching and versioned endpoints.',
      outcome: 'Serves one of the project models through a documented, validated HTTP API.',
      prerequisites: ['project-tabular'],
      resources: [['FastAPI tutorial', 'https://fastapi.tiangolo.com/tutorial/']]
    }),
    defineTopic({
      id: 'microservices',
      title: 'APIs and microservices',
      kind: 'learn',
      hours: 10,
      summary:
        'Splitting a system into services, API contracts, synchronous versus queued communication and when a single service is the better choice.',
      outcome: 'Sketches a service boundary for an ML feature and defends it against a simpler monolith.',
      prerequisites: ['model-apis'],
      resources: [
        ['microservices.io patterns', 'https://microservices.io/'],
        ['The Twelve-Factor App', 'https://12factor.net/']
      ]
    }),
    defineTopic({
      id: 'docker',
      title: 'Docker and containers',
      kind: 'practice',
      hours: 12,
      summary:
        'Images, Dockerfiles, layers, volumes and compose files, so a model service runs the same on every machine.',
      outcome: 'Packages the model API as a small, reproducible container image.',
      prerequisites: ['model-apis', 'cs-systems'],
      resources: [['Docker: get started', 'https://docs.docker.com/get-started/']]
    }),
    defineTopic({
      id: 'logging-errors',
      title: 'Logging, error handling and service tests',
      kind: 'practice',
      hours: 10,
      summary:
        'Structured logs, meaningful errors, timeouts and retries, and tests that exercise the service the way clients do.',
      outcome: 'A service whose failures are logged with context and covered by integration tests.',
      prerequisites: ['model-apis', 'testing-debugging'],
      resources: [['Python logging HOWTO', 'https://docs.python.org/3/howto/logging.html']]
    }),
    defineTopic({
      id: 'realistic-environment',
      title: 'Simulating a real environment',
      kind: 'project',
      hours: 12,
      summary:
        'Running the service with its dependencies under compose, feeding it realistic traffic and data, and watching what breaks.',
      outcome: 'A local staging setup with load tests that reveal how the service behaves under pressure.',
      prerequisites: ['docker', 'logging-errors'],
      resources: [
        ['Docker Compose', 'https://docs.docker.com/compose/'],
        ['Locust load testing', 'https://docs.locust.io/en/stable/']
      ]
    }),
    defineTopic({
      id: 'latency-cost',
      title: 'Latency, cost and resources',
      kind: 'practice',
      hours: 10,
      summary:
        'Profiling inference, caching, batching, quantisation and right-sizing hardware to hit latency targets within a budget.',
      outcome: 'Measures and cuts the latency and running cost of a model service, with numbers before and after.',
      prerequisites: ['realistic-environment'],
      resources: [['Full Stack Deep Learning', 'https://fullstackdeeplearning.com/']]
    }),
    defineTopic({
      id: 'scalable-architecture',
      title: 'Scalable architecture',
      kind: 'learn',
      hours: 12,
      summary:
        'Stateless services, horizontal scaling, queues, caches and graceful degradation for systems whose load grows.',
      outcome: 'Designs how a model service scales to ten times its load and what fails first.',
      prerequisites: ['microservices', 'latency-cost'],
      resources: [['Google SRE book', 'https://sre.google/sre-book/table-of-contents/']]
    }),
    defineTopic({
      id: 'cloud-platform',
      title: 'A cloud platform: AWS, GCP or Azure',
      kind: 'learn',
      hours: 20,
      summary:
        'Compute, storage, identity and managed ML services on one major cloud, and keeping the bill under control.',
      outcome: 'Deploys the containerised model to a cloud provider with sensible permissions and a cost limit.',
      prerequisites: ['docker'],
      resources: [
        ['Microsoft Learn: Azure training', 'https://learn.microsoft.com/en-us/training/azure/'],
        ['Google Cloud training', 'https://cloud.google.com/learn/training']
      ]
    }),
    defineTopic({
      id: 'ml-pipelines',
      title: 'Training and deployment pipelines',
      kind: 'practice',
      hours: 16,
      summary:
        'Automating data preparation, training, evaluation and release with CI/CD so a model can be rebuilt and shipped on demand.',
      outcome: 'A pipeline that retrains, evaluates and deploys a model from a single commit or trigger.',
      prerequisites: ['cloud-platform', 'git-versioning'],
      resources: [['MLOps Zoomcamp', 'https://github.com/DataTalksClub/mlops-zoomcamp']]
    }),
    defineTopic({
      id: 'model-versioning',
      title: 'Model and data versioning',
      kind: 'practice',
      hours: 8,
      summary:
        'Tracking experiments, datasets and model artefacts so any prediction can be traced back to the exact data and code behind it.',
      outcome: 'Reproduces any past model version from its recorded data, code and parameters.',
      prerequisites: ['ml-pipelines'],
      resources: [
        ['MLflow documentation', 'https://mlflow.org/docs/latest/index.html'],
        ['DVC documentation', 'https://dvc.org/doc']
      ]
    }),
    defineTopic({
      id: 'model-monitoring',
      title: 'Monitoring models over time',
      kind: 'practice',
      hours: 10,
      summary:
        'Watching inputs, predictions and outcomes for drift and silent degradation, with dashboards and alerts that matter.',
      outcome: 'A monitoring dashboard with alerts for data drift and falling model quality.',
      prerequisites: ['model-versioning', 'data-quality-bias'],
      resources: [['Evidently documentation', 'https://docs.evidentlyai.com/']]
    }),
    defineTopic({
      id: 'retraining-cycles',
      title: 'Retraining cycles',
      kind: 'practice',
      hours: 8,
      summary:
        'Deciding when and how to retrain, validating a candidate against the current model and rolling out or back safely.',
      outcome: 'A documented retraining policy with an automated champion-versus-challenger check.',
      prerequisites: ['model-monitoring'],
      resources: [['Made With ML: MLOps lessons', 'https://madewithml.com/']]
    }),
    defineTopic({
      id: 'production-debugging',
      title: 'Debugging production issues',
      kind: 'practice',
      hours: 8,
      summary:
        'Working from logs, metrics and traces to the root cause of failures that only show up with real traffic, and writing it up blamelessly.',
      outcome: 'Resolves a staged production incident and writes a short post-mortem.',
      prerequisites: ['model-monitoring', 'logging-errors'],
      resources: [
        ['Google SRE book: effective troubleshooting', 'https://sre.google/sre-book/effective-troubleshooting/']
      ]
    }),
    defineTopic({
      id: 'when-not-to-use-ai',
      title: 'Critical and ethical thinking: when AI is the wrong tool',
      kind: 'learn',
      hours: 8,
      summary:
        'Weighing the risks, limits and side effects of an AI system and its ethical weight for the people it touches, and recognising problems better solved by rules, process or nothing at all.',
      outcome: 'Writes a short risk assessment that recommends for or against using AI on a given problem.',
      prerequisites: ['data-quality-bias'],
      resources: [['NIST AI Risk Management Framework', 'https://www.nist.gov/itl/ai-risk-management-framework']]
    }),
    defineTopic({
      id: 'privacy-security-fairness',
      title: 'Privacy, security and fairness',
      kind: 'learn',
      hours: 10,
      summary:
        'Handling personal data, attacks on ML systems such as poisoning and prompt injection, and measuring and reducing unfair outcomes.',
      outcome: 'Reviews an ML feature for privacy, security and fairness issues and proposes fixes.',
      prerequisites: ['when-not-to-use-ai'],
      resources: [
        ['OWASP Machine Learning Security Top Ten', 'https://owasp.org/www-project-machine-learning-security-top-10/'],
        ['Fairness and Machine Learning', 'https://fairmlbook.org/']
      ]
    }),
    defineTopic({
      id: 'explaining-limitations',
      title: 'Explaining limitations to stakeholders',
      kind: 'practice',
      hours: 6,
      summary:
        'Communicating uncertainty, failure modes and trade-offs to non-specialists who expect magic, with interpretable evidence.',
      outcome: 'Presents a model\u2019s strengths, blind spots and error rates to a non-technical audience.',
      prerequisites: ['when-not-to-use-ai', 'project-tabular'],
      resources: [
        ['Interpretable Machine Learning', 'https://christophm.github.io/interpretable-ml-book/'],
        ['People + AI Guidebook', 'https://pair.withgoogle.com/guidebook/']
      ]
    }),
    defineTopic({
      id: 'production-capstone',
      title: 'Milestone: a model running like a product',
      kind: 'milestone',
      hours: 16,
      summary:
        'Bring one project all the way: deployed, versioned, monitored, retrainable and documented for the people who rely on it.',
      outcome:
        'One project runs in the cloud with a pipeline, monitoring, a retraining plan and stakeholder-ready documentation.',
      prerequisites: [
        'scalable-architecture',
        'retraining-cycles',
        'production-debugging',
        'privacy-security-fairness',
        'explaining-limitations'
      ],
      resources: [['Full Stack Deep Learning', 'https://fullstackdeeplearning.com/']]
    })
  ]
}
