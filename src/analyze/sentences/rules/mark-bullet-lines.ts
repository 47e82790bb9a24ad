/**
 * @module analyze/sentences/rules/mark-bullet-lines
 * Rule 4: a line that starts with a bullet mark (✅ 💡 ・ ■ ◆ ● ○ ◇ □ ▼ ▶ ★ ☆ ※ • - *) or a number
 * (1. 2) ① （1） (1)) is a bullet line; every sentence on it gets kind 'bullet'.
 */

const BULLET_START = /^(?:[✅☑✔💡・■□◆◇●○▼▽▶▷►★☆※•‣◎⚫⚪🔹🔸👉➡]|[-*＊](?=\s)|[①-⑳㉑-㉟]|[0-9０-９]{1,2}[.．)）](?![0-9０-９])|[(（][0-9０-９]{1,2}[)）])/u

/** Whether a (trimmed) line reads as a bullet item. */
export function isBulletLine(line: string): boolean {
  return BULLET_START.test(line)
}
