/* global process */
// Preloaded into each `banxin` process the hostile-input bench starts (node --require): reports the
// process's peak resident memory and its CPU time (user + system, which a busy machine does not inflate
// as it does wall time) as it exits, whatever the exit path.
process.on('exit', () => {
  const usage = process.resourceUsage()
  process.stderr.write(`\nBENCH_PEAK_KB=${usage.maxRSS} BENCH_CPU_US=${usage.userCPUTime + usage.systemCPUTime}\n`)
})
