export type PasswordRule = 'length' | 'classes';

/** How many of the four character classes (upper, lower, digit, symbol) a password uses. */
export function countCharacterClasses(password: string): number {
  return [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

/** Rules the browser can check; "not a common password" is checked by the server. */
export function checkPassword(password: string): Record<PasswordRule, boolean> {
  return {
    length: password.length >= 8,
    classes: countCharacterClasses(password) >= 3,
  };
}

export function isPasswordAcceptable(password: string): boolean {
  const result = checkPassword(password);
  return result.length && result.classes;
}
