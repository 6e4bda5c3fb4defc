import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import type { PrintCondition } from '../../../core/typeset/preset'

/**
 * Output intents (ISO 32000-1 §14.11.5): the colour the file is meant for. PDF/X-4 names the printing
 * condition its process colours were separated for (GTS_PDFX) with that condition's CMYK profile
 * embedded; PDF/A-2 wants one too (GTS_PDFA1): the same CMYK profile for a print job — PDF/A-2 §6.2.3
 * allows several intents only if they share one profile — or sRGB for an RGB document. The profiles
 * are in resources/icc (their origin and licences: resources/icc/README.md).
 */

interface Profile {
  file: string
  /** Colour components: 4 CMYK, 3 RGB. */
  n: 3 | 4
  /** OutputConditionIdentifier: the name in the ICC's registry of characterization data. */
  identifier: string
  info: string
}

const CMYK: Record<PrintCondition, Profile> = {
  FOGRA39: { file: 'FOGRA39-coated.icc', n: 4, identifier: 'FOGRA39', info: 'Offset printing, ISO 12647-2:2004/Amd 1, coated paper (FOGRA39)' },
  'CGATS TR 002': { file: 'CGATS-TR002-newsprint.icc', n: 4, identifier: 'CGATS TR 002', info: 'Coldset offset printing on newsprint (ANSI CGATS/SNAP TR 002)' },
}
const SRGB: Profile = { file: 'sRGB.icc', n: 3, identifier: 'sRGB IEC61966-2.1', info: 'sRGB IEC61966-2.1' }

/**
 * resources/ beside the running code: the repository's (sources, tests, the CLI bundle in out/cli) or
 * an installed app's (Electron puts it in process.resourcesPath).
 */
function resourcesDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'resources', 'icc'))) return join(dir, 'resources')
  }
  const packaged = (process as { resourcesPath?: string }).resourcesPath
  if (packaged && existsSync(join(packaged, 'resources', 'icc'))) return join(packaged, 'resources')
  throw new Error('resources/icc not found beside the program')
}

const profilePath = (profile: Profile) => join(resourcesDir(), 'icc', profile.file)

/** Each profile deflated once per process: compressing it again on every export cost ~4 ms (a tenth of a newspaper export). */
const deflated = new Map<string, Buffer>()
function deflatedProfile(profile: Profile): Buffer {
  let bytes = deflated.get(profile.file)
  if (!bytes) deflated.set(profile.file, (bytes = deflateSync(readFileSync(profilePath(profile)))))
  return bytes
}

/** The CMYK profile file of a printing condition: what images are converted through. */
export function printProfilePath(condition: PrintCondition): string {
  return profilePath(CMYK[condition])
}

interface DocumentRefs {
  ref(data: Record<string, unknown>): { write(chunk: Uint8Array): void; end(): void }
  _root: { data: Record<string, unknown> }
}

export interface IntentRequest {
  pdfx: boolean
  pdfa: boolean
  /** The printing condition of a process-colour job; absent for RGB. */
  condition?: PrintCondition
}

export function addOutputIntents(doc: DocumentRefs, { pdfx, pdfa, condition }: IntentRequest): void {
  if (!pdfx && !pdfa) return
  const profile = condition ? CMYK[condition] : SRGB
  // A stream that names its filter is written as it is (pdfkit compresses only unfiltered ones).
  const stream = doc.ref({ N: profile.n, Filter: 'FlateDecode' })
  stream.write(deflatedProfile(profile))
  stream.end()
  const intent = (s: string) => {
    const ref = doc.ref({
      Type: 'OutputIntent',
      S: s,
      OutputConditionIdentifier: new String(profile.identifier),
      OutputCondition: new String(profile.info),
      RegistryName: new String('http://www.color.org'),
      Info: new String(profile.info),
      DestOutputProfile: stream,
    })
    ref.end()
    return ref
  }
  doc._root.data.OutputIntents = [...(pdfx ? [intent('GTS_PDFX')] : []), ...(pdfa ? [intent('GTS_PDFA1')] : [])]
}
