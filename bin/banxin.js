#!/usr/bin/env node
// The `banxin` command runs the CLI built by `npm run build` (out/main/cli.js).
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url))
if (!existsSync(cli)) {
  console.error('banxin: the CLI is not built yet. Run `npm run build` in the Banxin folder first.')
  process.exit(2)
}
await import(pathToFileURL(cli).href)
