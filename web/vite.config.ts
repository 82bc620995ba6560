import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))

// The workbench is served by `cobel serve` from dist/web; every script is a file (the CSP allows no inline script).
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape alone is about 400 kB; one chunk for it keeps the app's own code small.
    chunkSizeWarningLimit: 700,
    modulePreload: { polyfill: false },
    rollupOptions: { output: { manualChunks: (id: string) => (id.includes('node_modules/cytoscape') || id.includes('node_modules/cose-base') || id.includes('node_modules/layout-base') ? 'graph' : undefined) } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:7777' } },
})
