/**
 * Breaks text into lines no wider than `maxWidth`, as measured by `measure` (a canvas in the app,
 * a stub in tests). Chinese breaks between any two characters; Latin text prefers spaces.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  let lastSpace = -1;
  for (const ch of text) {
    const next = line + ch;
    if (measure(next) <= maxWidth || line === '') {
      line = next;
      if (ch === ' ') lastSpace = line.length - 1;
      continue;
    }
    if (ch !== ' ' && lastSpace > 0) {
      lines.push(line.slice(0, lastSpace));
      line = line.slice(lastSpace + 1) + ch;
    } else {
      lines.push(line);
      line = ch === ' ' ? '' : ch;
    }
    lastSpace = -1;
  }
  if (line !== '') lines.push(line);
  return lines;
}
