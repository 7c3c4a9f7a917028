// The baseline for the renderer's first-render ratio: the smallest React 19 page, built and served the same way.
import { createRoot } from 'react-dom/client'

createRoot(document.getElementById('root')!).render(<h1>Study Planner</h1>)
