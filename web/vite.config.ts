import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The UI is built into web/dist and served by `newsfuse serve`; in dev, /api is proxied to a running server.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [preact({ prerender: { enabled: false } })],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: "es2020",
  },
  server: { proxy: { "/api": "http://127.0.0.1:8787" } },
});
