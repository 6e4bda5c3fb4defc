import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'url', 'stream', 'zlib', 'buffer', 'util']

/** Layering (VS Code style): core is pure; node services never see Electron; the renderer never sees main. */
const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
})

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
  layer(
    ['src/core/**'],
    ['electron', 'electron/*', ...nodeBuiltins, '**/main/**', '**/node/**', '**/renderer/**', '**/preload/**', '**/cli/**', 'react', 'react-dom', 'slate-react', 'pdfkit', 'fontkit'],
    'src/core is pure TypeScript: no Electron, Node built-ins, DOM, or outer layers.',
  ),
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', 'Buffer', 'process', 'require', 'window', 'document', '__dirname'],
    },
  },
  layer(['src/node/**'], ['electron', 'electron/*', '**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**'], 'src/node services are shared with the CLI: no Electron.'),
  layer(['src/cli/**'], ['electron', 'electron/*', '**/main/**', '**/renderer/**', '**/preload/**'], 'The CLI runs without Electron.'),
  layer(['src/renderer/**'], [...nodeBuiltins, 'electron', '**/main/**', '**/node/**', '**/cli/**'], 'The renderer has no Node access; talk to main through window.banxin.'),
  layer(['src/preload/**'], [...nodeBuiltins, '**/main/**', '**/node/**', '**/renderer/**'], 'The sandboxed preload can only use electron.'),
  {
    files: ['bin/**/*.js', 'scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
)
