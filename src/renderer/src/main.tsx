// Renderer entry: paints the window's frame at once, then loads the app and its database.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Entry } from './components/Entry'
import { languageFor, localeFor, rememberedChoice } from './i18n/languageChoice'
import { switchLanguage } from './i18n/translations'
import './styles/app.css'

// The language chosen last time (or the system's): the frame paints in it, and its catalog loads beside the app.
const choice = rememberedChoice(globalThis.localStorage)
const language = languageFor(choice, navigator.languages)
const catalogLoaded = switchLanguage(language, localeFor(language, navigator.languages))

// Everything else (Dexie, repositories, the engine, zod validators, the platform bridge) loads after the first paint.
const loadApp = () => Promise.all([import('./boot'), catalogLoaded]).then(([module]) => module.Boot)

const root = document.getElementById('root')
if (!root) throw new Error('index.html lost its #root element')

createRoot(root).render(
  <StrictMode>
    <Entry load={loadApp} />
  </StrictMode>
)
