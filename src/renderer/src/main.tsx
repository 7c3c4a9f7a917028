// Renderer entry: picks the platform, creates the database and mounts the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { PlannerDB } from './db/PlannerDB'
import { detectPlatform } from './platform/PlatformContext'
import './styles/app.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html lost its #root element')

createRoot(root).render(
  <StrictMode>
    <App platform={detectPlatform(window)} db={new PlannerDB()} />
  </StrictMode>
)
