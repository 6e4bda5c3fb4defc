import { useCallback, useEffect, useRef, useState } from 'react'
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings/schema'

/** The settings from main, with a saver; `notice` reports a corrupt file that was replaced by defaults. */
export function useSettings(onError: (message: string) => void) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const [notice, setNotice] = useState<string>()
  const latest = useRef(settings)
  latest.current = settings

  useEffect(() => {
    window.banxin
      .getSettings()
      .then((loaded) => {
        setSettings(loaded.settings)
        if (loaded.notice) setNotice(loaded.notice)
      })
      .catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)))
  }, [onError])

  const save = useCallback(
    async (next: Settings) => {
      const saved = await window.banxin.saveSettings(next)
      setSettings(saved)
      return saved
    },
    [],
  )

  /** For small UI state (pane width, open/closed): apply now, persist in the background. */
  const update = useCallback(
    (patch: (s: Settings) => Settings) => {
      const next = patch(latest.current)
      setSettings(next)
      window.banxin.saveSettings(next).catch((e: unknown) => onError(e instanceof Error ? e.message : String(e)))
    },
    [onError],
  )

  return { settings, notice, save, update }
}
