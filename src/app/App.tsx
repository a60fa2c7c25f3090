import { useEffect, useState } from 'react';
import type { MetricsFile, SeriesPoint } from '../schema/metricsFile';
import { loadMetrics, type LoadState } from './loadData';

const QUALIFIER_ZH: Record<SeriesPoint['qualifier'], string> = { '=': '', '>': '超', '<': '近', '~': '约' };

function HeadlineTable({ data }: { data: MetricsFile }) {
  const headline = data.metrics.filter((m) => m.headline);
  return (
    <table>
      <caption>主要指标（全市） Headline series, Shanghai</caption>
      <thead>
        <tr><th scope="col">指标 Metric</th><th scope="col">时期 Period</th><th scope="col">数值 Value</th><th scope="col">出处 Source</th></tr>
      </thead>
      <tbody>
        {headline.flatMap((m) => {
          const series = data.series.find((s) => s.metric === m.id && s.geo === 'shanghai' && s.place === undefined);
          return (series?.points ?? []).map((p) => (
            <tr key={p.fact}>
              <th scope="row">{m.label.zh} · {m.label.en}</th>
              <td>{p.period ?? '未说明 not stated'}</td>
              <td>{QUALIFIER_ZH[p.qualifier]}{p.value.toLocaleString('zh-CN')} {m.unit}</td>
              <td><q>{p.source.quote}</q> <small>({p.source.doc}, L{p.source.line})</small></td>
            </tr>
          ));
        })}
      </tbody>
    </table>
  );
}

export function App() {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void loadMetrics().then((s) => { if (live) setState(s); });
    return () => { live = false; };
  }, []);
  return (
    <main>
      <h1>上海人工智能产业数据 <small>Shanghai AI industry in numbers</small></h1>
      {state.status === 'loading' && <p role="status">正在加载数据… Loading data…</p>}
      {state.status === 'error' && (
        <p role="alert">无法读取数据 Cannot read data: <code>{state.file}</code> {state.reason}</p>
      )}
      {state.status === 'ready' && (
        <>
          <p>{state.data.documents.length} 篇文章 articles · {state.data.facts.length} 个数字 quantities</p>
          <HeadlineTable data={state.data} />
        </>
      )}
    </main>
  );
}
