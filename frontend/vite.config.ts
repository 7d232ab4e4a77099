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
    proxy: {
      '/api': 'http://localhost:8080',
      '/q': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    setupFiles: ['src/testing/fakeApi.ts'],
  },
})
