import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          'export-worker': resolve('src/node/export/jobs/export-worker.ts'),
          'preview-worker': resolve('src/node/export/preview/preview-worker.ts'),
          'open-worker': resolve('src/node/documents/open-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only `electron`: the contract's zod schemas are bundled in.
      externalizeDeps: false,
      rollupOptions: {
        // A sandboxed preload can only be a single CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    build: {
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [react()],
  },
})
