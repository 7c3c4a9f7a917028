// Stage 1 of the AI Engineer roadmap: programming, mathematics and computing fundamentals.
import type { SequenceStage } from '../../domain/roadmap'
import { defineTopic } from './define'

/** Programming craft, applied mathematics and how computers and systems work. */
export const foundationsStage: SequenceStage = {
  id: 'foundations',
  kind: 'sequence',
  title: 'Solid foundations',
  summary:
    'Become fluent in Python, sharpen core programming habits and pick up the mathematics and systems knowledge every later stage leans on.',
  optional: false,
  topics: [
    defineTopic({
      id: 'python-essentials',
      title: 'Python essentials',
      kind: 'learn',
      hours: 40,
      summary:
        'Syntax, core types, functions, modules, virtual environments and the standard library, practised through many small scripts.',
      outcome:
        'Writes and runs small Python programs that read files, transform data and print results without looking up basics.',
      resources: [
        ['The Python Tutorial', 'https://docs.python.org/3/tutorial/'],
        ['CS50 Introduction to Programming with Python', 'https://cs50.harvard.edu/python/']
      ]
    }),
    defineTopic({
      id: 'data-structures-algorithms',
      title: 'Data structures and algorithms',
      kind: 'practice',
      hours: 50,
      summary:
        'Lists, hash maps, trees, graphs and heaps; sorting, searching and recursion; reasoning about time and memory with big-O.',
      outcome: 'Chooses a fitting data structure for a problem and explains the cost of the solution in big-O terms.',
      prerequisites: ['python-essentials'],
      resources: [
        [
          'MIT 6.006 Introduction to Algorithms',
          'https://ocw.mit.edu/courses/6-006-introduction-to-algorithms-spring-2020/'
        ],
        ['Khan Academy: Algorithms', 'https://www.khanacademy.org/computing/computer-science/algorithms']
      ]
    }),
    defineTopic({
      id: 'clean-code',
      title: 'Readable, maintainable code',
      kind: 'practice',
      hours: 12,
      summary:
        'Naming, small functions, modules with one purpose, type hints and style conventions that make code easy for others to change.',
      outcome: 'Refactors a messy script into well-named, typed functions that a reviewer can follow.',
      prerequisites: ['python-essentials'],
      resources: [
        ['PEP 8 style guide', 'https://peps.python.org/pep-0008/'],
        ['Python typing documentation', 'https://docs.python.org/3/library/typing.html']
      ]
    }),
    defineTopic({
      id: 'testing-debugging',
      title: 'Testing and debugging',
      kind: 'practice',
      hours: 14,
      summary:
        'Unit tests with pytest, fixtures, test-first habits and systematic debugging with a debugger and logs instead of guesswork.',
      outcome: 'Adds a test suite to a project and tracks down a bug with a debugger and a failing test.',
      prerequisites: ['clean-code'],
      resources: [
        ['pytest documentation', 'https://docs.pytest.org/en/stable/'],
        ['pdb, the Python debugger', 'https://docs.python.org/3/library/pdb.html']
      ]
    }),
    defineTopic({
      id: 'git-versioning',
      title: 'Git and version control',
      kind: 'learn',
      hours: 8,
      summary:
        'Commits, branches, merges and rebases, remotes and pull requests: keeping a clean history and working with others.',
      outcome: 'Manages a project on GitHub with branches and pull requests and recovers from a bad commit.',
      resources: [
        ['Pro Git book', 'https://git-scm.com/book/en/v2'],
        ['The Missing Semester: version control', 'https://missing.csail.mit.edu/2020/version-control/']
      ]
    }),
    defineTopic({
      id: 'sql-basics',
      title: 'SQL and relational data',
      kind: 'learn',
      hours: 16,
      summary:
        'Selecting, filtering, joining and aggregating tables; indexes and schema design basics; pulling training data straight from a database.',
      outcome: 'Writes joins and aggregations that turn raw tables into a clean dataset.',
      resources: [
        ['SQLBolt interactive lessons', 'https://sqlbolt.com/'],
        ['PostgreSQL tutorial', 'https://www.postgresql.org/docs/current/tutorial.html']
      ]
    }),
    defineTopic({
      id: 'backend-language',
      title: 'A second backend language',
      kind: 'learn',
      hours: 25,
      summary:
        'Enough JavaScript/TypeScript (or another backend language) to read and extend the services an AI feature lives in.',
      outcome: 'Builds a small web endpoint in a language other than Python.',
      prerequisites: ['python-essentials'],
      optional: true,
      resources: [
        ['MDN JavaScript Guide', 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide'],
        ['TypeScript Handbook', 'https://www.typescriptlang.org/docs/handbook/intro.html']
      ]
    }),
    defineTopic({
      id: 'linear-algebra',
      title: 'Linear algebra for machine learning',
      kind: 'learn',
      hours: 30,
      summary:
        'Vectors, matrices, matrix products, projections, eigenvectors and the geometric intuition behind them, checked with NumPy.',
      outcome: 'Explains a matrix as a transformation and computes projections and decompositions with NumPy.',
      resources: [
        ['3Blue1Brown: Essence of linear algebra', 'https://www.3blue1brown.com/topics/linear-algebra'],
        ['MIT 18.06 Linear Algebra', 'https://ocw.mit.edu/courses/18-06-linear-algebra-spring-2010/']
      ]
    }),
    defineTopic({
      id: 'probability',
      title: 'Probability',
      kind: 'learn',
      hours: 20,
      summary:
        'Random variables, common distributions, conditional probability, Bayes\u2019 rule and expectation, with small simulations.',
      outcome: 'Solves conditional-probability problems and checks the answers with a simulation.',
      resources: [
        ['Introduction to Probability, Statistics, and Random Processes', 'https://www.probabilitycourse.com/'],
        ['Khan Academy: Statistics and probability', 'https://www.khanacademy.org/math/statistics-probability']
      ]
    }),
    defineTopic({
      id: 'statistics',
      title: 'Statistics',
      kind: 'learn',
      hours: 20,
      summary:
        'Descriptive statistics, sampling, confidence intervals, hypothesis tests and the traps of reading too much into data.',
      outcome: 'Runs and interprets a hypothesis test and a confidence interval on a real dataset.',
      prerequisites: ['probability'],
      resources: [['OpenIntro Statistics', 'https://www.openintro.org/book/os/']]
    }),
    defineTopic({
      id: 'cs-systems',
      title: 'Computer science and systems fundamentals',
      kind: 'learn',
      hours: 30,
      summary:
        'How processes, memory, files, concurrency and networks behave, plus the command line, so performance problems stop being mysteries.',
      outcome: 'Diagnoses a slow or memory-hungry program using OS-level tools and explains the cause.',
      prerequisites: ['python-essentials'],
      resources: [
        ['Operating Systems: Three Easy Pieces', 'https://pages.cs.wisc.edu/~remzi/OSTEP/'],
        ['The Missing Semester of Your CS Education', 'https://missing.csail.mit.edu/']
      ]
    })
  ]
}
