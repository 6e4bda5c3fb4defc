import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { openerInWorker } from './open-in-worker'

/** What keeps this process's event loop alive through worker threads and their ports. */
const threadResources = () => process.getActiveResourcesInfo().filter((r) => /Worker|MessagePort/.test(r)).length

it('an idle open worker does not keep the process alive; one with a request open does', async () => {
  const script = join(mkdtempSync(join(tmpdir(), 'banxin-opener-')), 'refuse-worker.cjs')
  writeFileSync(
    script,
    `const { parentPort } = require('node:worker_threads')
parentPort.on('message', ({ id }) => setTimeout(() => parentPort.postMessage({ id, type: 'failed', code: 'test', message: '拒绝' }), 50))`,
  )
  const before = threadResources()
  const open = openerInWorker(script)
  expect(threadResources(), 'idle after start').toBe(before)
  const opening = open({ kind: 'bytes', name: 'a.txt', bytes: new Uint8Array(), normalize: false })
  expect(threadResources(), 'held while a request is open').toBeGreaterThan(before)
  await expect(opening).rejects.toThrow('拒绝')
  expect(threadResources(), 'idle again').toBe(before)
})
