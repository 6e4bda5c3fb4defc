/** The `linebreak` package (UAX #14), as this project uses it. */
declare module 'linebreak' {
  interface Break {
    /** UTF-16 offset of the break opportunity. */
    position: number
    /** A mandatory break (a newline). */
    required: boolean
  }
  export default class LineBreaker {
    constructor(text: string)
    nextBreak(): Break | null
  }
}
