/**
 * The reasons a fact is not charted because it is not Shanghai's: the `reason` the extractor writes on such a fact. The
 * app reads them to name no Shanghai place for it (a national figure is not listed under 上海市).
 */
export const NOT_SHANGHAI_REASONS = {
  unanchored: {
    zh: '文章在此之前未说明是上海的数字',
    en: 'the article has not said, by this point, that it is about Shanghai',
  },
  elsewhere: { zh: '外地、全国或全球的数字，不是上海的', en: 'a figure for another city, the country or the world, not Shanghai’s' },
} as const;

const NOT_SHANGHAI: ReadonlySet<string> = new Set(Object.values(NOT_SHANGHAI_REASONS).map((r) => r.en));

/** Whether a fact was left off the charts as another place's, the country's or the world's. */
export const isNotShanghai = (f: { reason: { en: string } | null }): boolean => f.reason !== null && NOT_SHANGHAI.has(f.reason.en);
