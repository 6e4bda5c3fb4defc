// `npm run build`, after electron-vite: the CLI as one CommonJS file, out/cli/banxin.cjs, and its
// launcher, out/cli/launch.cjs. One file is what lets the launcher run it from V8's code cache
// (src/cli/launch.ts); electron-vite's output is ES modules that Node 20 can only compile afresh.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

// Big packages off the path of a PDF export stay in node_modules and load when a command needs them
// (esbuild turns their imports in lazily loaded modules into lazy requires).
const ON_DEMAND = ['html-validate', 'pinyin-pro', 'mammoth', 'markdown-it', 'sharp']

const brotliOnDemand = {
  name: 'brotli-on-demand',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress\.js$/ }, () => ({ path: `${root}src/cli/bundle/brotli-on-demand.ts` }))
  },
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20.19',
  logLevel: 'warning',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  // The sources are ES modules; in CommonJS import.meta is empty, so give it the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
}

await build({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'out/cli/banxin.cjs', external: ON_DEMAND, plugins: [brotliOnDemand] })
await build({ ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'out/cli/launch.cjs' })
