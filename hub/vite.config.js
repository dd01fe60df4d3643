import { defineConfig } from 'vite';

// base './': the built files use relative URLs, so they work under /hub/ locally and /v1/hub/ (or any prefix) on AWS.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 400,
  },
  server: {
    // `npm run dev`: proxy the API to a local runtime (PODIUM_URL, default http://127.0.0.1:3000).
    proxy: { '/v3': process.env.PODIUM_URL || 'http://127.0.0.1:3000' },
  },
  test: {
    include: ['test/**/*.test.js'],
    environment: 'node',
  },
});
