// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import './domStubs';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { LoadState } from '../../src/app/loadData';
import { useViewStore } from '../../src/store/viewStore';
import { fact, fixture } from '../core/fixture';

vi.mock('../../src/features/trends/TrendChart', () => ({
  TrendChart: ({ metric }: { metric: { id: string } }) => <figure data-testid={`chart-${metric.id}`} />,
}));
vi.mock('../../src/features/map/ClusterMap', () => ({ ClusterMap: () => <section data-testid="map" /> }));

// 250 facts, one a year apart in value so each row is told apart by its figure.
const data = fixture(Array.from({ length: 250 }, (_, k) => fact({ id: `f${k}`, value: (k + 1) * 1e8, period: String(2000 + (k % 26)) })));
const ready = (): Promise<LoadState> => Promise.resolve({ status: 'ready', data });
const rowsOf = (region: HTMLElement): number => within(region).getAllByRole('row').length - 1; // minus the header row

beforeEach(() => {
  window.history.replaceState(null, '', '/');
  useViewStore.setState({ from: 0, to: 0, district: 'shanghai', lang: 'zh', fact: null });
  Object.defineProperty(window.navigator, 'languages', { value: ['zh-CN'], configurable: true });
});
afterEach(cleanup);

describe('the facts table pages a long list', () => {
  it('shows 100 rows at a time, says where the reader is, and moves page by page', async () => {
    const user = userEvent.setup();
    render(<App currentYear={2026} load={ready} />);
    const region = await screen.findByRole('region', { name: /全部数字/ });
    expect(rowsOf(region)).toBe(100);
    expect(within(region).getByRole('status')).toHaveTextContent('第 1–100 条，共 250 条');
    expect(within(region).getByRole('button', { name: '上一页' })).toBeDisabled();
    await user.click(within(region).getByRole('button', { name: '下一页' }));
    await user.click(within(region).getByRole('button', { name: '下一页' }));
    expect(within(region).getByRole('status')).toHaveTextContent('第 201–250 条，共 250 条');
    expect(rowsOf(region)).toBe(50);
    expect(within(region).getByRole('button', { name: '下一页' })).toBeDisabled();
  });

  it('a search starts again at the first page', async () => {
    const user = userEvent.setup();
    render(<App currentYear={2026} load={ready} />);
    const region = await screen.findByRole('region', { name: /全部数字/ });
    await user.click(within(region).getByRole('button', { name: '下一页' }));
    await user.type(within(region).getByRole('searchbox'), '2003');
    expect(within(region).queryByRole('status')).toBeNull(); // fewer than a page: no pager
    expect(rowsOf(region)).toBeGreaterThan(0);
  });

  it('a selected fact brings its page into view, with its row marked', async () => {
    window.history.replaceState(null, '', '/?fact=f249');
    render(<App currentYear={2026} load={ready} />);
    const region = await screen.findByRole('region', { name: /全部数字/ });
    const selected = within(region)
      .getAllByRole('row')
      .filter((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected).toHaveLength(1);
    expect(within(region).getByRole('status')).not.toHaveTextContent('第 1–100 条');
  });
});

describe('the sources list pages a long list', () => {
  it('lists 50 articles at a time', async () => {
    const user = userEvent.setup();
    const many = {
      ...data,
      documents: Array.from({ length: 120 }, (_, k) => ({ ...data.documents[0]!, id: k === 0 ? 'd1' : `doc${k}`, title: `文章${k}` })),
    };
    render(<App currentYear={2026} load={() => Promise.resolve({ status: 'ready', data: many })} />);
    const region = await screen.findByRole('region', { name: /来源文章/ });
    expect(rowsOf(region)).toBe(50);
    expect(within(region).getByRole('status')).toHaveTextContent('第 1–50 条，共 120 条');
    await user.click(within(region).getByRole('button', { name: '下一页' }));
    expect(within(region).getByText('文章50')).toBeInTheDocument();
  });
});
