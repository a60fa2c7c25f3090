/**
 * The layer order of the style guide is a lint check, not a convention: a module in a lower layer that
 * imports from a higher one fails `npm run lint`. Probed with ESLint's API on source text placed at a
 * path in each layer (type-aware rules are off for the probe: the file does not exist on disk).
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../extract/helpers';

const eslint = new ESLint({ cwd: ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

async function restricted(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${ROOT}/${path}` });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['src/core/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/core/probe.ts', "import { useViewStore } from '../store/viewStore';\nexport const x = useViewStore;\n"],
    ['src/schema/probe.ts', "import { formatFact } from '../core/format';\nexport const x = formatFact;\n"],
    ['src/extract/probe.ts', "import { create } from 'zustand';\nexport const x = create;\n"],
    ['src/charts/probe.ts', "import { Kpis } from '../features/kpis/Kpis';\nexport const x = Kpis;\n"],
    ['src/features/facts/probe.ts', "import { ClusterMap } from '../map/ClusterMap';\nexport const x = ClusterMap;\n"],
  ])('%s may not import %#', async (path, source) => {
    expect(await restricted(path, source)).not.toEqual([]);
  });

  it.each([
    ['src/core/probe.ts', "import { PERIOD_PATTERN } from '../schema/period';\nexport const x = PERIOD_PATTERN;\n"],
    ['src/features/facts/probe.ts', "import { formatFact } from '../../core/format';\nexport const x = formatFact;\n"],
    ['src/charts/probe.ts', "import * as echarts from 'echarts/core';\nexport const x = echarts;\n"],
  ])('%s may import what lies below it %#', async (path, source) => {
    expect(await restricted(path, source)).toEqual([]);
  });
});
