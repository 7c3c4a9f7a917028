// Serves the component harness with Vite on 127.0.0.1 (dev server: the harness is not part of the app build).
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { createServer, type ViteDevServer } from 'vite'

/** Starts the harness server on `port` and returns it (close it when done). */
export async function serveHarness(port: number): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: false,
    root: resolve(__dirname, 'harness'),
    plugins: [react()],
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, strictPort: true, fs: { allow: [resolve(__dirname, '../../..')] } }
  })
  await server.listen()
  return server
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  const port = Number(process.env['PORT'] ?? 5190)
  serveHarness(port).then(() => console.log(`harness at http://127.0.0.1:${port}/`))
}
