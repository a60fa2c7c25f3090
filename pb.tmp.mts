// Batch probe: stdin lines `YYYY-MM|text|title` → facts with metric/period/reason. npx tsx /work/local/pb.mts
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalogue, parseGazetteer } from '/work/main/src/extract/curated';
import { loadSeeds } from '/work/main/src/extract/load';
import { buildMetricsFile } from '/work/main/src/extract/pipeline';
const cat = parseCatalogue(JSON.parse(readFileSync('/work/main/data/curated/metric-catalogue.json', 'utf8')));
const gaz = parseGazetteer(JSON.parse(readFileSync('/work/main/data/curated/gazetteer.json', 'utf8')));
if (!cat.ok || !gaz.ok) throw new Error('curated');
const dir = mkdtempSync(join(tmpdir(), 'pb-'));
const lines = readFileSync(0, 'utf8').split('\n').filter((l) => l.trim());
lines.forEach((l, i) => {
  const [date, text, title] = l.split('|');
  writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.md`), `---\ntitle: ${JSON.stringify(title ?? `上海人工智能 ${i}`)}\ndate: "${date}"\n---\n${text}\n`);
});
const loaded = loadSeeds(dir, { list: (d) => readdirSync(d), read: (d, n) => readFileSync(join(d, n)) });
if (loaded.errors.length) console.log(loaded.errors);
const r = buildMetricsFile({ articles: loaded.articles, catalogue: cat.value, gazetteer: gaz.value, warnings: [] });
if (!r.ok) throw new Error(r.reason);
const charted = new Set(r.data.series.flatMap((s) => s.points.map((p) => p.fact)));
for (const [i, l] of lines.entries()) {
  console.log(`# ${l.split('|')[1]!.slice(0, 70)}`);
  for (const f of r.data.facts.filter((f) => f.doc === `a${String(i).padStart(3, '0')}`))
    console.log(`  ${charted.has(f.id) ? 'CHART' : '     '} ${f.text} → ${f.metric ?? '-'} ${f.geo ?? ''} ${f.place ?? ''} ${f.period ?? '-'} ${f.qualifier} ${f.periodBasis ?? ''} ${f.status} ${f.reason ? '| ' + f.reason.en : ''}`);
}
