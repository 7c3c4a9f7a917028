// The AI Engineer roadmap in Spanish: neutral international Spanish, "tú", technical terms as developers use them.
import type { RoadmapTranslation } from './types'

export const aiEngineerSpanish: RoadmapTranslation = {
  title: 'Ingeniería de IA',
  stages: {
    foundations: {
      title: 'Bases sólidas',
      summary:
        'Gana soltura con Python, afianza buenos hábitos de programación y adquiere las matemáticas y los conocimientos de sistemas en los que se apoya todo lo que viene después.'
    },
    'machine-learning': {
      title: 'Machine learning a base de experimentos',
      summary:
        'Entiende cómo aprenden los modelos construyendo modelos sencillos por tu cuenta, midiéndolos con honestidad y descubriendo dónde fallan; después, da el salto al deep learning.'
    },
    projects: {
      title: 'Proyectos reales de principio a fin',
      summary:
        'Construye tres proyectos completos con datos reales, desde los datos en bruto hasta una app utilizable, y publícalos con notas breves que expliquen tus decisiones.'
    },
    production: {
      title: 'Llevar modelos a producción',
      summary:
        'Sirve modelos a través de APIs, empaquétalos en contenedores, ejecútalos en un entorno realista y en la nube, mantenlos en buen estado con el tiempo y piensa de forma crítica y ética en lo que deben y no deben hacer.'
    },
    specialization: {
      title: 'Especialización',
      summary:
        'Con las habilidades generales asentadas, profundiza en un área. Es opcional, pero dominar un campo hace que un perfil destaque.'
    },
    profile: {
      title: 'Un perfil profesional creíble',
      summary:
        'Presenta tu trabajo para que otros puedan valorarlo rápido: un GitHub ordenado, un portafolio, algunos artículos y una red de colegas.'
    }
  },
  tracks: {
    'nlp-llms': {
      title: 'NLP y LLM',
      summary:
        'Modelos de lenguaje: desde las representaciones de texto hasta aplicaciones fiables construidas sobre grandes modelos de lenguaje.'
    },
    'computer-vision': {
      title: 'Visión artificial',
      summary:
        'Enseñar a las máquinas a ver: pipelines de imágenes, detección y segmentación, y modelos de visión funcionando en dispositivos reales.'
    },
    'recommender-systems': {
      title: 'Sistemas de recomendación',
      summary:
        'Sugerir lo adecuado a la persona adecuada: filtrado colaborativo, ranking y evaluación de recomendaciones.'
    },
    'ai-business-industry': {
      title: 'IA para empresas e industria',
      summary:
        'Aplicar ML donde las empresas ganan o ahorran dinero: plantear bien los problemas, hacer previsiones, detectar anomalías y automatizar procesos.'
    }
  },
  topics: {
    // Bases sólidas
    'python-essentials': {
      title: 'Fundamentos de Python',
      summary:
        'Sintaxis, tipos básicos, funciones, módulos, entornos virtuales y la biblioteca estándar, practicados con muchos scripts pequeños.',
      outcome:
        'Escribes y ejecutas pequeños programas en Python que leen archivos, transforman datos y muestran resultados sin consultar lo básico.'
    },
    'data-structures-algorithms': {
      title: 'Estructuras de datos y algoritmos',
      summary:
        'Listas, tablas hash, árboles, grafos y heaps; ordenación, búsqueda y recursión; razonar sobre tiempo y memoria con la notación Big O.',
      outcome:
        'Eliges la estructura de datos adecuada para un problema y explicas el costo de la solución en notación Big O.'
    },
    'clean-code': {
      title: 'Código legible y mantenible',
      summary:
        'Buenos nombres, funciones pequeñas, módulos con un solo propósito, anotaciones de tipo y convenciones de estilo que facilitan a otros cambiar tu código.',
      outcome:
        'Refactorizas un script desordenado en funciones tipadas y bien nombradas que cualquier revisor puede seguir.'
    },
    'testing-debugging': {
      title: 'Pruebas y depuración',
      summary:
        'Pruebas unitarias con pytest, fixtures, el hábito de escribir primero la prueba y depuración sistemática con depurador y logs en vez de conjeturas.',
      outcome: 'Añades una batería de pruebas a un proyecto y localizas un bug con el depurador y una prueba que falla.'
    },
    'git-versioning': {
      title: 'Git y control de versiones',
      summary:
        'Commits, ramas, merges y rebases, remotos y pull requests: mantener un historial limpio y trabajar en equipo.',
      outcome: 'Gestionas un proyecto en GitHub con ramas y pull requests y sabes deshacer un commit equivocado.'
    },
    'sql-basics': {
      title: 'SQL y datos relacionales',
      summary:
        'Seleccionar, filtrar, combinar y agregar tablas; nociones de índices y diseño de esquemas; extraer datos de entrenamiento directamente de una base de datos.',
      outcome: 'Escribes joins y agregaciones que convierten tablas en bruto en un conjunto de datos limpio.'
    },
    'backend-language': {
      title: 'Un segundo lenguaje de backend',
      summary:
        'Suficiente JavaScript/TypeScript (u otro lenguaje de backend) para leer y ampliar los servicios en los que vive una función de IA.',
      outcome: 'Construyes un pequeño endpoint web en un lenguaje distinto de Python.'
    },
    'linear-algebra': {
      title: 'Álgebra lineal para machine learning',
      summary:
        'Vectores, matrices, productos de matrices, proyecciones, autovectores y la intuición geométrica que hay detrás, comprobados con NumPy.',
      outcome: 'Explicas una matriz como una transformación y calculas proyecciones y descomposiciones con NumPy.'
    },
    probability: {
      title: 'Probabilidad',
      summary:
        'Variables aleatorias, distribuciones habituales, probabilidad condicional, el teorema de Bayes y la esperanza, con pequeñas simulaciones.',
      outcome: 'Resuelves problemas de probabilidad condicional y compruebas las respuestas con una simulación.'
    },
    statistics: {
      title: 'Estadística',
      summary:
        'Estadística descriptiva, muestreo, intervalos de confianza, pruebas de hipótesis y la trampa de sacar demasiadas conclusiones de los datos.',
      outcome:
        'Aplicas e interpretas una prueba de hipótesis y un intervalo de confianza sobre un conjunto de datos real.'
    },
    'cs-systems': {
      title: 'Fundamentos de informática y sistemas',
      summary:
        'Cómo se comportan procesos, memoria, archivos, concurrencia y redes, además de la línea de comandos, para que el rendimiento deje de ser un misterio.',
      outcome:
        'Diagnosticas un programa lento o que consume demasiada memoria con herramientas del sistema operativo y explicas la causa.'
    },

    // Machine learning a base de experimentos
    'ml-learning-paradigms': {
      title: 'Aprendizaje supervisado y no supervisado',
      summary:
        'Qué significa que un modelo aprenda de ejemplos etiquetados o sin etiquetar, entrenamiento frente a generalización y cómo es un flujo de trabajo típico de ML.',
      outcome:
        'Planteas un problema nuevo como supervisado o no supervisado y esbozas el flujo de trabajo para resolverlo.'
    },
    'preprocessing-features': {
      title: 'Preprocesamiento de datos y feature engineering',
      summary:
        'Limpiar, codificar, escalar e imputar datos, construir variables informativas y encapsularlo todo en pipelines reproducibles.',
      outcome:
        'Conviertes una tabla en bruto y desordenada en un pipeline de variables reproducible y listo para entrenar.'
    },
    'evaluation-metrics': {
      title: 'Métricas de evaluación y validación',
      summary:
        'Particiones de entrenamiento, validación y prueba, validación cruzada y la elección de métricas como precisión, recall, ROC AUC o MAE acordes con el objetivo real.',
      outcome: 'Eliges y justificas una métrica y un esquema de validación para una pregunta de negocio concreta.'
    },
    'regression-models': {
      title: 'Regresión lineal y logística',
      summary:
        'Ajustar rectas y fronteras de decisión, funciones de pérdida, descenso de gradiente y regularización, con pequeños conjuntos de datos reales.',
      outcome: 'Entrenas, regularizas e interpretas modelos de regresión y lees sus coeficientes con sentido crítico.'
    },
    'tree-models': {
      title: 'Árboles de decisión y ensembles',
      summary:
        'Cómo dividen los datos los árboles, por qué sobreajustan y cómo lo corrigen los random forests y el gradient boosting en problemas tabulares.',
      outcome:
        'Ajustas un modelo de gradient boosting con datos tabulares y explicas qué variables pesan más en sus predicciones.'
    },
    clustering: {
      title: 'Clustering y reducción de dimensionalidad',
      summary:
        'Agrupar datos sin etiquetar con k-means y métodos basados en densidad, comprimirlos con PCA y valorar los resultados sin etiquetas.',
      outcome: 'Segmentas un conjunto de datos sin etiquetar y argumentas si los clústeres tienen sentido.'
    },
    'models-from-scratch': {
      title: 'Modelos sencillos desde cero',
      summary:
        'Implementar regresión lineal con descenso de gradiente, k-means y un pequeño árbol de decisión solo con NumPy, y compararlos con las versiones de las bibliotecas.',
      outcome:
        'Tienes implementaciones propias que funcionan y cuyos resultados coinciden con los de scikit-learn sobre los mismos datos.'
    },
    'model-diagnosis': {
      title: 'Por qué los modelos funcionan o fallan',
      summary:
        'Sesgo y varianza, sobreajuste y subajuste, fuga de datos y análisis de errores: leer curvas de aprendizaje y fallos para decidir qué cambiar.',
      outcome:
        'Diagnosticas un modelo con bajo rendimiento a partir de sus curvas de aprendizaje y sus errores, y corriges la causa real.'
    },
    'data-quality-bias': {
      title: 'Calidad de los datos, sesgo y distribución',
      summary:
        'Detectar etiquetas ruidosas, grupos ausentes, muestras sesgadas y desajustes entre los datos de entrenamiento y el mundo real antes de que perjudiquen al modelo.',
      outcome:
        'Auditas un conjunto de datos en busca de problemas de calidad, sesgo de muestreo y cambios de distribución, e informas de lo que encuentras.'
    },
    'neural-networks': {
      title: 'Redes neuronales y backpropagation',
      summary:
        'Neuronas, capas, activaciones, función de pérdida y backpropagation, programadas primero a mano en una red diminuta y entendidas después como diferenciación automática.',
      outcome: 'Entrenas una pequeña red neuronal escrita desde cero y explicas cada paso de la backpropagation.'
    },
    'dl-framework': {
      title: 'PyTorch o TensorFlow',
      summary:
        'Tensores, diferenciación automática, datasets y data loaders, bucles de entrenamiento, checkpoints y uso de GPU en uno de los frameworks principales.',
      outcome: 'Escribes un bucle de entrenamiento limpio con validación y checkpoints en PyTorch o TensorFlow.'
    },
    cnns: {
      title: 'Redes convolucionales (CNN)',
      summary:
        'Convoluciones, pooling y arquitecturas clásicas para imágenes, además de transfer learning a partir de backbones preentrenados.',
      outcome:
        'Haces fine-tuning de una CNN preentrenada con un pequeño conjunto de imágenes y explicas qué detectan sus capas.'
    },
    rnns: {
      title: 'Redes recurrentes y secuencias',
      summary:
        'Modelar secuencias con RNN, LSTM y GRU, y por qué las dependencias a largo plazo las hacían tan difíciles de entrenar.',
      outcome: 'Construyes un modelo de secuencias para texto o series temporales y explicas sus límites.'
    },
    transformers: {
      title: 'Atención y Transformers',
      summary:
        'Self-attention, información posicional y los bloques codificador y decodificador en los que se basan los modelos modernos de lenguaje y visión.',
      outcome: 'Implementas un pequeño bloque de atención y explicas cómo procesa un Transformer una secuencia.'
    },

    // Proyectos reales de principio a fin
    'project-tabular': {
      title: 'Proyecto 1: una app de predicción con datos tabulares',
      summary:
        'Elige un conjunto de datos público del mundo real, límpialo, construye y evalúa un modelo, y envuélvelo en una pequeña app que cualquiera pueda probar.',
      outcome:
        'Una app funcional respaldada por un modelo probado con datos tabulares reales, en un repositorio público.'
    },
    'project-deep-learning': {
      title: 'Proyecto 2: una aplicación de deep learning',
      summary:
        'Recopila o reutiliza un conjunto de imágenes o textos, haz fine-tuning de una red preentrenada, compárala con un modelo de referencia sencillo y publica una demo.',
      outcome:
        'Una demo de un modelo de deep learning afinado, con una comparación honesta frente a un modelo de referencia.'
    },
    'project-data-product': {
      title: 'Proyecto 3: un producto de datos diseñado por ti',
      summary:
        'Elige un problema que te importe, decide si el ML es siquiera la herramienta adecuada y construye todo el pipeline, desde la recogida de datos hasta la interfaz.',
      outcome: 'Un producto propio que resuelve un problema real, incluida la decisión de dónde ayuda el ML y dónde no.'
    },
    'project-writeups': {
      title: 'Publicar el código y las notas del proyecto',
      summary:
        'Ordena cada repositorio, añade un README con los pasos de instalación y los resultados, y escribe una nota breve sobre los pros y contras de tus decisiones.',
      outcome:
        'Tres repositorios públicos, cada uno con un README claro y una breve explicación de las decisiones tomadas.'
    },

    // Llevar modelos a producción
    'model-apis': {
      title: 'Servir un modelo a través de una API',
      summary:
        'Exponer predicciones por HTTP con FastAPI: validación de peticiones, carga del modelo, procesamiento por lotes y endpoints versionados.',
      outcome: 'Sirves uno de los modelos de tus proyectos mediante una API HTTP documentada y con validación.'
    },
    microservices: {
      title: 'APIs y microservicios',
      summary:
        'Dividir un sistema en servicios, contratos de API, comunicación síncrona frente a colas y cuándo un único servicio es la mejor opción.',
      outcome: 'Esbozas los límites de servicio de una función de ML y los defiendes frente a un monolito más simple.'
    },
    docker: {
      title: 'Docker y contenedores',
      summary:
        'Imágenes, Dockerfiles, capas, volúmenes y archivos de Compose, para que un servicio de modelos funcione igual en cualquier máquina.',
      outcome: 'Empaquetas la API del modelo en una imagen de contenedor pequeña y reproducible.'
    },
    'logging-errors': {
      title: 'Logging, gestión de errores y pruebas de servicio',
      summary:
        'Logs estructurados, errores con sentido, timeouts y reintentos, y pruebas que usan el servicio igual que lo harán los clientes.',
      outcome: 'Un servicio cuyos fallos quedan registrados con contexto y cubiertos por pruebas de integración.'
    },
    'realistic-environment': {
      title: 'Simular un entorno real',
      summary:
        'Ejecutar el servicio con sus dependencias en Compose, alimentarlo con tráfico y datos realistas y observar qué se rompe.',
      outcome: 'Un entorno de staging local con pruebas de carga que revelan cómo se comporta el servicio bajo presión.'
    },
    'latency-cost': {
      title: 'Latencia, costos y recursos',
      summary:
        'Perfilar la inferencia y recurrir a caché, lotes, cuantización y el hardware justo para cumplir la latencia objetivo dentro del presupuesto.',
      outcome:
        'Mides y reduces la latencia y el costo de operación de un servicio de modelos, con cifras del antes y el después.'
    },
    'scalable-architecture': {
      title: 'Arquitectura escalable',
      summary:
        'Servicios sin estado, escalado horizontal, colas, cachés y degradación controlada para sistemas cuya carga no deja de crecer.',
      outcome: 'Diseñas cómo escala un servicio de modelos a diez veces su carga y sabes qué fallará primero.'
    },
    'cloud-platform': {
      title: 'Una plataforma en la nube: AWS, GCP o Azure',
      summary:
        'Cómputo, almacenamiento, identidades y servicios de ML gestionados en una de las grandes nubes, sin perder de vista la factura.',
      outcome:
        'Despliegas el modelo en contenedor en un proveedor de nube con permisos razonables y un límite de gasto.'
    },
    'ml-pipelines': {
      title: 'Pipelines de entrenamiento y despliegue',
      summary:
        'Automatizar la preparación de datos, el entrenamiento, la evaluación y la publicación con CI/CD para reconstruir y desplegar un modelo cuando haga falta.',
      outcome: 'Un pipeline que reentrena, evalúa y despliega un modelo a partir de un solo commit o disparador.'
    },
    'model-versioning': {
      title: 'Versionado de modelos y datos',
      summary:
        'Registrar experimentos, conjuntos de datos y artefactos de modelos para rastrear cualquier predicción hasta los datos y el código exactos que la produjeron.',
      outcome:
        'Reproduces cualquier versión anterior de un modelo a partir de sus datos, su código y sus parámetros registrados.'
    },
    'model-monitoring': {
      title: 'Supervisar modelos a lo largo del tiempo',
      summary:
        'Vigilar entradas, predicciones y resultados en busca de drift y degradación silenciosa, con paneles y alertas que de verdad importen.',
      outcome: 'Un panel de supervisión con alertas de data drift y de caída en la calidad del modelo.'
    },
    'retraining-cycles': {
      title: 'Ciclos de reentrenamiento',
      summary:
        'Decidir cuándo y cómo reentrenar, validar un candidato frente al modelo actual y desplegarlo o revertirlo con seguridad.',
      outcome:
        'Una política de reentrenamiento documentada con una comparación automática entre el modelo campeón y el retador.'
    },
    'production-debugging': {
      title: 'Depurar problemas en producción',
      summary:
        'Llegar desde logs, métricas y trazas a la causa raíz de fallos que solo aparecen con tráfico real, y documentarlo sin buscar culpables.',
      outcome: 'Resuelves un incidente de producción simulado y redactas un breve post-mortem.'
    },
    'when-not-to-use-ai': {
      title: 'Pensamiento crítico y ético: cuándo la IA no es la herramienta adecuada',
      summary:
        'Sopesar los riesgos, límites y efectos secundarios de un sistema de IA y su peso ético para las personas a las que afecta, y reconocer los problemas que se resuelven mejor con reglas, procesos o sin hacer nada.',
      outcome: 'Redactas una breve evaluación de riesgos que recomienda usar o no usar IA en un problema concreto.'
    },
    'privacy-security-fairness': {
      title: 'Privacidad, seguridad y equidad',
      summary:
        'Tratamiento de datos personales, ataques a sistemas de ML como el envenenamiento de datos o la prompt injection, y cómo medir y reducir resultados injustos.',
      outcome:
        'Revisas una función de ML en busca de problemas de privacidad, seguridad y equidad, y propones soluciones.'
    },
    'explaining-limitations': {
      title: 'Explicar las limitaciones a las partes interesadas',
      summary:
        'Comunicar la incertidumbre, los modos de fallo y las contrapartidas a personas no especialistas que esperan magia, con evidencia interpretable.',
      outcome:
        'Presentas las fortalezas, los puntos ciegos y las tasas de error de un modelo ante un público no técnico.'
    },
    'production-capstone': {
      title: 'Hito: un modelo que funciona como un producto',
      summary:
        'Lleva un proyecto hasta el final: desplegado, versionado, supervisado, reentrenable y documentado para quienes dependen de él.',
      outcome:
        'Un proyecto funciona en la nube con pipeline, supervisión, un plan de reentrenamiento y documentación lista para las partes interesadas.'
    },

    // Especialización: NLP y LLM
    'nlp-text-representations': {
      title: 'Procesamiento de texto y embeddings',
      summary:
        'Tokenización, características clásicas de texto y embeddings densos, y cómo el significado se convierte en geometría.',
      outcome: 'Construyes una búsqueda semántica sobre una colección de documentos con embeddings.'
    },
    'nlp-fine-tuning': {
      title: 'Fine-tuning de modelos de lenguaje preentrenados',
      summary:
        'Adaptar modelos preentrenados a tareas de clasificación, extracción y generación, incluidos métodos eficientes en parámetros.',
      outcome:
        'Haces fine-tuning de un modelo de lenguaje preentrenado para una tarea propia y superas la referencia zero-shot.'
    },
    'llm-applications': {
      title: 'Crear aplicaciones con LLM',
      summary:
        'Diseño de prompts, generación aumentada por recuperación (RAG), uso de herramientas, guardrails y evaluación de respuestas que no tienen una única solución correcta.',
      outcome: 'Publicas un asistente basado en RAG con un conjunto de evaluación y guardrails.'
    },
    'nlp-project': {
      title: 'Proyecto de especialización: un producto de lenguaje',
      summary:
        'Un producto de NLP o LLM desplegado sobre textos reales, con calidad medida, costo por petición y modos de fallo conocidos.',
      outcome: 'Un producto público basado en LLM con un informe de evaluación y cifras de costos.'
    },

    // Especialización: visión artificial
    'cv-image-data': {
      title: 'Datos de imagen y aumento de datos',
      summary:
        'Formatos de imagen, etiquetado, estrategias de aumento de datos y los escollos propios de los conjuntos de datos de visión.',
      outcome: 'Preparas un conjunto de imágenes etiquetadas con un pipeline de aumento de datos bien pensado.'
    },
    'cv-detection-segmentation': {
      title: 'Detección de objetos y segmentación',
      summary:
        'Detectores, redes de segmentación y sus métricas, entrenados y evaluados con un conjunto de datos real.',
      outcome: 'Entrenas un detector e indicas su mean average precision (mAP) sobre imágenes reservadas para prueba.'
    },
    'cv-deployment': {
      title: 'Modelos de visión eficientes en dispositivos',
      summary:
        'Transfer learning, compresión de modelos y exportación de modelos de visión para hardware edge y móvil.',
      outcome: 'Ejecutas un modelo de visión comprimido a velocidad interactiva en hardware modesto.'
    },
    'cv-project': {
      title: 'Proyecto de especialización: un producto de visión',
      summary:
        'Una aplicación de visión desplegada sobre imágenes recopiladas o seleccionadas por ti, con exactitud y velocidad medidas.',
      outcome: 'Un producto de visión público con cifras de exactitud y latencia.'
    },

    // Especialización: sistemas de recomendación
    'recsys-foundations': {
      title: 'Filtrado colaborativo y basado en contenido',
      summary:
        'Matrices usuario-ítem, similitud, factorización de matrices y características de contenido, y el problema del arranque en frío.',
      outcome:
        'Construyes un recomendador de referencia con factorización de matrices sobre datos públicos de valoraciones.'
    },
    'recsys-ranking-evaluation': {
      title: 'Ranking y evaluación de recomendaciones',
      summary:
        'Generación de candidatos frente a ranking, métricas de ranking offline y por qué los experimentos online tienen la última palabra.',
      outcome: 'Comparas recomendadores con métricas de ranking y diseñas una prueba A/B para el ganador.'
    },
    'recsys-deep': {
      title: 'Modelos profundos de recuperación',
      summary:
        'Modelos de dos torres y modelos secuenciales que aprenden embeddings de usuarios e ítems a gran escala.',
      outcome:
        'Entrenas un modelo de recuperación de dos torres y sirves recomendaciones por búsqueda de vecinos más cercanos.'
    },
    'recsys-project': {
      title: 'Proyecto de especialización: un servicio de recomendaciones',
      summary:
        'Un recomendador desplegado sobre datos reales de interacción, con métricas offline y un plan de pruebas online.',
      outcome: 'Un servicio de recomendaciones público con un informe de evaluación.'
    },

    // Especialización: IA para empresas e industria
    'business-problem-framing': {
      title: 'Plantear problemas de negocio para la IA',
      summary:
        'Convertir un objetivo de negocio en una tarea de ML medible, estimar valor y costo, y acordar criterios de éxito con las partes interesadas.',
      outcome:
        'Redactas una propuesta de una página que vincula una métrica del modelo con un resultado de negocio y su retorno esperado.'
    },
    'time-series-forecasting': {
      title: 'Previsión de series temporales',
      summary:
        'Tendencia, estacionalidad, métodos de previsión clásicos y de ML, y backtesting de las previsiones tal como se van a usar.',
      outcome: 'Haces backtesting de una previsión de demanda y explicas su error en términos de negocio.'
    },
    'anomaly-detection-automation': {
      title: 'Detección de anomalías y automatización de procesos',
      summary:
        'Encontrar transacciones, máquinas o documentos fuera de lo normal y automatizar decisiones rutinarias con una persona que supervisa.',
      outcome: 'Construyes un detector de anomalías con un flujo de revisión para los casos marcados.'
    },
    'business-project': {
      title: 'Proyecto de especialización: un caso real de empresa',
      summary:
        'Una solución desplegada para un problema empresarial o industrial realista, con una estimación del valor que genera.',
      outcome: 'Un caso de estudio público con un sistema que funciona y una estimación de su valor.'
    },

    // Un perfil profesional creíble
    'curated-github': {
      title: 'Un perfil de GitHub cuidado',
      summary:
        'Fija tus mejores repositorios, escribe un README de perfil, archiva lo que sobra y haz que cada proyecto destacado sea fácil de ejecutar.',
      outcome:
        'Un perfil de GitHub donde cualquier visitante encuentra tus tres mejores proyectos en menos de un minuto.'
    },
    'project-portfolio': {
      title: 'Un portafolio de proyectos',
      summary:
        'Una web personal sencilla que presenta cada proyecto como problema, enfoque, resultado y lecciones aprendidas, con enlaces al código y a las demos.',
      outcome: 'Un portafolio web publicado con casos de estudio de tus proyectos.'
    },
    'technical-writing': {
      title: 'Artículos y publicaciones técnicas',
      summary:
        'Escribir entradas breves y concretas sobre lo que has construido o aprendido, desde la lección que deja un bug hasta la retrospectiva de un proyecto.',
      outcome: 'Tres artículos técnicos publicados, cada uno sobre algo que hayas construido o depurado.'
    },
    'networking-community': {
      title: 'Networking y comunidad',
      summary:
        'Unirse a comunidades, aportar respuestas o pequeñas correcciones a proyectos open source, ir a meetups y mantener el contacto con colegas.',
      outcome: 'Participación activa en al menos una comunidad, con una contribución open source aceptada o una charla.'
    },
    'profile-milestone': {
      title: 'Hito: hora de buscar empleo',
      summary:
        'Revisa todo tu perfil con alguien del sector, adapta tu CV a puestos de ingeniería de IA y empieza a enviar solicitudes.',
      outcome: 'CV, portafolio y GitHub revisados, y las primeras solicitudes enviadas.'
    }
  }
}
