#!/usr/bin/env node
// The `banxin` command: runs the CLI bundle built by `npm run build` through its code-caching launcher.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const bundle = fileURLToPath(new URL('../out/cli/banxin.cjs', import.meta.url))
if (!existsSync(bundle)) {
  console.error('banxin: the CLI is not built yet. Run `npm run build` in the Banxin folder first.')
  process.exit(2)
}
createRequire(import.meta.url)('../out/cli/launch.cjs').launch(bundle)
