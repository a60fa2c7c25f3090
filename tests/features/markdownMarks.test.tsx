// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { withHiddenMarks } from '../../src/features/reader/markdownMarks';

const shown = (el: HTMLElement): string => {
  const copy = el.cloneNode(true) as HTMLElement;
  for (const m of copy.querySelectorAll('.md-mark')) m.remove();
  return copy.textContent ?? '';
};

describe('the reader shows an article without its Markdown marks', () => {
  it('hides a heading’s #s and ** pairs, bolds the heading, and keeps every character (the quote’s offsets hold)', () => {
    const body = '# 上海人工智能\n正文**重点**内容。\n## Second heading\nMore text.';
    const { container } = render(<p>{withHiddenMarks(body, 0, body.length)}</p>);
    const p = container.querySelector('p')!;
    expect(p.textContent).toBe(body);
    expect(shown(p)).toBe('上海人工智能\n正文重点内容。\nSecond heading\nMore text.');
    expect([...p.querySelectorAll('strong.md-heading')].map((s) => s.textContent)).toEqual(['上海人工智能', 'Second heading']);
  });

  it('a slice that starts inside a line does not start a heading there', () => {
    const body = 'Rank # 1 on the list';
    const { container } = render(<p>{withHiddenMarks(body, 5, body.length)}</p>);
    expect(shown(container.querySelector('p')!)).toBe('# 1 on the list');
  });
});
