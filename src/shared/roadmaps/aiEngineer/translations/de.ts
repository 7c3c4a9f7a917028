// The AI Engineer roadmap in German: informal "du", technical terms as German developers use them.
import type { RoadmapTranslation } from './types'

export const aiEngineerGerman: RoadmapTranslation = {
  title: 'AI Engineer',
  stages: {
    foundations: {
      title: 'Solide Grundlagen',
      summary:
        'Werde sicher in Python, schärfe deine Programmiergewohnheiten und eigne dir die Mathematik und das Systemwissen an, auf denen alles Weitere aufbaut.'
    },
    'machine-learning': {
      title: 'Machine Learning durch Experimentieren',
      summary:
        'Verstehe, wie Modelle lernen: Bau einfache Modelle selbst, miss sie ehrlich, finde heraus, wo sie versagen – und steig dann ins Deep Learning ein.'
    },
    projects: {
      title: 'Echte End-to-End-Projekte',
      summary:
        'Bau drei vollständige Projekte mit echten Daten, von den Rohdaten bis zur nutzbaren App, und veröffentliche sie mit kurzen Notizen zu deinen Entscheidungen.'
    },
    production: {
      title: 'Modelle in Produktion bringen',
      summary:
        'Stell Modelle über APIs bereit, verpack sie in Container, betreib sie in einer realistischen Umgebung und in der Cloud, halte sie dauerhaft in Form und denk kritisch und ethisch darüber nach, was sie tun sollten und was nicht.'
    },
    specialization: {
      title: 'Spezialisierung',
      summary:
        'Wenn die Grundlagen sitzen, geh in einem Bereich in die Tiefe. Optional, aber echtes Fachwissen in einem Gebiet hebt dein Profil ab.'
    },
    profile: {
      title: 'Ein überzeugendes berufliches Profil',
      summary:
        'Präsentiere deine Arbeit so, dass andere sie schnell einschätzen können: ein aufgeräumtes GitHub, ein Portfolio, eigene Artikel und ein gutes Netzwerk.'
    }
  },
  tracks: {
    'nlp-llms': {
      title: 'NLP und LLMs',
      summary:
        'Sprachmodelle – von Textrepräsentationen bis zu zuverlässigen Anwendungen, die auf großen Sprachmodellen aufbauen.'
    },
    'computer-vision': {
      title: 'Computer Vision',
      summary:
        'Maschinen das Sehen beibringen: Bild-Pipelines, Objekterkennung und Segmentierung sowie Vision-Modelle auf echten Geräten.'
    },
    'recommender-systems': {
      title: 'Empfehlungssysteme',
      summary:
        'Der richtigen Person das Richtige vorschlagen: kollaboratives Filtern, Ranking und die Bewertung von Empfehlungen.'
    },
    'ai-business-industry': {
      title: 'KI für Wirtschaft und Industrie',
      summary:
        'ML dort einsetzen, wo Unternehmen Geld verdienen oder sparen: Probleme sauber zuschneiden, Prognosen, Anomalieerkennung und Prozessautomatisierung.'
    }
  },
  topics: {
    // Solide Grundlagen
    'python-essentials': {
      title: 'Python-Grundlagen',
      summary:
        'Syntax, grundlegende Datentypen, Funktionen, Module, virtuelle Umgebungen und die Standardbibliothek – geübt an vielen kleinen Skripten.',
      outcome:
        'Du schreibst kleine Python-Programme, die Dateien einlesen, Daten umformen und Ergebnisse ausgeben, ohne Grundlagen nachschlagen zu müssen.'
    },
    'data-structures-algorithms': {
      title: 'Datenstrukturen und Algorithmen',
      summary:
        'Listen, Hashmaps, Bäume, Graphen und Heaps; Sortieren, Suchen und Rekursion; Laufzeit und Speicherbedarf mit der O-Notation abschätzen.',
      outcome:
        'Du wählst für ein Problem eine passende Datenstruktur und begründest die Kosten der Lösung in O-Notation.'
    },
    'clean-code': {
      title: 'Lesbarer, wartbarer Code',
      summary:
        'Gute Namen, kleine Funktionen, Module mit klarer Aufgabe, Type Hints und Stilkonventionen, damit andere deinen Code leicht ändern können.',
      outcome:
        'Du baust ein chaotisches Skript zu gut benannten, typisierten Funktionen um, denen jeder Reviewer folgen kann.'
    },
    'testing-debugging': {
      title: 'Testen und Debuggen',
      summary:
        'Unit-Tests mit pytest, Fixtures, Test-First als Gewohnheit und systematisches Debuggen mit Debugger und Logs statt Rätselraten.',
      outcome:
        'Du ergänzt ein Projekt um eine Testsuite und spürst einen Bug mit Debugger und fehlschlagendem Test auf.'
    },
    'git-versioning': {
      title: 'Git und Versionsverwaltung',
      summary:
        'Commits, Branches, Merges und Rebases, Remotes und Pull Requests: eine saubere Historie führen und mit anderen zusammenarbeiten.',
      outcome:
        'Du verwaltest ein Projekt auf GitHub mit Branches und Pull Requests und bügelst einen missglückten Commit wieder aus.'
    },
    'sql-basics': {
      title: 'SQL und relationale Daten',
      summary:
        'Tabellen abfragen, filtern, verknüpfen und aggregieren; Grundlagen zu Indizes und Schemaentwurf; Trainingsdaten direkt aus der Datenbank holen.',
      outcome: 'Du schreibst Joins und Aggregationen, die aus Rohtabellen einen sauberen Datensatz machen.'
    },
    'backend-language': {
      title: 'Eine zweite Backend-Sprache',
      summary:
        'Genug JavaScript/TypeScript (oder eine andere Backend-Sprache), um die Services zu lesen und zu erweitern, in denen ein KI-Feature lebt.',
      outcome: 'Du baust einen kleinen Web-Endpunkt in einer anderen Sprache als Python.'
    },
    'linear-algebra': {
      title: 'Lineare Algebra für Machine Learning',
      summary:
        'Vektoren, Matrizen, Matrixprodukte, Projektionen, Eigenvektoren und die geometrische Intuition dahinter, nachgeprüft mit NumPy.',
      outcome: 'Du erklärst eine Matrix als lineare Abbildung und berechnest Projektionen und Zerlegungen mit NumPy.'
    },
    probability: {
      title: 'Wahrscheinlichkeitsrechnung',
      summary:
        'Zufallsvariablen, gängige Verteilungen, bedingte Wahrscheinlichkeit, der Satz von Bayes und Erwartungswerte, mit kleinen Simulationen.',
      outcome: 'Du löst Aufgaben zur bedingten Wahrscheinlichkeit und prüfst deine Ergebnisse mit einer Simulation.'
    },
    statistics: {
      title: 'Statistik',
      summary:
        'Deskriptive Statistik, Stichproben, Konfidenzintervalle, Hypothesentests und die Falle, zu viel in Daten hineinzulesen.',
      outcome:
        'Du führst auf einem echten Datensatz einen Hypothesentest durch, bestimmst ein Konfidenzintervall und deutest beides.'
    },
    'cs-systems': {
      title: 'Informatik- und Systemgrundlagen',
      summary:
        'Wie sich Prozesse, Speicher, Dateien, Nebenläufigkeit und Netzwerke verhalten, dazu die Kommandozeile – damit Performanceprobleme kein Rätsel mehr sind.',
      outcome:
        'Du analysierst ein langsames oder speicherhungriges Programm mit Werkzeugen des Betriebssystems und erklärst die Ursache.'
    },

    // Machine Learning durch Experimentieren
    'ml-learning-paradigms': {
      title: 'Überwachtes und unüberwachtes Lernen',
      summary:
        'Was es heißt, dass ein Modell aus gelabelten oder ungelabelten Beispielen lernt, Training versus Generalisierung und wie ein typischer ML-Workflow aussieht.',
      outcome: 'Du ordnest ein neues Problem als überwacht oder unüberwacht ein und skizzierst den Workflow zur Lösung.'
    },
    'preprocessing-features': {
      title: 'Datenvorverarbeitung und Feature Engineering',
      summary:
        'Daten bereinigen, kodieren, skalieren, fehlende Werte ergänzen, aussagekräftige Features bauen und alles in reproduzierbare Pipelines packen.',
      outcome:
        'Du machst aus einer unordentlichen Rohtabelle eine reproduzierbare Feature-Pipeline, die bereit fürs Training ist.'
    },
    'evaluation-metrics': {
      title: 'Evaluationsmetriken und Validierung',
      summary:
        'Aufteilung in Trainings-, Validierungs- und Testdaten, Kreuzvalidierung und Metriken wie Precision, Recall, ROC AUC oder MAE, die zum eigentlichen Ziel passen.',
      outcome:
        'Du wählst für eine konkrete geschäftliche Frage eine Metrik und ein Validierungsschema und begründest deine Wahl.'
    },
    'regression-models': {
      title: 'Lineare und logistische Regression',
      summary:
        'Geraden und Entscheidungsgrenzen anpassen, Verlustfunktionen, Gradientenabstieg und Regularisierung – an kleinen, echten Datensätzen.',
      outcome:
        'Du trainierst, regularisierst und interpretierst Regressionsmodelle und liest ihre Koeffizienten mit kritischem Blick.'
    },
    'tree-models': {
      title: 'Entscheidungsbäume und Ensembles',
      summary:
        'Wie Bäume Daten aufteilen, warum sie zum Overfitting neigen und wie Random Forests und Gradient Boosting das bei Tabellendaten beheben.',
      outcome:
        'Du tunst ein Gradient-Boosting-Modell auf Tabellendaten und erklärst, welche Features seine Vorhersagen bestimmen.'
    },
    clustering: {
      title: 'Clustering und Dimensionsreduktion',
      summary:
        'Ungelabelte Daten mit k-Means und dichtebasierten Verfahren gruppieren, mit PCA verdichten und die Ergebnisse ganz ohne Labels beurteilen.',
      outcome: 'Du segmentierst einen ungelabelten Datensatz und begründest, ob die Cluster wirklich etwas aussagen.'
    },
    'models-from-scratch': {
      title: 'Einfache Modelle von Grund auf',
      summary:
        'Lineare Regression mit Gradientenabstieg, k-Means und einen kleinen Entscheidungsbaum in reinem NumPy umsetzen und mit den Bibliotheksversionen vergleichen.',
      outcome:
        'Du hast eigene, funktionierende Implementierungen, deren Ergebnisse auf denselben Daten mit scikit-learn übereinstimmen.'
    },
    'model-diagnosis': {
      title: 'Warum Modelle funktionieren – oder scheitern',
      summary:
        'Bias und Varianz, Over- und Underfitting, Data Leakage und Fehleranalyse: Lernkurven und Fehler lesen, um zu entscheiden, was du änderst.',
      outcome:
        'Du diagnostizierst ein schwaches Modell anhand seiner Lernkurven und Fehler und behebst die eigentliche Ursache.'
    },
    'data-quality-bias': {
      title: 'Datenqualität, Bias und Verteilung',
      summary:
        'Label-Rauschen, fehlende Gruppen, verzerrte Stichproben und Abweichungen zwischen Trainingsdaten und Realität erkennen, bevor sie einem Modell schaden.',
      outcome:
        'Du prüfst einen Datensatz auf Qualitätsprobleme, Stichprobenverzerrung und Distribution Shift und hältst deine Befunde fest.'
    },
    'neural-networks': {
      title: 'Neuronale Netze und Backpropagation',
      summary:
        'Neuronen, Schichten, Aktivierungen, Loss und Backpropagation – erst von Hand an einem winzigen Netz programmiert, dann als automatisches Differenzieren verstanden.',
      outcome:
        'Du trainierst ein selbst geschriebenes kleines neuronales Netz und erklärst jeden Schritt der Backpropagation.'
    },
    'dl-framework': {
      title: 'PyTorch oder TensorFlow',
      summary:
        'Tensoren, automatisches Differenzieren, Datasets und DataLoader, Trainingsschleifen, Checkpoints und GPU-Nutzung in einem der großen Frameworks.',
      outcome: 'Du schreibst in PyTorch oder TensorFlow eine saubere Trainingsschleife mit Validierung und Checkpoints.'
    },
    cnns: {
      title: 'Faltungsnetze (CNNs)',
      summary:
        'Faltungen, Pooling und klassische Architekturen für Bilder sowie Transfer Learning mit vortrainierten Backbones.',
      outcome:
        'Du passt ein vortrainiertes CNN per Fine-Tuning an einen kleinen Bilddatensatz an und erklärst, was seine Schichten erkennen.'
    },
    rnns: {
      title: 'Rekurrente Netze und Sequenzen',
      summary:
        'Sequenzen mit RNNs, LSTMs und GRUs modellieren – und warum weitreichende Abhängigkeiten ihr Training so schwierig machten.',
      outcome: 'Du baust ein Sequenzmodell für Text oder Zeitreihen und erklärst seine Grenzen.'
    },
    transformers: {
      title: 'Attention und Transformer',
      summary:
        'Self-Attention, Positionsinformationen und die Encoder- und Decoder-Blöcke hinter modernen Sprach- und Bildmodellen.',
      outcome:
        'Du implementierst einen kleinen Attention-Block und erklärst, wie ein Transformer eine Sequenz verarbeitet.'
    },

    // Echte End-to-End-Projekte
    'project-tabular': {
      title: 'Projekt 1: eine Vorhersage-App für Tabellendaten',
      summary:
        'Such dir einen öffentlichen Datensatz aus der Praxis, bereinige ihn, bau und bewerte ein Modell und verpack es in eine kleine App zum Ausprobieren.',
      outcome:
        'Eine funktionierende App mit getestetem Modell auf echten Tabellendaten, in einem öffentlichen Repository.'
    },
    'project-deep-learning': {
      title: 'Projekt 2: eine Deep-Learning-Anwendung',
      summary:
        'Sammle Bild- oder Textdaten oder nutze vorhandene, pass ein vortrainiertes Netz per Fine-Tuning an, miss es an einer einfachen Baseline und veröffentliche eine Demo.',
      outcome: 'Eine Demo eines feinabgestimmten Deep-Learning-Modells mit ehrlichem Vergleich gegen eine Baseline.'
    },
    'project-data-product': {
      title: 'Projekt 3: ein Datenprodukt nach eigenem Entwurf',
      summary:
        'Wähl ein Problem, das dir am Herzen liegt, prüf, ob ML überhaupt das richtige Werkzeug ist, und bau die ganze Pipeline von der Datenerhebung bis zur Oberfläche.',
      outcome:
        'Ein selbst konzipiertes Produkt, das ein echtes Problem löst – samt der Entscheidung, wo ML hilft und wo nicht.'
    },
    'project-writeups': {
      title: 'Code und Projektberichte veröffentlichen',
      summary:
        'Räum jedes Repository auf, ergänze ein README mit Installationsschritten und Ergebnissen und schreib kurz auf, welche Abwägungen hinter jedem Projekt stecken.',
      outcome:
        'Drei öffentliche Repositorys, jedes mit einem klaren README und einer kurzen Begründung der getroffenen Entscheidungen.'
    },

    // Modelle in Produktion bringen
    'model-apis': {
      title: 'Ein Modell über eine API bereitstellen',
      summary:
        'Vorhersagen mit FastAPI über HTTP anbieten: Validierung der Anfragen, Laden des Modells, Batching und versionierte Endpunkte.',
      outcome: 'Du stellst eines deiner Projektmodelle über eine dokumentierte HTTP-API mit Eingabevalidierung bereit.'
    },
    microservices: {
      title: 'APIs und Microservices',
      summary:
        'Ein System in Services aufteilen, API-Verträge, synchrone Aufrufe versus Queues und wann ein einzelner Service die bessere Wahl ist.',
      outcome: 'Du skizzierst Servicegrenzen für ein ML-Feature und verteidigst sie gegen einen einfacheren Monolithen.'
    },
    docker: {
      title: 'Docker und Container',
      summary:
        'Images, Dockerfiles, Layer, Volumes und Compose-Dateien, damit ein Modellservice auf jedem Rechner gleich läuft.',
      outcome: 'Du verpackst die Modell-API als kleines, reproduzierbares Container-Image.'
    },
    'logging-errors': {
      title: 'Logging, Fehlerbehandlung und Servicetests',
      summary:
        'Strukturierte Logs, aussagekräftige Fehler, Timeouts und Retries sowie Tests, die den Service so nutzen wie echte Clients.',
      outcome: 'Ein Service, dessen Fehler mit Kontext geloggt und durch Integrationstests abgedeckt sind.'
    },
    'realistic-environment': {
      title: 'Eine echte Umgebung simulieren',
      summary:
        'Den Service samt Abhängigkeiten mit Compose starten, mit realistischem Traffic und Daten füttern und beobachten, was kaputtgeht.',
      outcome: 'Eine lokale Staging-Umgebung mit Lasttests, die zeigen, wie sich der Service unter Druck verhält.'
    },
    'latency-cost': {
      title: 'Latenz, Kosten und Ressourcen',
      summary:
        'Inferenz profilen, Caching, Batching, Quantisierung und passend dimensionierte Hardware, um Latenzziele im Rahmen des Budgets zu erreichen.',
      outcome: 'Du misst und senkst Latenz und Betriebskosten eines Modellservices – mit Zahlen vorher und nachher.'
    },
    'scalable-architecture': {
      title: 'Skalierbare Architektur',
      summary:
        'Zustandslose Services, horizontale Skalierung, Queues, Caches und Graceful Degradation für Systeme, deren Last wächst.',
      outcome: 'Du entwirfst, wie ein Modellservice die zehnfache Last bewältigt, und weißt, was zuerst ausfällt.'
    },
    'cloud-platform': {
      title: 'Eine Cloud-Plattform: AWS, GCP oder Azure',
      summary:
        'Rechenleistung, Speicher, Identitäten und verwaltete ML-Dienste bei einem großen Cloud-Anbieter – und die Rechnung im Griff behalten.',
      outcome:
        'Du deployst das containerisierte Modell bei einem Cloud-Anbieter, mit sinnvollen Berechtigungen und einem Kostenlimit.'
    },
    'ml-pipelines': {
      title: 'Trainings- und Deployment-Pipelines',
      summary:
        'Datenaufbereitung, Training, Evaluation und Release mit CI/CD automatisieren, damit sich ein Modell jederzeit neu bauen und ausliefern lässt.',
      outcome:
        'Eine Pipeline, die ein Modell auf einen einzigen Commit oder Trigger hin neu trainiert, evaluiert und deployt.'
    },
    'model-versioning': {
      title: 'Versionierung von Modellen und Daten',
      summary:
        'Experimente, Datensätze und Modellartefakte festhalten, damit sich jede Vorhersage auf genau die Daten und den Code dahinter zurückführen lässt.',
      outcome:
        'Du reproduzierst jede frühere Modellversion aus ihren gespeicherten Daten, ihrem Code und ihren Parametern.'
    },
    'model-monitoring': {
      title: 'Modelle dauerhaft überwachen',
      summary:
        'Eingaben, Vorhersagen und Ergebnisse auf Drift und schleichende Verschlechterung überwachen, mit Dashboards und Alerts, die wirklich zählen.',
      outcome: 'Ein Monitoring-Dashboard mit Alerts bei Data Drift und sinkender Modellqualität.'
    },
    'retraining-cycles': {
      title: 'Retraining-Zyklen',
      summary:
        'Entscheiden, wann und wie neu trainiert wird, einen Kandidaten gegen das aktuelle Modell validieren und sicher ausrollen oder zurückrollen.',
      outcome: 'Eine dokumentierte Retraining-Strategie mit automatischem Champion-Challenger-Vergleich.'
    },
    'production-debugging': {
      title: 'Fehlersuche in der Produktion',
      summary:
        'Über Logs, Metriken und Traces die Ursache von Fehlern finden, die erst bei echtem Traffic auftreten, und sie ohne Schuldzuweisung aufarbeiten.',
      outcome: 'Du löst einen nachgestellten Produktionsvorfall und schreibst ein kurzes Post-Mortem.'
    },
    'when-not-to-use-ai': {
      title: 'Kritisch und ethisch denken: wann KI das falsche Werkzeug ist',
      summary:
        'Risiken, Grenzen und Nebenwirkungen eines KI-Systems und seine ethische Tragweite für die Betroffenen abwägen und Probleme erkennen, die Regeln, ein klarer Prozess oder schlicht gar nichts besser lösen.',
      outcome:
        'Du schreibst eine kurze Risikobewertung, die bei einem konkreten Problem zum Einsatz von KI rät oder davon abrät.'
    },
    'privacy-security-fairness': {
      title: 'Datenschutz, Sicherheit und Fairness',
      summary:
        'Umgang mit personenbezogenen Daten, Angriffe auf ML-Systeme wie Data Poisoning und Prompt Injection sowie unfaire Ergebnisse messen und verringern.',
      outcome:
        'Du prüfst ein ML-Feature auf Probleme bei Datenschutz, Sicherheit und Fairness und schlägst Lösungen vor.'
    },
    'explaining-limitations': {
      title: 'Grenzen gegenüber Stakeholdern erklären',
      summary:
        'Unsicherheit, Fehlermodi und Zielkonflikte mit nachvollziehbaren Belegen an Fachfremde vermitteln, die Wunder erwarten.',
      outcome: 'Du stellst Stärken, blinde Flecken und Fehlerraten eines Modells einem nicht-technischen Publikum vor.'
    },
    'production-capstone': {
      title: 'Meilenstein: ein Modell, das läuft wie ein Produkt',
      summary:
        'Bring ein Projekt bis ganz ans Ziel: deployt, versioniert, überwacht, nachtrainierbar und dokumentiert für alle, die sich darauf verlassen.',
      outcome:
        'Ein Projekt läuft in der Cloud – mit Pipeline, Monitoring, Retraining-Plan und einer Dokumentation, die Stakeholder verstehen.'
    },

    // Spezialisierung: NLP und LLMs
    'nlp-text-representations': {
      title: 'Textverarbeitung und Embeddings',
      summary: 'Tokenisierung, klassische Text-Features und dichte Embeddings – und wie aus Bedeutung Geometrie wird.',
      outcome: 'Du baust mit Embeddings eine semantische Suche über eine Dokumentsammlung.'
    },
    'nlp-fine-tuning': {
      title: 'Fine-Tuning vortrainierter Sprachmodelle',
      summary:
        'Vortrainierte Modelle an Aufgaben wie Klassifikation, Extraktion und Generierung anpassen, auch mit parametereffizienten Methoden.',
      outcome:
        'Du passt ein vortrainiertes Sprachmodell per Fine-Tuning an eine eigene Aufgabe an und schlägst eine Zero-Shot-Baseline.'
    },
    'llm-applications': {
      title: 'LLM-Anwendungen entwickeln',
      summary:
        'Prompt-Design, Retrieval-Augmented Generation (RAG), Tool Use, Guardrails und das Bewerten von Ausgaben, für die es nicht die eine richtige Antwort gibt.',
      outcome: 'Du bringst einen RAG-Assistenten mit Evaluationsdatensatz und Guardrails an den Start.'
    },
    'nlp-project': {
      title: 'Spezialisierungsprojekt: ein Sprachprodukt',
      summary:
        'Ein produktiv laufendes NLP- oder LLM-Produkt auf echten Texten, mit gemessener Qualität, Kosten pro Anfrage und bekannten Fehlermodi.',
      outcome: 'Ein öffentliches LLM-Produkt mit Evaluationsbericht und Kostenzahlen.'
    },

    // Spezialisierung: Computer Vision
    'cv-image-data': {
      title: 'Bilddaten und Augmentierung',
      summary: 'Bildformate, Labeling, Augmentierungsstrategien und die typischen Datensatz-Fallen bei Bildern.',
      outcome: 'Du bereitest einen gelabelten Bilddatensatz mit einer durchdachten Augmentierungs-Pipeline vor.'
    },
    'cv-detection-segmentation': {
      title: 'Objekterkennung und Segmentierung',
      summary: 'Detektoren, Segmentierungsnetze und ihre Metriken, trainiert und evaluiert an einem echten Datensatz.',
      outcome:
        'Du trainierst einen Detektor und ermittelst seine Mean Average Precision (mAP) auf zurückgehaltenen Testbildern.'
    },
    'cv-deployment': {
      title: 'Effiziente Vision-Modelle auf Endgeräten',
      summary: 'Transfer Learning, Modellkompression und der Export von Vision-Modellen für Edge- und Mobilgeräte.',
      outcome: 'Du bringst ein komprimiertes Vision-Modell auf bescheidener Hardware in interaktivem Tempo zum Laufen.'
    },
    'cv-project': {
      title: 'Spezialisierungsprojekt: ein Vision-Produkt',
      summary:
        'Eine produktiv laufende Vision-Anwendung auf selbst gesammelten oder kuratierten Bildern, mit gemessener Genauigkeit und Geschwindigkeit.',
      outcome: 'Ein öffentliches Vision-Produkt mit Zahlen zu Genauigkeit und Latenz.'
    },

    // Spezialisierung: Empfehlungssysteme
    'recsys-foundations': {
      title: 'Kollaboratives und inhaltsbasiertes Filtern',
      summary:
        'User-Item-Matrizen, Ähnlichkeit, Matrixfaktorisierung und inhaltliche Merkmale – und das Kaltstartproblem.',
      outcome: 'Du baust mit Matrixfaktorisierung ein Baseline-Empfehlungssystem auf öffentlichen Bewertungsdaten.'
    },
    'recsys-ranking-evaluation': {
      title: 'Empfehlungen ranken und bewerten',
      summary:
        'Kandidatengenerierung versus Ranking, Offline-Ranking-Metriken und warum Online-Experimente das letzte Wort haben.',
      outcome: 'Du vergleichst Empfehlungssysteme mit Ranking-Metriken und konzipierst einen A/B-Test für den Gewinner.'
    },
    'recsys-deep': {
      title: 'Deep-Learning-Modelle für Retrieval',
      summary: 'Two-Tower- und sequenzbasierte Modelle, die Embeddings für Nutzer und Items in großem Maßstab lernen.',
      outcome: 'Du trainierst ein Two-Tower-Retrieval-Modell und lieferst Empfehlungen per Nearest-Neighbor-Suche aus.'
    },
    'recsys-project': {
      title: 'Spezialisierungsprojekt: ein Empfehlungsdienst',
      summary:
        'Ein produktiv laufendes Empfehlungssystem auf echten Interaktionsdaten, mit Offline-Metriken und einem Plan für Online-Tests.',
      outcome: 'Ein öffentlicher Empfehlungsdienst mit Evaluationsbericht.'
    },

    // Spezialisierung: KI für Wirtschaft und Industrie
    'business-problem-framing': {
      title: 'Geschäftsprobleme als KI-Aufgaben formulieren',
      summary:
        'Ein Geschäftsziel in eine messbare ML-Aufgabe übersetzen, Nutzen und Kosten abschätzen und Erfolgskriterien mit den Stakeholdern vereinbaren.',
      outcome:
        'Du schreibst einen einseitigen Vorschlag, der eine Modellmetrik mit einem Geschäftsergebnis und dessen erwartetem Ertrag verknüpft.'
    },
    'time-series-forecasting': {
      title: 'Zeitreihenprognosen',
      summary:
        'Trend, Saisonalität, klassische und ML-basierte Prognoseverfahren und Backtesting genau so, wie die Prognosen später genutzt werden.',
      outcome:
        'Du prüfst eine Nachfrageprognose per Backtesting und übersetzt ihren Fehler in geschäftliche Auswirkungen.'
    },
    'anomaly-detection-automation': {
      title: 'Anomalieerkennung und Prozessautomatisierung',
      summary:
        'Auffällige Transaktionen, Maschinen oder Dokumente finden und Routineentscheidungen automatisieren – mit einem Menschen, der gegenprüft.',
      outcome: 'Du baust einen Anomaliedetektor mit einem Prüfprozess für markierte Fälle.'
    },
    'business-project': {
      title: 'Spezialisierungsprojekt: ein Praxisfall aus der Industrie',
      summary:
        'Eine produktiv laufende Lösung für ein realistisches Problem aus Wirtschaft oder Industrie, mit einer Schätzung des Nutzens, den sie bringt.',
      outcome: 'Eine öffentliche Fallstudie mit funktionierendem System und Nutzenschätzung.'
    },

    // Ein überzeugendes berufliches Profil
    'curated-github': {
      title: 'Ein kuratiertes GitHub-Profil',
      summary:
        'Pinne deine besten Repositorys an, schreib ein Profil-README, archiviere den Ballast und sorg dafür, dass sich jedes gezeigte Projekt leicht starten lässt.',
      outcome: 'Ein GitHub-Profil, auf dem Besucher deine drei besten Projekte in unter einer Minute finden.'
    },
    'project-portfolio': {
      title: 'Ein Projektportfolio',
      summary:
        'Eine schlichte persönliche Website, die jedes Projekt als Problem, Ansatz, Ergebnis und Erkenntnisse vorstellt, mit Links zu Code und Demos.',
      outcome: 'Eine veröffentlichte Portfolio-Website mit Fallstudien zu deinen Projekten.'
    },
    'technical-writing': {
      title: 'Fachartikel und Blogposts',
      summary:
        'Kurze, konkrete Beiträge über das, was du gebaut oder gelernt hast – von der Lehre aus einem Bug bis zum Projektrückblick.',
      outcome: 'Drei veröffentlichte Fachbeiträge, jeder über etwas, das du gebaut oder debuggt hast.'
    },
    'networking-community': {
      title: 'Networking und Community',
      summary:
        'Communitys beitreten, mit Antworten oder kleinen Fixes zu Open Source beitragen, Meetups besuchen und mit anderen aus dem Fach in Kontakt bleiben.',
      outcome: 'Aktiv in mindestens einer Community, mit einem gemergten Open-Source-Beitrag oder einem Vortrag.'
    },
    'profile-milestone': {
      title: 'Meilenstein: bereit für Bewerbungen',
      summary:
        'Geh dein ganzes Profil mit jemandem aus der Branche durch, richte deinen Lebenslauf auf AI-Engineering-Stellen aus und bewirb dich.',
      outcome: 'Lebenslauf, Portfolio und GitHub sind geprüft, die ersten Bewerbungen verschickt.'
    }
  }
}
