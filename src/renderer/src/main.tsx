// Renderer entry: paints the window's frame at once, then loads the app and its database.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Entry } from './components/Entry'
import './styles/app.css'

// Everything else (Dexie, repositories, the engine, zod validators, the platform bridge) loads after the first paint.
const loadApp = () => import('./boot').then((module) => module.Boot)

const root = document.getElementById('root')
if (!root) throw new Error('index.html lost its #root element')

createRoot(root).render(
  <StrictMode>
    <Entry load={loadApp} />
  </StrictMode>
)
