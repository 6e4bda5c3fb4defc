/**
 * Text files for Windows offices: UTF-8 with a BOM (Notepad before Windows 10 1903 reads BOM-less files
 * as GBK) and CRLF line ends (older Notepad shows LF-only files as one line).
 */
export function windowsTextFile(text: string): Uint8Array {
  return new TextEncoder().encode('\ufeff' + text.replace(/\r?\n/g, '\r\n'))
}

/** The encoded text of an HTML file. content.html gets a BOM: a fragment cannot declare its charset. */
export function htmlFile(html: string, { bom }: { bom: boolean }): Uint8Array {
  return new TextEncoder().encode((bom ? '\ufeff' : '') + html)
}
