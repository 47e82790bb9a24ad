/**
 * @module digest/fixtures.test-data
 * Original news-style articles written for matome's digest tests (not from any outlet).
 */
import type { Article } from '../core/article.ts'

export const BRIDGE_1: Article = {
  id: 'bridge-1',
  title: '架橋計画 県と市が合意',
  source: '共同通信',
  url: 'https://example.jp/news/bridge-1',
  publishedAt: '2031-05-12T09:00:00+09:00',
  body: [
    '北浜県と港川市は12日、湾を横断する新しい橋の建設で合意しました。',
    'しかし、総事業費はおよそ850億円に上る見通しで、財源の確保が焦点になっています。',
    '県側は国に対して費用の半分の負担を求めているのに対し、市側は工期の短縮を要求しています。',
    '知事は記者会見で「地域の物流を支える大切な事業だ」と述べました。',
    'また、建設には少なくとも7年かかるということです。',
    '住民の間では、漁業への影響を懸念する声も出ています。',
  ].join('\n'),
}

export const BRIDGE_COPY: Article = {
  ...BRIDGE_1,
  id: 'bridge-1-copy',
  source: '北浜日報',
  url: 'https://example.jp/hokuhin/bridge',
  publishedAt: '2031-05-12T11:00:00+09:00',
}

export const BRIDGE_2: Article = {
  id: 'bridge-2',
  source: 'NHK',
  url: 'https://example.jp/nhk/bridge-2',
  publishedAt: '2031-05-14',
  body: [
    '港川市議会は14日、新しい橋の建設に向けた調査費3億円を盛り込んだ補正予算案を可決しました。',
    '一方、一部の議員は事業費が膨らむおそれがあるとして予算案に反対しました。',
    '市長は「丁寧に説明を続けていく」と話しています。',
    '今後は国との協議が本格化する見込みですが、合意できるかは不透明です。',
  ].join('\n'),
}

export const BRIDGE_OLD: Article = {
  id: 'bridge-old',
  source: '北浜日報',
  publishedAt: '2024-03-01',
  body: '北浜県は1日、湾を横断する橋の構想について有識者会議を初めて開きました。\n会議では、費用に見合う効果があるかを検証する方針が示されました。',
}
