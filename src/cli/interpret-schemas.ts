import { config } from 'zod'

/**
 * A command parses each schema once or twice. Zod's JIT would first compile a parser for it with
 * `new Function` (~10 ms per run, and code no cache keeps); interpreting is faster for one use.
 */
export function interpretSchemas(): void {
  config({ jitless: true })
}
