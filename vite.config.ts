// Builds the web app (src/web) into dist/web, served by the Koers server under /app
// (src/server/web-app.ts). `npm start` runs this build first (the prestart script).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  base: '/app/',
  plugins: [react()],
  // The app reaches the API on the same origin; `vite` (dev server) proxies it to a running Koers.
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Fonts are small woff2 files; keep them as files (cacheable) rather than inlined data URLs.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // No `treeshake.propertyWriteSideEffects: false` (tried for the NL Design System library's
    // displayName writes): it also dropped React's writes to input.type and to plain objects, which
    // broke radio buttons and the CSRF header. A larger bundle is the lesser evil.
  },
})
