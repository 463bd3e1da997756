import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

// The client's Vite root is client/; the production build lands in dist/client at the repo root,
// where the game server serves it. Absolute base so a join link like /ABCD still finds /assets.
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/client', import.meta.url));
const server = process.env.KOT_SERVER ?? 'http://localhost:2567';
// shared/content/index.ts parses the content with zod when it loads (the server's check). The browser
// takes the same data already typed, from model/content.ts, so zod never reaches the download.
const sharedContent = fileURLToPath(new URL('../shared/content/index.ts', import.meta.url));
const browserContent = fileURLToPath(new URL('./src/model/content.ts', import.meta.url));

function contentWithoutZod(): Plugin {
  return {
    name: 'kot-content-without-zod',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer === browserContent) return null;
      const found = await this.resolve(source, importer, { ...options, skipSelf: true });
      return found?.id === sharedContent ? browserContent : null;
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  plugins: [contentWithoutZod()],
  // The coach runs in a worker (client/src/coach): the same content without zod there too.
  worker: { format: 'es', plugins: () => [contentWithoutZod()] },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        // Phaser in a chunk of its own name, so the size benchmark can tell it from the rest.
        manualChunks: (id) => (id.includes('/node_modules/phaser/') ? 'phaser' : undefined),
        // The pages that are not the game's own (a training day's, the wall's) carry their page in the
        // name, so the download test can give each page its own budget. Only names change here.
        chunkFileNames: (chunk) => {
          const from = chunk.facadeModuleId ?? '';
          if (from.includes('/client/src/event/')) return 'assets/event-[name]-[hash].js';
          if (from.includes('/client/src/projector/')) return 'assets/wall-[name]-[hash].js';
          return 'assets/[name]-[hash].js';
        },
      },
    },
  },
  server: {
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    // In development the game server runs separately: forward matchmaking and room sockets.
    proxy: {
      '/matchmake': { target: server, changeOrigin: true },
      '/api': { target: server, changeOrigin: true },
      '/print': { target: server, changeOrigin: true },
      '^/[A-Za-z0-9_-]+/[A-Za-z0-9]+\\?': { target: server, ws: true, changeOrigin: true },
    },
  },
});
