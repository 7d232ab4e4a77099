import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// The service serves the built app (Quinoa); `npm run dev` proxies the API to a service on :8080.
export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'dist',
    target: 'es2022',
    chunkSizeWarningLimit: 200,
  },
  server: {
    // the tests check the tile map against the service's own list of regions (its reference migration)
    fs: { allow: ['.', '../src/main/resources/db/migration'] },
    proxy: {
      '/api': 'http://localhost:8080',
      '/q': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/testing/fakeApi.ts', 'src/testing/canvas.ts'],
  },
})
