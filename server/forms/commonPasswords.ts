import zxcvbnCommon from '@zxcvbn-ts/language-common'

// About 49,000 of the passwords most often found in breaches (zxcvbn-ts's common list), as NCSC
// guidance recommends checking new passwords against.
const COMMON = new Set(zxcvbnCommon.dictionary['passwords-common'].map(word => word.toLowerCase()))

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase())
}
