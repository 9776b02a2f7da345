import { defineConfig, type Plugin } from 'vite';

// `npm start` serves the repository root so the demo can load ../data and ../src as they are;
// the bare address opens the article demo.
const openDemo: Plugin = {
  name: 'open-demo',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

export default defineConfig({
  plugins: [openDemo],
  server: { host: true, port: 5173 },
  build: {
    target: 'es2022',
    minify: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'diplomacy-timeline.js',
    },
  },
});
