import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'stream', 'zlib', 'buffer', 'util']

const nodeLayer = ['electron', 'electron/*', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**']

/** Layering (VS Code style): core is pure; node services never see Electron; the renderer never sees main. */
const layer = (files, patterns, message, extra = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...extra] }] },
})

const CORE_PURE = ['electron', 'electron/*', ...nodeBuiltins, '**/main/**', '**/node/**', '**/renderer/**', '**/preload/**', '**/cli/**', 'react', 'react-dom', 'slate-react', 'pdfkit', 'fontkit']
const CORE_PURE_MESSAGE = 'src/core is pure TypeScript: no Electron, Node built-ins, DOM, or outer layers.'

/**
 * Folders inside src/core, lowest first. A folder imports only from folders in lower rows (and core/errors.ts),
 * never from its own row or above, so core has no cycles: VS Code's base → platform → editor rule, inside core.
 * Tests are exempt: an integration test may combine layers (import's report feeding normalize's lint).
 */
const CORE_LAYERS = [
  ['text'],
  ['model'],
  ['styles', 'normalize', 'file'],
  ['import', 'portal', 'typeset'],
  ['settings', 'edit', 'page'],
  ['makeup'],
  ['ipc'],
]

// One rule object per folder: ESLint replaces a rule's options rather than merging them, so each carries
// the purity patterns too.
const coreLayerRules = CORE_LAYERS.flatMap((row, level) =>
  row.map((folder) => {
    const forbidden = CORE_LAYERS.slice(level).flat()
    const above = forbidden.filter((f) => f !== folder).join(', ')
    return {
      ...layer([`src/core/${folder}/**/*.{ts,tsx}`], CORE_PURE, CORE_PURE_MESSAGE, [
        {
          regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
          message: `core/${folder} sits below ${above} (CORE_LAYERS in eslint.config.js): move what both need into a lower folder such as core/text or core/model.`,
        },
      ]),
      ignores: ['**/*.test.ts'],
    }
  }),
)

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  layer(['src/core/**'], CORE_PURE, CORE_PURE_MESSAGE),
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', 'Buffer', 'process', 'require', 'window', 'document', '__dirname'],
    },
  },
  ...coreLayerRules,
  layer(['src/node/**'], nodeLayer, 'src/node services are shared with the CLI: no Electron.'),
  // Typst's writers never import each other: each reads the Layout (node/layout) and nothing else.
  layer(['src/node/export/pdf/**'], [...nodeLayer, '**/preview/**'], 'Writers read the Layout from node/layout; they never import each other.'),
  layer(['src/node/export/preview/**'], [...nodeLayer, '**/pdf/**'], 'Writers read the Layout from node/layout; they never import each other.'),
  layer(['src/cli/**'], ['electron', 'electron/*', '**/main/**', '**/renderer/**', '**/preload/**'], 'The CLI runs without Electron.'),
  layer(['src/renderer/**'], [...nodeBuiltins, 'electron', '**/main/**', '**/node/**', '**/cli/**'], 'The renderer has no Node access; talk to main through window.banxin.'),
  layer(['src/preload/**'], [...nodeBuiltins, '**/main/**', '**/node/**', '**/renderer/**'], 'The sandboxed preload can only use electron.'),
  {
    files: ['bin/**/*.js', 'scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
)
