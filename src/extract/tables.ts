/**
 * Tables written as text: Markdown or pipe-separated lines (区 | 重点企业数(家) | 营业收入(亿元), District | AI firms |
 * Revenue 2021), one place per row. Prose rules cannot read them (a row's figures name neither their measure nor their
 * unit), so a table is read as a table: a figure takes its measure and unit from its column's heading, its place from
 * its row's first cell, and its period from the heading or the words that introduce the table.
 */
import type { Fact } from '../schema/metricsFile';
import type { Catalogue, CatalogueEntry } from './catalogue';
import { scanDates, type ArticleDate, type DateMention } from './dates';
import { scanEnglishDates } from './englishDates';
import { scanEnglishQuantities } from './englishQuantities';
import { toSimplified } from './language';
import { scanQuantities, type Mention } from './numbers';
import type { PlaceMatcher } from './places';

export interface Cell {
  /** The cell as written, trimmed. */
  text: string;
  /** Offsets of `text` in the original article. */
  start: number;
  end: number;
}

export interface Row {
  cells: Cell[];
  start: number;
  end: number;
  /** 1-based line number in the original. */
  line: number;
}

export interface Table {
  header: Row;
  rows: Row[];
  /** Where the table's first line starts and its last line ends. */
  start: number;
  end: number;
}

/** A line of a pipe table: two or more cells set apart by |. */
const SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/;

/** The cell between `s` and `e` of a line that starts at `at` in the article, without the spaces round it. */
function trimmedCell(line: string, s: number, e: number, at: number): Cell {
  while (s < e && /\s/.test(line[s]!)) s++;
  while (e > s && /\s/.test(line[e - 1]!)) e--;
  return { text: line.slice(s, e), start: at + s, end: at + e };
}

/**
 * A line of a table copied from a web page as text: cells set apart by tabs, two or more spaces or two ideographic
 * spaces (产业, two ideographic spaces, 规模（亿元）…). Short lines only, and no sentence in them: prose never reads so.
 */
const WIDE_GAP = /\t+|\u3000{2,}| {2,}/g;
const WIDE_ROW_MAX = 120;
/** Two lines in a row with a wide gap each: the least a table set apart by gaps needs (a heading and a row). */
const TWO_WIDE_LINES = /(?:\t|\u3000\u3000| {2})[^\n]*\n[^\n]*(?:\t|\u3000\u3000| {2})/;
function wideCellsOf(line: string, at: number): Cell[] | null {
  if (line.length > WIDE_ROW_MAX || /[。；;！？!?]|\.(?:\s|$)/.test(line)) return null;
  const cells: Cell[] = [];
  let start = 0;
  const push = (s: number, e: number): void => {
    const cell = trimmedCell(line, s, e, at);
    if (cell.text !== '') cells.push(cell);
  };
  for (const gap of line.matchAll(WIDE_GAP)) {
    push(start, gap.index);
    start = gap.index + gap[0].length;
  }
  push(start, line.length);
  return cells.length >= 2 ? cells : null;
}

function cellsOf(written: string, at: number): Cell[] | null {
  // 城市｜人工智能企业｜产业规模: the full-width bar of a Chinese page is the same rule (one character, offsets kept).
  const line = written.includes('｜') ? written.replaceAll('｜', '|') : written;
  if ((line.match(/\|/g)?.length ?? 0) < 2) return wideCellsOf(line, at);
  let from = 0;
  let to = line.length;
  while (from < to && /\s/.test(line[from]!)) from++;
  while (to > from && /\s/.test(line[to - 1]!)) to--;
  if (line[from] === '|') from++;
  if (line[to - 1] === '|') to--;
  const cells: Cell[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && line[i] !== '|') continue;
    cells.push(trimmedCell(line, start, i, at));
    start = i + 1;
  }
  return cells.length >= 2 ? cells : null;
}

