// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import './domStubs';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { LoadState } from '../../src/app/loadData';
import { useViewStore } from '../../src/store/viewStore';
import { fact, fixture } from '../core/fixture';

// Charts are drawn by ECharts on a canvas jsdom does not have; their options are tested in tests/charts.
vi.mock('../../src/features/trends/TrendChart', () => ({
  TrendChart: ({ metric }: { metric: { id: string } }) => <figure data-testid={`chart-${metric.id}`} />,
}));
// So is the map (jsdom has no IntersectionObserver, so it would be set up at once on a box of no size);
// its option is tested in tests/charts and the map itself in the browser tests.
vi.mock('../../src/features/map/ClusterMap', () => ({ ClusterMap: () => <section data-testid="map" /> }));

const data = fixture([
  fact({ id: 'a', value: 1340e8, period: '2018' }),
  fact({
    id: 'b',
    value: 3800e8,
    period: '2023',
    qualifier: '>',
    source: { doc: 'd1', quote: '<b>产业规模</b>超3800亿元。', start: 0, end: 5, line: 3 },
  }),
  // No date in its sentence: as of the article's publication (d1, 2024-07-04).
  fact({ id: 'c', value: 34, period: '2024-07', metric: 'filed_models', unit: 'items', counter: '款', periodBasis: 'publication' }),
  fact({
    id: 'd',
    value: 22,
    period: '2024-07',
    metric: 'filed_models',
    unit: 'items',
    counter: '个',
    geo: 'xuhui',
    periodBasis: 'context',
  }),
  fact({
    id: 'e',
    value: 3,
    period: null,
    metric: null,
    unit: 'items',
    counter: '大',
    text: '三大',
    reason: { zh: '说的是芯片，不是人工智能', en: 'about 芯片, not AI' },
  }),
]);
const ready = (): Promise<LoadState> => Promise.resolve({ status: 'ready', data });

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  useViewStore.setState({ from: 0, to: 0, district: 'shanghai', lang: 'zh', fact: null });
  Object.defineProperty(window.navigator, 'languages', { value: ['zh-CN'], configurable: true });
});
afterEach(cleanup);

