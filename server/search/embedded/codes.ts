/** A small dictionary: each distinct string gets the next integer. */
export class Codes {
  private readonly codeOf = new Map<string, number>()
  readonly values: string[] = []

  code(value: string): number {
    let code = this.codeOf.get(value)
    if (code === undefined) {
      code = this.values.length
      this.codeOf.set(value, code)
      this.values.push(value)
    }
    return code
  }

  find(value: string): number | undefined {
    return this.codeOf.get(value)
  }
}
