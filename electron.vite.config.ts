// Builds main, preload and renderer. The renderer is minified; the preload is one self-contained file for the sandbox.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { eagerCompile } from './scripts/eagerCompile'

const { version } = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string }

/**
 * The dev server injects CSS as inline <style> tags and React Refresh as an inline script, which the strict CSP
 * forbids. In dev only, allow inline styles, the refresh script by its hash, and the HMR websocket.
 */
function devServerCsp(): Plugin {
  return {
    name: 'study-planner:dev-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const inlineScripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(
          (match) =>
            `'sha256-${createHash('sha256')
              .update(match[1] ?? '')
              .digest('base64')}'`
        )
        return html
          .replace("script-src 'self'", ["script-src 'self'", ...inlineScripts].join(' '))
          .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
          .replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*")
      }
    }
  }
}

export default defineConfig({
  main: {},
  preload: {
    // Sandboxed preloads cannot require() packages: bundle what the preload imports (the channel names) into one file.
    build: { externalizeDeps: false }
  },
  renderer: {
    // The calendar's chunk (PlanView: FullCalendar and the calendar feature) is compiled as it loads: opening the app
    // on a plan otherwise compiled its functions one by one inside the calendar's first render. With a cold code cache
    // the first week showed ~40-50 ms sooner in Chromium (returning learner, median of 10 alternating loads), and the
    // 300-session week bench's first mount took ~23 ms less main-thread CPU.
    plugins: [react(), devServerCsp(), eagerCompile((chunk) => chunk === 'PlanView')],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    build: { minify: true, sourcemap: false }
  }
})
