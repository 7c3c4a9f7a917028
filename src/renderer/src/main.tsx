// Renderer entry: paints the window's frame at once, then loads the app and its database.
import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { OpeningMessage, ShellFrame } from './components/ShellFrame'
import './styles/app.css'

// Everything else (Dexie, repositories, the engine, zod validators, the platform bridge) loads after the first paint,
// so the frame and "Opening your study data…" appear as fast as a bare React page; the app then takes over.
const Boot = lazy(() => import('./boot').then((module) => ({ default: module.Boot })))
const root = document.getElementById('root')
if (!root) throw new Error('index.html lost its #root element')

createRoot(root).render(
  <StrictMode>
    <Suspense
      fallback={
        <ShellFrame current={null}>
          <OpeningMessage />
        </ShellFrame>
      }
    >
      <Boot />
    </Suspense>
  </StrictMode>
)