/** The first cell split into its label and the figure one space after it, with the other cells; null when it ends on none. */
function labelThenFigure(cells: Cell[]): Cell[] | null {
  const first = cells[0]!;
  const split = /^(.*\S)\s([0-9][0-9.,]*)$/.exec(first.text);
  if (split === null) return null;
  const label = { text: split[1]!, start: first.start, end: first.start + split[1]!.length };
  const figure = { text: split[2]!, start: first.end - split[2]!.length, end: first.end };
  return [label, figure, ...cells.slice(1)];
}

/** Where the next | or ｜ is at or after `at`, or -1. */
function nextBarFrom(original: string, at: number): number {
  const a = original.indexOf('|', at);
  const b = original.indexOf('｜', at);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/** The tables of an article: a heading line and at least one row of as many cells, the Markdown rule line skipped. */
export function findTables(original: string, from = 0): Table[] {
  const tables: Table[] = [];
  if (!original.includes('|', from) && !original.includes('｜', from) && !TWO_WIDE_LINES.test(from === 0 ? original : original.slice(from)))
    return tables;
  let current: Table | null = null;
  let nextBar = -2;
  let lineNo = original.slice(0, from).split('\n').length;
  for (let at = from; at <= original.length;) {
    const nl = original.indexOf('\n', at);
    const end = nl < 0 ? original.length : nl;
    // A long line with no bar in it is prose, neither a pipe row nor one set apart by gaps: passed over without a copy.
    if (end - at > WIDE_ROW_MAX && current === null) {
      // -2: not looked for yet; -1: none left in the text.
      if (nextBar === -2 || (nextBar >= 0 && nextBar < at)) nextBar = nextBarFrom(original, at);
      if (nextBar < 0 || nextBar >= end) {
        if (nl < 0) break;
        at = nl + 1;
        lineNo++;
        continue;
      }
    }
    const line = original.slice(at, end).replace(/\r$/, '');
    const rule = SEPARATOR.test(line);
    const read = rule ? null : cellsOf(line, at);
    // Intelligent compute (EFLOPS, year-end) 4.5     7.8: a long label pushed its first figure to one space from it.
    const cells: Cell[] | null =
      read && current && read.length === current.header.cells.length - 1 ? (labelThenFigure(read) ?? read) : read;
    // The rule under a Markdown heading (|:--|:--|) is passed over.
    if (rule && current) {
      if (nl < 0) break;
      at = nl + 1;
      lineNo++;
      continue;
    }
    if (cells && current && cells.length === current.header.cells.length) {
      current.rows.push({ cells, start: at, end: at + line.length, line: lineNo });
      current.end = at + line.length;
    } else {
      if (current && current.rows.length > 0) tables.push(current);
      current = cells
        ? { header: { cells, start: at, end: at + line.length, line: lineNo }, rows: [], start: at, end: at + line.length }
        : null;
    }
    if (nl < 0) break;
    at = nl + 1;
    lineNo++;
  }
  if (current && current.rows.length > 0) tables.push(current);
  return tables;
}

/** A column that is a part, a share, a rank, a change or names (其中上市企业, 占比, 排名, of which listed, growth). */
const NOT_A_LEVEL =
  /其中|占比|比重|占全|排名|名次|位次|增长|增速|增幅|同比|环比|新增|平均|人均|每|典型|代表|优势|名称|%|％|\bof which\b|\bshare\b|\brank|\bgrowth\b|\bchange\b|\bper\b|\baverage\b|\bnew\b|\badded\b|\bnames?\b|\bexamples?\b/i;
/** A row label that counts no one place: the city's total (合计, Total) is Shanghai's; the rest (其他, Others) no one's. */
const CITY_TOTAL = /^(?:全市|全市合计|合计|总计|上海|上海市|全上海|total|shanghai|citywide|city total|all districts)$/i;
/** The words a table's caption or heading uses to say it is about AI. */
const ABOUT_AI = /人工智能|人工智慧|大模型|\bAI\b|artificial intelligence/i;
/** A caption that announces targets or forecasts: its table is not what is, and is left to the text. */
const NOT_ACTUAL = /目标|预计|预测|规划|力争|target|forecast|projected|plan\b|goal/i;
/** The unit a heading gives in brackets: 重点企业数(家), 营业收入（亿元）. */
const HEADING_UNIT = /[（(]\s*(?:单位[:：]\s*)?([^()（）]{1,6})\s*[)）]/;
/** English spells its unit out: Scale (billion yuan), Capacity (EFLOPS). */
const HEADING_UNIT_EN = /[（(]\s*(?:unit[:：]\s*|in\s+)?([^()（）]{1,20})\s*[)）]/i;
const YEAR = /(?:19|20)\d{2}/;
/** A unit that writes its currency before the number: RMB bn, US$ mn, CNY billion. */
const CURRENCY_FIRST = /^(RMB|CNY|US\$|USD|HK\$)\s*((?:bn|mn|billion|million|trillion)?)$/i;
/** How much text before a table may introduce it (its caption). */
const CAPTION_REACH = 300;

export interface TableContext {
  catalogue: Catalogue;
  places: PlaceMatcher;
  english: boolean;
  traditional: boolean;
  date: ArticleDate;
  title: string;
  reportYear: number | null;
}

/** The metric a column's heading names, with the longest phrase; null when it names none or is vetoed. */
function columnMetric(heading: string, ctx: TableContext, aboutAi: boolean): CatalogueEntry | null {
  // 重点企业数 under a caption about AI reads as 人工智能重点企业数: the caption names the subject once for every column.
  const said = ctx.english ? heading.toLowerCase() : heading;
  const read = aboutAi && !ABOUT_AI.test(said) ? (ctx.english ? `ai ${said}` : `人工智能${said}`) : said;
  let best: { entry: CatalogueEntry; length: number } | null = null;
  for (const entry of ctx.catalogue.metrics) {
    if (entry.of !== undefined || entry.placeKinds !== undefined || entry.editionYear) continue;
    if (entry.subject === 'ai' && !aboutAi) continue;
    if (entry.excludeNear?.some((w) => read.includes(w))) continue;
    for (const p of entry.phrases) if (read.includes(p) && (!best || p.length > best.length)) best = { entry, length: p.length };
  }
  return best?.entry ?? null;
}

/** The quantity a cell states, read with the unit its heading gives when it writes none. */
function cellQuantity(cell: Cell, heading: string, ctx: TableContext, entry: CatalogueEntry): Mention | null {
  const scan = (s: string): Mention | undefined => {
    const r = ctx.english ? scanEnglishQuantities(s, 0, s.length, []) : scanQuantities(s, 0, s.length, []);
    return r.mentions.find((m) => !m.unitless && m.start === 0 && m.end >= s.length - 1);
  };
  const own = /^[\d.,]+$/.test(cell.text) ? undefined : scan(ctx.traditional ? toSimplified(cell.text) : cell.text);
  if (own) return own;
  if (!/^[\d.,]+$/.test(cell.text)) return null;
  // AI enterprises (end-2025) | Industry scale (billion yuan): the brackets' unit, else the heading's noun without them.
  if (ctx.english) {
    // (EFLOPS, year-end): the unit before a note; (RMB bn): a currency written before the number.
    const spelled = HEADING_UNIT_EN.exec(heading)?.[1]
      ?.split(/[,，;；]/)[0]!
      .trim();
    const noun = heading.replace(HEADING_UNIT_EN, ' ').replace(YEAR, '').replace(/\s+/g, ' ').trim();
    const currency = spelled === undefined ? null : CURRENCY_FIRST.exec(spelled);
    return (
      (currency === null ? undefined : scan(`${currency[1]}${cell.text}${currency[2]}`)) ??
      (spelled === undefined ? undefined : scan(`${cell.text} ${spelled}`)) ??
      scan(`${cell.text} ${noun}`) ??
      null
    );
  }
  const given = HEADING_UNIT.exec(heading)?.[1];
  // 备案数量 | 66: a count whose heading gives no unit is counted in the metric's own classifier (款).
  const unit = given ?? (entry.unit === 'items' ? entry.counters?.[0] : undefined);
  return unit === undefined ? null : (scan(`${cell.text}${ctx.traditional ? toSimplified(unit) : unit}`) ?? null);
}

/** The dates the caption states (截至2019年底, 2019年, at the end of last year), in order. */
function captionDates(caption: string, ctx: TableContext): Array<DateMention & { asOf: boolean }> {
  const text = ctx.traditional ? toSimplified(caption) : caption;
  const dates = ctx.english ? scanEnglishDates(text, ctx.date) : scanDates(text, ctx.date, ctx.reportYear);
  // 截至2019年底, as of …, at the end of …: an as-of date, which dates the table's counts.
  return dates
    .filter((d) => d.kind === 'explicit')
    .map((d) => ({ ...d, asOf: AS_OF.test(text.slice(Math.max(0, d.start - 16), d.start)) }));
}
const AS_OF = /(?:截至|截止|截止到|as of|as at|by the end of|at the end of|end of)\s*$/i;

/**
 * A column's period from the caption: a stock is counted at its as-of date (截至2019年底 → 2019-12), else the last date it
 * gives to the month,
 * a flow over the last year it gives (2019年实现营业收入, or the year of that year-end).
 */
function periodFor(dates: ReadonlyArray<DateMention & { asOf: boolean }>, entry: CatalogueEntry): string | null {
  if (entry.kind === 'stock')
    return (
      (dates.filter((d) => d.asOf).at(-1) ?? dates.filter((d) => /^\d{4}-\d{2}$/.test(d.period)).at(-1) ?? dates.at(-1))?.period ?? null
    );
  const last = dates.at(-1)?.period ?? null;
  return last !== null && /^\d{4}-12$/.test(last) ? last.slice(0, 4) : last;
}

/**
 * A list under a caption: each line a short label, a colon and a figure, the label a place or a year (浦东新区：620家,
 * 2019年：1477, • Xuhui: 410), the measure, unit and date in the line above (上海各区人工智能企业数量（2023年末）).
 */
export interface List {
  /** The caption's last clause (the line above the list, after its last full stop). */
  caption: Cell;
  /** Each row's cells: the label and the figure. */
  rows: Row[];
  start: number;
  end: number;
}

/** One line of a list: an optional bullet, a label of at most 24 characters, a colon, a value of at most 24, nothing after. */
const LIST_ROW = /^([ \t\u3000]*(?:[-•·*▪●◆]\s*)?)([^:：\n|｜]{1,24}?)\s*[:：]\s*([^\s:：|｜][^:：\n|｜]{0,23}?)\s*$/;
/** A label that is a year: 2019, 2019年, 2019年末. */
const LIST_YEAR = /^((?:19|20)\d{2})\s*(?:年|年度|年末|年底)?$/;
/** A caption longer than this is prose that happens to end above a list, not a caption. */
const LIST_CAPTION_MAX = 60;

/** The lists of an article: two or more list lines in a row under a line that is not one. */
export function findLists(original: string, from = 0): List[] {
  const lists: List[] = [];
  if (!/[:：]/.test(from === 0 ? original : original.slice(from))) return lists;
  let current: List | null = null;
  let above: { text: string; start: number } | null = null;
  let lineNo = original.slice(0, from).split('\n').length;
  for (let at = from; at <= original.length;) {
    const nl = original.indexOf('\n', at);
    const end = nl < 0 ? original.length : nl;
    const line = original.slice(at, end).replace(/\r$/, '');
    const m = line.length <= 60 ? LIST_ROW.exec(line) : null;
    if (m && (current !== null || (above !== null && !LIST_ROW.test(above.text)))) {
      if (current === null) {
        const caption = captionOf(above!.text, above!.start);
        current = caption === null ? null : { caption, rows: [], start: at, end: at + line.length };
      }
      if (current !== null) {
        const labelAt = m[1]!.length;
        const valueAt = line.lastIndexOf(m[3]!);
        current.rows.push({
          cells: [
            { text: m[2]!, start: at + labelAt, end: at + labelAt + m[2]!.length },
            { text: m[3]!, start: at + valueAt, end: at + valueAt + m[3]!.length },
          ],
          start: at,
          end: at + line.length,
          line: lineNo,
        });
        current.end = at + line.length;
      }
    } else {
      if (current !== null && current.rows.length >= 2) lists.push(current);
      current = null;
    }
    above = line.trim() === '' ? null : { text: line, start: at };
    if (nl < 0) break;
    at = nl + 1;
    lineNo++;
  }
  if (current !== null && current.rows.length >= 2) lists.push(current);
  return lists;
}

/** The last clause of the line above a list, without a closing colon; null when it is too long to be a caption. */
function captionOf(line: string, at: number): Cell | null {
  const cut = Math.max(...['。', '；', ';', '！', '？', '!', '?'].map((c) => line.lastIndexOf(c))) + 1;
  const cell = trimmedCell(
    line.replace(/[:：]\s*$/, (c) => ' '.repeat(c.length)),
    cut,
    line.length,
    at,
  );
  return cell.text === '' || cell.text.length > LIST_CAPTION_MAX ? null : cell;
}

/** The one Shanghai place a caption names (徐汇区人工智能产业规模), the city when it names none but the city, else null. */
function placeOfCaption(caption: string, ctx: TableContext): { geo: Fact['geo']; place: string | null } | null {
  const found = ctx.places.scan(caption).filter((p) => !p.anaphoric);
  if (found.some((p) => p.national)) return null;
  const named = new Set(found.map((p) => `${p.geo}/${p.place ?? ''}`));
  if (named.size === 1) return { geo: found[0]!.geo, place: found[0]!.place };
  return named.size === 0 && CITY_SCOPE.test(caption + ctx.title) ? { geo: 'shanghai', place: null } : null;
}

/**
 * A cell's figure as a fact of its column's metric, at its row's place: null when the cell states no quantity of the metric's
 * unit and classifier. A year in the heading or the row states the period; a caption's date gives it as context.
 */
function cellFact(
  doc: string,
  original: string,
  row: Row,
  cell: Cell,
  heading: string,
  ctx: TableContext,
  entry: CatalogueEntry,
  place: { geo: Fact['geo']; place: string | null },
  year: string | undefined,
  period: string | null,
): Fact | null {
  const q = cellQuantity(cell, heading, ctx, entry);
  if (!q || (q.unit !== entry.unit && !entry.alsoUnits?.includes(q.unit))) return null;
  if (entry.counters && !entry.counters.includes(q.counter ?? '')) return null;
  const quote = original.slice(row.start, row.end).trim();
  return {
    id: `${doc}@${cell.start}`,
    doc,
    text: cell.text,
    value: q.value,
    unit: q.unit,
    counter: q.counter,
    qualifier: q.qualifier,
    status: 'actual',
    period,
    periodBasis: period === null ? null : year !== undefined ? 'stated' : 'context',
    geo: place.geo,
    place: place.place,
    metric: entry.id,
    reason: null,
    start: cell.start,
    end: cell.end,
    source: { doc, quote, start: row.start + original.slice(row.start, row.end).indexOf(quote), end: row.end, line: row.line },
  };
}

/** The figures of an article's lists, read as a table of one column whose heading is the caption. */
function listFacts(doc: string, original: string, list: List, ctx: TableContext): Fact[] {
  const heading = ctx.traditional ? toSimplified(list.caption.text) : list.caption.text;
  if (NOT_ACTUAL.test(heading) || NOT_A_LEVEL.test(heading)) return [];
  // The caption itself, or the title, says the list is about AI: the text before it may be about anything.
  const entry = columnMetric(heading, ctx, ABOUT_AI.test(heading) || ABOUT_AI.test(ctx.title));
  if (entry === null) return [];
  const said = captionDates(list.caption.text, ctx);
  // District AI output 2023: a caption's one year, as a column heading's is, when it gives no date a reader takes as one.
  const years = heading.match(/(?:19|20)\d{2}/g) ?? [];
  const captionYear = years.length === 1 && Number(years[0]) < ctx.date.year ? years[0] : null;
  const facts: Fact[] = [];
  for (const row of list.rows) {
    const [labelCell, cell] = row.cells as [Cell, Cell];
    const label = ctx.traditional ? toSimplified(labelCell.text) : labelCell.text;
    const year = LIST_YEAR.exec(label.trim())?.[1];
    // 2019年：1477 under 上海人工智能产业规模（亿元）: the year is the row's, the place the caption's. A year not over when
    // the article appeared is a forecast or a part of a year, left to the text.
    const ended = year !== undefined && (Number(year) < ctx.date.year || (entry.kind === 'stock' && Number(year) === ctx.date.year));
    if (year !== undefined && !ended) continue;
    const place = year !== undefined ? placeOfCaption(heading, ctx) : placeOfLabel(label, ctx.places);
    if (place === null) continue;
    const fact = cellFact(
      doc,
      original,
      row,
      cell,
      list.caption.text,
      ctx,
      entry,
      place,
      year,
      year ?? periodFor(said, entry) ?? captionYear,
    );
    if (fact !== null) facts.push(fact);
  }
  return facts;
}

/**
 * The figures of the article's tables, as facts with their measure, place and period, and the spans their rows take (the
 * prose reader leaves those to this one).
 */
export function tableFacts(
  doc: string,
  original: string,
  found: ReadonlyArray<Table>,
  from: number,
  ctx: TableContext,
): { facts: Fact[]; rows: Array<{ start: number; end: number }> } {
  const facts: Fact[] = [];
  const rows: Array<{ start: number; end: number }> = [];
  for (const table of found) {
    rows.push({ start: table.start, end: table.end });
    const caption = original.slice(Math.max(0, table.start - CAPTION_REACH), table.start);
    const lead = caption.trimEnd();
    if (NOT_ACTUAL.test(lead.slice(lead.lastIndexOf('\n') + 1))) continue;
    const headingText = table.header.cells.map((c) => c.text).join(' ');
    const aboutAi = ABOUT_AI.test(headingText) || ABOUT_AI.test(caption) || ABOUT_AI.test(ctx.title);
    const said = captionDates(caption, ctx);
    // 指标 | 2023年 | 2024年 over rows of measures (产业规模（亿元） | 263 | 312): one place's measures by year, the place the
    // caption names.
    if (table.header.cells.length > 1 && table.header.cells.slice(1).every((c) => YEAR_HEADING.test(c.text.trim()))) {
      const place = aboutAi ? placeOfCaption(lead.slice(lead.lastIndexOf('\n') + 1), ctx) : null;
      if (place !== null) facts.push(...byYearFacts(doc, original, table, ctx, place));
      continue;
    }
    // 产业 | 规模（亿元） with a row for 人工智能: the row's industry and the column's measure make the metric (产业规模).
    const industries = table.rows.some((r) => AI_ROW.test(r.cells[0]!.text.trim()));
    for (const [j, head] of table.header.cells.entries()) {
      if (j === 0 || NOT_A_LEVEL.test(head.text)) continue;
      const heading = ctx.traditional ? toSimplified(head.text) : head.text;
      const entry =
        columnMetric(heading, ctx, aboutAi) ??
        (industries && !ctx.english && !/产业|產業/.test(heading) ? columnMetric(`人工智能产业${heading}`, ctx, true) : null);
      if (entry === null) continue;
      const year = YEAR.exec(heading)?.[0];
      for (const row of table.rows) {
        const cell = row.cells[j]!;
        const label = row.cells[0]!.text.replace(/\*\*/g, '');
        const place =
          placeOfLabel(ctx.traditional ? toSimplified(label) : label, ctx.places) ??
          // 产业 | 规模（亿元）: a table of industries, one per row; the AI row is the city's when the table is the city's.
          (AI_ROW.test(label.trim()) && CITY_SCOPE.test(caption + ctx.title) ? { geo: 'shanghai' as const, place: null } : null);
        if (place === null || cell.text === '') continue;
        const fact = cellFact(doc, original, row, cell, head.text, ctx, entry, place, year, year ?? periodFor(said, entry));
        if (fact !== null) facts.push(fact);
      }
    }
  }
  // Lists under a caption (浦东新区：620家): only the rows read as figures are taken from the prose reader.
  for (const list of findLists(original, from)) {
    if (rows.some((r) => list.start < r.end && r.start < list.end)) continue;
    for (const fact of listFacts(doc, original, list, ctx)) {
      facts.push(fact);
      rows.push({ start: fact.source.start, end: fact.source.end });
    }
  }
  return { facts, rows };
}

/** A column heading that is a year and nothing else: 2023年, 2024, 2023年末. */
const YEAR_HEADING = /^(?:19|20)[0-9]{2}\s*(?:年|年末|年底)?$/;

/** A row or column said to be counted at the year's end. */
const YEAR_END_LABEL = /year-end|year end|end of (?:the )?year|年末|年底/i;

/** A table of one place's measures by year: each row's label names its metric, each column's year its period. */
function byYearFacts(
  doc: string,
  original: string,
  table: Table,
  ctx: TableContext,
  place: { geo: Fact['geo']; place: string | null },
): Fact[] {
  const out: Fact[] = [];
  for (const row of table.rows) {
    const label = ctx.traditional ? toSimplified(row.cells[0]!.text) : row.cells[0]!.text;
    if (NOT_A_LEVEL.test(label)) continue;
    const entry = columnMetric(label, ctx, true);
    if (entry === null) continue;
    for (const [j, head] of table.header.cells.entries()) {
      const cell = row.cells[j];
      if (j === 0 || cell === undefined || cell.text === '') continue;
      const year = YEAR.exec(head.text)?.[0];
      if (year === undefined || Number(year) > ctx.date.year) continue;
      // AI enterprises (year-end), 2023年末: a stock counted at each year's end.
      const atEnd = entry.kind === 'stock' && YEAR_END_LABEL.test(`${label} ${head.text}`);
      const fact = cellFact(doc, original, row, cell, label, ctx, entry, place, year, atEnd ? `${year}-12` : year);
      if (fact !== null) out.push(fact);
    }
  }
  return out;
}

/** A row of a table of industries that is AI's: 人工智能, 人工智能产业, AI, Artificial intelligence. */
const AI_ROW = /^(?:人工智能|人工智慧|AI|artificial intelligence)(?:产业|產業|industry)?$/i;
/** A caption or title about the whole city: 上海市, 全市, 本市, Shanghai (a district's table names the district instead). */
const CITY_SCOPE = /上海市|全市|本市|上海|Shanghai/;

/** The one Shanghai place a row's first cell names and nothing else: 浦东新区, Xuhui, 合计/Total for the city. */
function placeOfLabel(label: string, places: PlaceMatcher): { geo: Fact['geo']; place: string | null } | null {
  const trimmed = label.trim();
  // Shanghai 上海: the city's own row, named in both languages.
  if (trimmed.split(/\s+/).every((part) => CITY_TOTAL.test(part))) return { geo: 'shanghai', place: null };
  const found = places.scan(trimmed).filter((p) => !p.anaphoric);
  // 徐汇 Xuhui: a label may name its place in both languages, once each.
  if (found.length === 0 || found.length > 2 || found.some((f) => f.national || f.geo !== found[0]!.geo || f.place !== found[0]!.place))
    return null;
  let rest = trimmed;
  for (const f of [...found].sort((a, b) => b.start - a.start)) rest = rest.slice(0, f.start) + ' ' + rest.slice(f.end);
  return /^(?:区|新区|district|new area|new district)?$/i.test(rest.trim().replace(/\s+/g, ' '))
    ? { geo: found[0]!.geo, place: found[0]!.place }
    : null;
}
