import { existsSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'

/** Debian's Chromium needs these to start as root on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

/** BANXIN_CHROMIUM, then Debian's /usr/bin/chromium, then Playwright's own browser if one is installed. */
export function chromiumPath(): string | undefined {
  const env = process.env.BANXIN_CHROMIUM
  if (env) return env
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return undefined
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true })
}
