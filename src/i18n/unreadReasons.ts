import { UNREAD_REASONS, type UnreadReasonKey } from '../schema/unreadReasons';
import type { Lang } from './messages';

/** Each reason a number-like token was not read, in Chinese (the data file holds the English). */
const ZH: Record<UnreadReasonKey, string> = {
  nameLabel: '标签：名称或型号的一部分',
  formula: '标签：“1+3+N”之类的提法',
  institute: '标签：研究所编号（21所）',
  edition: '标签：指称活动或届次的年份',
  ordinal: '序数',
  zeroDenominator: '分母为零的分数',
  otherCurrency: '非人民币的货币',
  compoundModifier: '复合修饰语的一部分（three-day、10-year）',
  bareNumber: '无单位：单独的数字',
  numberWord: '无单位：数字词',
};

const KEY_OF = new Map<string, UnreadReasonKey>((Object.keys(UNREAD_REASONS) as UnreadReasonKey[]).map((k) => [UNREAD_REASONS[k], k]));

/** An unread token's reason in the reader's language; a reason this version does not know stays as written. */
export function unreadReasonLabel(reason: string, lang: Lang): string {
  const key = KEY_OF.get(reason);
  return lang === 'zh' && key ? ZH[key] : reason;
}
