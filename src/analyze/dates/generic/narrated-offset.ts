/**
 * @module analyze/dates/generic/narrated-offset
 * Rule: an offset counted from the publication date must fit the clause. N年後/Nカ月後 in a past
 * clause (2ヵ月後には付き合っていた, 半年後には結婚式を挙げ…た) counts from an event the story
 * narrates, not from today; 40年後の世界 or 10年後の自分 is an imagined future; 2週間後くらいに
 * なると is a condition; 7年後、ついに… opening a sentence is a time skip in a story (a synopsis).
 * None of them names a calendar time.
 */
import type { GenericUseRule } from './types.ts'
import { isBeforeDate } from './before-date.ts'
import { firstClause } from './clause.ts'

const IMAGINED = /^の(?:世界|未来|自分|私|僕|姿|地球|日本|社会|人類)/
/** The sentence ends in a past form: 〜た。, 〜でした。, 〜だった。 (a relative clause 特化した老人ホーム does not count). */
const ENDS_PAST = /(?:[っしれいきんえけせてめべねげびみ]た|だった|でした|ました)(?:んです|のだ|のです|そうだ|そうです|という|とのこと)?[」』)）]*\s*[。!！]?\s*$/
const CONDITION = /^\s*(?:くらい|ぐらい|ほど)?(?:に|で)?(?:なると|なれば|したら|すると|経つと|たつと|経てば)/

export const narratedOffset: GenericUseRule = {
  name: 'narrated-offset',
  test(ctx) {
    if (ctx.kind !== 'offset' || isBeforeDate(ctx.text, ctx.end)) return null
    const surface = ctx.text.slice(ctx.start, ctx.end)
    const after = ctx.text.slice(ctx.end, ctx.end + 10)
    if (CONDITION.test(after)) return 'an offset in a condition (2週間後くらいになると)'
    if (!surface.endsWith('後')) return null
    if (IMAGINED.test(after)) return 'an imagined future (40年後の世界)'
    if (after.startsWith('も') && /年後$/.test(surface)) return 'any later time (10年後も20年後も)'
    // 15年後、美しく成長した…: years later, opening a sentence, tells a story's time skip
    // (10年後、20年後には… lists horizons of a forecast: kept)
    if (/^[、,](?!\s*\d+(?:年|[カかヶヵケ箇]月)後)/.test(after) && /(?:年|[カかヶヵケ箇]月)後$/.test(surface) && /^[\s「]*$/.test(ctx.text.slice(ctx.sentence.start, ctx.start))) {
      return 'a time skip opening a sentence of a story (7年後、ついに…)'
    }
    // 2日後に控える誕生日: counted from the narrated day, which is the news day itself
    if (/^に控え/.test(after)) return null
    // 3年後のブラジルW杯に向けた…を訊かれた: an offset that modifies a noun is not the past clause's time
    if (after.startsWith('の')) return null
    if (ENDS_PAST.test(firstClause(ctx.text, ctx.end, ctx.sentence.end))) return 'a later time in a past clause counts from a narrated event'
    return null
  },
}
