// `npm run build`, after electron-vite: the CLI as one CommonJS file, out/cli/banxin.cjs, and its
// launcher, out/cli/launch.cjs. One file is what lets the launcher run it from V8's code cache
// (src/cli/launch.ts); electron-vite's output is ES modules that Node 20 can only compile afresh.
import { build } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
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

const aesOnDemand = {
  name: 'aes-on-demand',
  setup(b) {
    b.onResolve({ filter: /^@noble\/ciphers\/aes$/ }, ({ importer }) =>
      importer.includes('/node_modules/pdfkit/') ? { path: `${root}src/cli/bundle/aes-on-demand.ts` } : undefined,
    )
  },
}

// unicode-trie (CommonJS) calls `require('tiny-inflate')` as a function, so the stand-in is a CommonJS
// module handing on the TypeScript one's export.
const nativeInflate = {
  name: 'native-inflate',
  setup(b) {
    b.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: 'tiny-inflate', namespace: 'native-inflate' }))
    b.onLoad({ filter: /.*/, namespace: 'native-inflate' }, () => ({
      contents: `module.exports = require(${JSON.stringify(`${root}src/cli/bundle/native-inflate.ts`)}).inflate`,
      resolveDir: root,
      loader: 'js',
    }))
  },
}

// commander requires child_process when it loads, for subcommands that are separate executables; banxin
// has none, and child_process brings net, dgram and streams with it: a few ms of every command.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    )
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: `exports.spawn = (...args) => require('node:child_process').spawn(...args)`,
      loader: 'js',
    }))
  },
}

// fflate builds its Huffman tables as it loads (~10 ms), and only .banxin files, .docx drafts and zips
// use it: the bundle's `fflate` is a stand-in whose exports load the real module (its ES build,
// bundled as before) when first read.
const fflateOnDemand = {
  name: 'fflate-on-demand',
  setup(b) {
    b.onResolve({ filter: /^fflate$/ }, () => ({ path: 'fflate', namespace: 'fflate-on-demand' }))
    b.onLoad({ filter: /.*/, namespace: 'fflate-on-demand' }, async () => ({
      contents: `let real\nconst load = () => (real ??= require(${JSON.stringify(fileURLToPath(import.meta.resolve('fflate')))}))\nfor (const name of ${JSON.stringify(Object.keys(await import('fflate')))}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] })\n`,
      resolveDir: root,
      loader: 'js',
    }))
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

/**
 * Written as ASCII, which the launcher reads as Latin-1 instead of decoding UTF-8 (esbuild escapes
 * non-ASCII in strings but leaves it in regular expressions). A \uXXXX escape per UTF-16 unit means the
 * same in a string, a regular expression (a surrogate pair is one code point under /u) and an identifier.
 */
async function buildAscii(options) {
  const { outputFiles } = await build({ ...options, write: false })
  mkdirSync(dirname(options.outfile), { recursive: true })
  for (const file of outputFiles)
    writeFileSync(file.path, file.text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))
}

await buildAscii({ ...common, entryPoints: ['src/cli/index.ts'], outfile: 'out/cli/banxin.cjs', external: ON_DEMAND, plugins: [brotliOnDemand, aesOnDemand, nativeInflate, lazyChildProcess, fflateOnDemand] })
await build({ ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'out/cli/launch.cjs' })