describe('loading and error states', () => {
  it('shows a loading state, then a clear error naming the file', async () => {
    let resolve!: (s: LoadState) => void;
    render(
      <App
        currentYear={2026}
        load={() =>
          new Promise((r) => {
            resolve = r;
          })
        }
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('正在加载数据');
    act(() => {
      resolve({ status: 'error', file: '/data/metrics.json', reason: 'facts.0.geo: not shanghai or one of the 16 district ids' });
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('/data/metrics.json');
    expect(alert).toHaveTextContent('facts.0.geo');
  });
});

describe('the dashboard', () => {
  it('shows KPIs with their qualifier and source, and the coverage', async () => {
    render(<App currentYear={2026} load={ready} />);
    const card = await screen.findByRole('article', { name: '人工智能产业规模' });
    expect(within(card).getByRole('button')).toHaveTextContent('超3,800亿元');
    expect(within(card).getByRole('tooltip', { hidden: true })).toHaveTextContent('<b>产业规模</b>超3800亿元。');
    expect(screen.getByText(/2 篇文章，2018–2024 年/)).toBeInTheDocument();
    // Chinese labels take the full-width colon: 最新：2023年, 变化 2018年→2023年：超2.8×.
    expect(card).toHaveTextContent(/最新：/);
    expect(card).toHaveTextContent(/→[^：:]*：/);
    expect(card.textContent).not.toMatch(/[\u4e00-\u9fff]: /);
  });

  it('a KPI with only a target says that no figure has been reported yet', async () => {
    const target = fixture([fact({ id: 't1', value: 1000e8, period: '2025', status: 'target', geo: 'xuhui' })]);
    window.history.replaceState(null, '', '/?district=xuhui');
    render(<App currentYear={2026} load={() => Promise.resolve({ status: 'ready', data: target })} />);
    const card = await screen.findByRole('article', { name: '人工智能产业规模' });
    expect(within(card).getByRole('button')).toHaveTextContent('1,000亿元');
    expect(card).toHaveTextContent('目标 · 2025年 · 尚无已报告的实际数字');
  });

  it('choosing 徐汇 changes the KPIs, charts, table and URL', async () => {
    const user = userEvent.setup();
    render(<App currentYear={2026} load={ready} />);
    await screen.findByRole('article', { name: '备案大模型' });
    expect(within(screen.getByRole('article', { name: '备案大模型' })).getByRole('button')).toHaveTextContent('34款');
    await user.selectOptions(screen.getByRole('combobox', { name: '区域' }), 'xuhui');
    expect(within(screen.getByRole('article', { name: '备案大模型' })).getByRole('button')).toHaveTextContent('22个');
    // Xuhui has no industry figure: its section says so, and the models' section lists Xuhui's filed models.
    expect(within(screen.getByRole('region', { name: '产业规模与投资' })).queryByText('人工智能产业规模')).not.toBeInTheDocument();
    const stats = within(screen.getByRole('region', { name: '大模型、数据与算力' })).getByRole('group', {
      name: '时间点太少、不画趋势的指标',
    });
    expect(within(stats).getByText('备案大模型').closest('li')).toHaveTextContent('22个');
    expect(window.location.search).toBe('?district=xuhui');
    const rows = within(screen.getByRole('region', { name: /全部数字/ })).getAllByRole('row');
    expect(rows).toHaveLength(2); // header + the one Xuhui fact
  });

  it('the list of all numbers says how many of its rows have no date (they are listed whatever the years)', async () => {
    const user = userEvent.setup();
    render(<App currentYear={2026} load={ready} />);
    const region = await screen.findByRole('region', { name: /全部数字/ });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(
      '（5 条，其中 1 条未注明时间（任何年份都列出））'.slice(1, -1),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: '区域' }), 'xuhui');
    expect(within(region).getByRole('heading', { level: 2 })).not.toHaveTextContent('未注明时间');
  });

  it('a metric with three or more points is a chart; one with one or two is listed with value, place, period and source', async () => {
    const three = fixture([
      fact({ id: 'p1', value: 1340e8, period: '2018' }),
      fact({ id: 'p2', value: 2000e8, period: '2020' }),
      fact({ id: 'p3', value: 3800e8, period: '2023', qualifier: '>' }),
      fact({ id: 'q1', value: 34, period: '2024-07', metric: 'filed_models', unit: 'items', counter: '款', periodBasis: 'publication' }),
    ]);
    render(<App currentYear={2026} load={() => Promise.resolve({ status: 'ready', data: three })} />);
    await screen.findByTestId('chart-ai_industry_scale');
    expect(screen.queryByTestId('chart-filed_models')).not.toBeInTheDocument();
    const item = within(screen.getByRole('group', { name: '时间点太少、不画趋势的指标' }))
      .getByText('备案大模型')
      .closest('li')!;
    expect(item).toHaveTextContent('34款');
    expect(item).toHaveTextContent('上海市');
    expect(item).toHaveTextContent('2024年7月（按文章发布日期）');
    const value = within(item).getByRole('button', { name: '34款' });
    // The value alone does not say what it is: the button is described by its place, period and source.
    expect(value).toHaveAccessibleDescription(/上海市 · 2024年7月（按文章发布日期）/);
    await userEvent.setup().click(value);
    expect(useViewStore.getState().fact).toBe('q1');
  });

  it("a KPI whose figure another article contradicts says so, as the chart's ring does", async () => {
    const two = fixture([
      fact({ id: 'k0', value: 1340e8, period: '2018' }),
      fact({ id: 'k1', value: 34, period: '2024-07', metric: 'filed_models', unit: 'items', counter: '款' }),
      fact({
        id: 'k2',
        value: 40,
        period: '2024-07',
        metric: 'filed_models',
        unit: 'items',
        counter: '款',
        source: { doc: 'd1', quote: '40款', start: 9, end: 12, line: 4 },
      }),
    ]);
    two.conflicts = [{ metric: 'filed_models', geo: 'shanghai', place: null, period: '2024-07', facts: ['k1', 'k2'], values: [34, 40] }];
    render(<App currentYear={2026} load={() => Promise.resolve({ status: 'ready', data: two })} />);
    const card = await screen.findByRole('article', { name: '备案大模型' });
    expect(within(card).getByText('不同来源数值不一致')).toBeInTheDocument();
  });

  it('active filters show as chips that remove them; "copy link" copies the address with the view', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<App currentYear={2026} load={ready} />);
    await screen.findByRole('article', { name: '备案大模型' });
    expect(screen.queryByRole('list', { name: '当前筛选' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: '区域' }), 'xuhui');
    const chip = within(screen.getByRole('list', { name: '当前筛选' })).getByRole('button', { name: '取消筛选：徐汇区' });
    await user.click(screen.getByRole('button', { name: '复制链接' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('district=xuhui'));
    expect(screen.getByText('链接已复制')).toBeInTheDocument();
    await user.click(chip);
    expect(useViewStore.getState().district).toBe('shanghai');
    expect(screen.queryByRole('list', { name: '当前筛选' })).not.toBeInTheDocument();
  });

  it('the year range changes the KPIs and is written to the URL; Back restores the previous view', async () => {
    const user = userEvent.setup();
    render(<App currentYear={2026} load={ready} />);
    await screen.findByRole('article', { name: '人工智能产业规模' });
    const to = screen.getByRole('spinbutton', { name: '截止年' });
    await user.clear(to);
    await user.type(to, '2020');
    expect(window.location.search).toBe('?to=2020');
    expect(within(screen.getByRole('article', { name: '人工智能产业规模' })).getByRole('button')).toHaveTextContent('1,340亿元');
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() =>
      expect(within(screen.getByRole('article', { name: '人工智能产业规模' })).getByRole('button')).toHaveTextContent('超3,800亿元'),
    );
  });

  it('a typed year outside the data is not applied, and the field says why until it is left', async () => {
    const user = userEvent.setup();
    render(<App currentYear={2026} load={ready} />);
    await screen.findByRole('article', { name: '人工智能产业规模' });
    const to = screen.getByRole('spinbutton', { name: '截止年' });
    const before = useViewStore.getState().to;
    await user.clear(to);
    await user.type(to, '2030');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/^数据年份为 \d{4}–\d{4}$/)).toBeInTheDocument();
    expect(useViewStore.getState().to).toBe(before);
    await user.tab();
    expect(to).toHaveValue(before);
    expect(to).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/^数据年份为/)).not.toBeInTheDocument();
  });

  it('the year range is one slider with two thumbs, each operable from the keyboard and named for screen readers', async () => {
    const user = userEvent.setup();
    render(<App currentYear={2026} load={ready} />);
    await screen.findByRole('article', { name: '人工智能产业规模' });
    const from = await screen.findByRole('slider', { name: '起始年' });
    const to = screen.getByRole('slider', { name: '截止年' });
    expect([from, to].map((x) => x.getAttribute('aria-valuenow'))).toEqual(['2018', '2024']);
    expect(from).toHaveAttribute('aria-valuemin', '2018');
    from.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    to.focus();
    await user.keyboard('{ArrowLeft}');
    expect(window.location.search).toBe('?from=2020&to=2023');
    expect(from).toHaveAttribute('aria-valuenow', '2020');
    expect(screen.getByRole('spinbutton', { name: '截止年' })).toHaveValue(2023);
    // Home on the "to" thumb brings it down to the "from" year, not the other thumb to the first year;
    // End takes it to the last year, and End on the "from" thumb up to the "to" year.
    await user.keyboard('{Home}');
    expect(useViewStore.getState()).toMatchObject({ from: 2020, to: 2020 });
    await user.keyboard('{End}');
    expect(useViewStore.getState()).toMatchObject({ from: 2020, to: 2024 });
    from.focus();
    await user.keyboard('{End}');
    expect(useViewStore.getState()).toMatchObject({ from: 2024, to: 2024 });
  });

  it('the trends are grouped in themed sections, listed in a nav that links to each; a section the filters empty says so', async () => {
    render(<App currentYear={2026} load={ready} />);
    await screen.findByRole('article', { name: '人工智能产业规模' });
    const nav = screen.getByRole('navigation', { name: '本页内容' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(['人工智能集聚区地图', '产业规模与投资', '大模型、数据与算力', '全部数字', '来源文章']);
    for (const a of links) expect(document.getElementById(a.getAttribute('href')!.slice(1))).not.toBeNull();
    const industry = screen.getByRole('region', { name: '产业规模与投资' });
    expect(within(industry).getByText('人工智能产业规模')).toBeInTheDocument();
    const models = screen.getByRole('region', { name: '大模型、数据与算力' });
    expect(within(models).getByText('备案大模型')).toBeInTheDocument();
    // From 2025 on, nothing of the industry's is left: its section says so in one line.
    act(() => useViewStore.getState().setYears(2024, 2024));
    expect(
      within(screen.getByRole('region', { name: '产业规模与投资' })).getByText('当前筛选条件下，这一部分没有数字。'),
    ).toBeInTheDocument();
  });

  it('opens the view in the URL, and invalid parameters fall back to defaults', async () => {
    window.history.replaceState(null, '', '/?from=2019&to=2024&district=xuhui&lang=en');
    render(<App currentYear={2026} load={ready} />);
    expect(await screen.findByRole('combobox', { name: 'District' })).toHaveValue('xuhui');
    cleanup();
    window.history.replaceState(null, '', '/?from=zzz&district=atlantis');
    useViewStore.setState({ to: 0 });
    render(<App currentYear={2026} load={ready} />);
    expect(await screen.findByRole('combobox', { name: '区域' })).toHaveValue('shanghai');
    expect(screen.getByRole('spinbutton', { name: '起始年' })).toHaveValue(2018);
  });

  it('the language switch changes the text', async () => {
    const user = userEvent.setup();
    render(<App currentYear={2026} load={ready} />);
    await user.click(await screen.findByRole('button', { name: /English/ }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Shanghai AI industry in numbers');
    expect(within(screen.getByRole('article', { name: 'AI industry scale' })).getByRole('button')).toHaveTextContent(
      'over 380 billion yuan',
    );
    expect(document.documentElement.lang).toBe('en');
  });

  it('the facts table searches, sorts, and highlights the selected fact', async () => {
    const user = userEvent.setup();
    render(<App currentYear={2026} load={ready} />);
    const region = await screen.findByRole('region', { name: /全部数字/ });
    expect(within(region).getAllByRole('row')).toHaveLength(6);
    expect(within(region).getByText('（未归类）')).toBeInTheDocument();
    await user.type(within(region).getByRole('searchbox'), '徐汇');
    expect(within(region).getAllByRole('row')).toHaveLength(2);
    await user.clear(within(region).getByRole('searchbox'));
    await user.click(within(region).getByRole('button', { name: /^数值/ }));
    // By value within each unit: the amounts in yuan, then the counts (3, 22, 34).
    const rows = within(region).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('1,340亿元');
    expect(rows[3]).toHaveTextContent('3大');
    await user.click(within(rows[3]!).getByRole('button', { name: /3大/ }));
    expect(within(region).getAllByRole('row')[3]).toHaveAttribute('aria-selected', 'true');
    expect(window.location.search).toContain('fact=');
  });

  it('renders article titles and quotes as text, never as HTML', async () => {
    render(<App currentYear={2026} load={ready} />);
    await screen.findByRole('region', { name: /来源文章/ });
    expect(document.querySelector('b')).toBeNull();
    expect(screen.getAllByText(/文章一 <b>bold<\/b>/).length).toBeGreaterThan(0);
  });
});

describe('where a period came from, and why a number is not charted', () => {
  const PUBLICATION_ZH = '按文章发布日期（2024-07-04）计；原文未写明时间';
  const rowOf = (region: HTMLElement, text: string) =>
    within(region)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes(text))!;

  it('the facts table says a period is the article’s date, or taken from the sentence, under the period', async () => {
    render(<App currentYear={2026} load={ready} />);
    const region = await screen.findByRole('region', { name: /全部数字/ });
    const row34 = rowOf(region, '34款');
    expect(within(row34).getAllByRole('cell')[1]).toHaveTextContent(`2024年7月${PUBLICATION_ZH}`);
    expect(within(rowOf(region, '22个')).getAllByRole('cell')[1]).toHaveTextContent(
      '2024年7月时间取自上下文（同句、标题或前文的截至日期）',
    );
    const stated = within(rowOf(region, '1,340亿元')).getAllByRole('cell')[1]!;
    expect(stated).toHaveTextContent(/^2018年$/);
  });

  it('an unmapped number shows why it is not charted, and the reason is searchable', async () => {
    const user = userEvent.setup();
    render(<App currentYear={2026} load={ready} />);
    const region = await screen.findByRole('region', { name: /全部数字/ });
    expect(rowOf(region, '3大')).toHaveTextContent('未绘入图表：说的是芯片，不是人工智能');
    await user.type(within(region).getByRole('searchbox'), '芯片');
    const rows = within(region).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toHaveTextContent('3大');
    await user.clear(within(region).getByRole('searchbox'));
    await user.type(within(region).getByRole('searchbox'), '发布日期');
    expect(
      within(region)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[0]!.textContent),
    ).toEqual(['34款']);
  });

  it('the selected-fact panel and the KPI source say the same, in the reader’s language', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?fact=c&lang=en');
    render(<App currentYear={2026} load={ready} />);
    const panel = await screen.findByRole('complementary', { name: 'Selected number' });
    expect(panel).toHaveTextContent("as of the article's date (2024-07-04); the text states no date");
    const card = screen.getByRole('article', { name: 'Filed models' });
    expect(within(card).getByRole('tooltip', { hidden: true })).toHaveTextContent(
      "as of the article's date (2024-07-04); the text states no date",
    );
    await user.click(screen.getByRole('button', { name: /中文/ }));
    expect(screen.getByRole('complementary', { name: '选中的数字' })).toHaveTextContent(PUBLICATION_ZH);
    await user.click(within(screen.getByRole('region', { name: /全部数字/ })).getByRole('button', { name: '1,340亿元' }));
    const stated = screen.getByRole('complementary', { name: '选中的数字' });
    expect(stated).not.toHaveTextContent('按文章发布日期');
    expect(stated).not.toHaveTextContent('未绘入图表');
  });

  it('the selected-fact panel gives an unmapped number’s reason', async () => {
    window.history.replaceState(null, '', '/?fact=e');
    render(<App currentYear={2026} load={ready} />);
    expect(await screen.findByRole('complementary', { name: '选中的数字' })).toHaveTextContent('未绘入图表：说的是芯片，不是人工智能');
  });

  it('Escape puts the selected-fact panel away', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?fact=e');
    render(<App currentYear={2026} load={ready} />);
    await screen.findByRole('complementary', { name: '选中的数字' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: '选中的数字' })).not.toBeInTheDocument();
  });

  it('the legend explains the hollow marker for a figure dated by the article', async () => {
    render(<App currentYear={2026} load={ready} />);
    const legend = await screen.findByRole('list', { name: '图例' });
    expect(legend).toHaveTextContent('按文章发布日期计（原文未写明时间）');
  });
});
