/** The webmaster's HTML package (design §6): build in memory, then write as a zip or a folder. */
export { writeHtmlPackage, type PackageTarget, type PackageControl, type PackageResult, type PackageStep } from './write-package'
export { buildHtmlPackage, type HtmlPackageOptions, type BuiltPackage } from './build-package'
export { suggestPackageName, suggestPackageBaseName } from './package-name'
export type { ValidationReport } from './validation-report'
