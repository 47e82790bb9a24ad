/**
 * @module analyze/numbers/rules/read-unit
 * Reads the unit or 助数詞 (josushi, counter word) right after a numeral, longest first, and
 * normalises its spelling (％ and パーセント → %, ヶ国 and カ国 → か国, 才 → 歳).
 */

/** Spelling → normalised unit. Longest spellings are tried first. */
const UNITS: Readonly<Record<string, string>> = {
  '%': '%', '％': '%', パーセント: '%', ポイント: 'ポイント', 割: '割',
  人: '人', 名: '人', 世帯: '世帯', 歳: '歳', 才: '歳',
  発: '発', 機種: '機種', 機: '機', 隻: '隻', 両: '両', 台: '台', 基: '基', 門: '門', 輌: '両',
  キロメートル: 'キロメートル', キロ: 'キロ', メートル: 'メートル', センチ: 'センチ', ミリ: 'ミリ',
  km: 'km', ｋｍ: 'km', kg: 'kg', ｋｇ: 'kg', トン: 'トン', グラム: 'グラム', リットル: 'リットル',
  ヘクタール: 'ヘクタール', 平方キロ: '平方キロ', ノット: 'ノット', マイル: 'マイル',
  ドル: 'ドル', 円: '円', ユーロ: 'ユーロ', 元: '元', ウォン: 'ウォン', ルーブル: 'ルーブル', ポンド: 'ポンド', フリブニャ: 'フリブニャ',
  件: '件', 回: '回', 度: '度', 倍: '倍', 票: '票', 議席: '議席', 本: '本', 枚: '枚', 個: '個', 頭: '頭', 匹: '匹',
  冊: '冊', 点: '点', 位: '位', 種類: '種類', 品目: '品目', 店舗: '店舗', 社: '社', 校: '校', 棟: '棟', 戸: '戸', 軒: '軒',
  か国: 'か国', カ国: 'か国', ヶ国: 'か国', ケ国: 'か国', 箇国: 'か国',
  か所: 'か所', カ所: 'か所', ヶ所: 'か所', ケ所: 'か所', 箇所: 'か所',
  都市: '都市', 地域: '地域', 時間: '時間', 分間: '分間', 分: '分', 秒: '秒', 日間: '日間', 週間: '週間',
  か月間: 'か月', カ月間: 'か月', ヶ月間: 'か月', ヵ月間: 'か月',
  か月: 'か月', カ月: 'か月', ヶ月: 'か月', ケ月: 'か月', ヵ月: 'か月', 箇月: 'か月', 年間: '年間',
  ベクレル: 'ベクレル', シーベルト: 'シーベルト', ミリシーベルト: 'ミリシーベルト', 度目: '度目',
}
const SPELLINGS = Object.keys(UNITS).sort((a, b) => b.length - a.length)

/** Units that measure time: a duration followed by 前/後 is a relative date, left to the dates stage. */
export const TIME_UNITS: ReadonlySet<string> = new Set(['時間', '分間', '分', '秒', '日間', '週間', 'か月', '年間'])

/** The unit at `at` in `text`: its spelling length and normalised form, or null. */
export function readUnit(text: string, at: number): { length: number; unit: string } | null {
  for (const spelling of SPELLINGS) {
    if (text.startsWith(spelling, at)) return { length: spelling.length, unit: UNITS[spelling] ?? spelling }
  }
  return null
}
