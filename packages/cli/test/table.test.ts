import { describe, expect, it } from 'vitest';
import { displayWidth, progressBar, renderTable } from '../src/table.js';

describe('renderTable', () => {
  it('aligns Vietnamese text by display width, numbers to the right', () => {
    const text = renderTable([{ header: 'Xếp loại' }, { header: 'Số HTX', align: 'right' }], [['Trung bi\u0300nh', '7'], ['Tốt', '120']]);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(new Set(lines.map((l) => displayWidth(l))).size).toBe(1);
    expect(lines[3]).toBe('Tốt            120');
  });
  it('truncates long cells with an ellipsis', () => {
    expect(renderTable([{ header: 'a', maxWidth: 5 }], [['abcdefgh']]).split('\n')[2]).toBe('abcd…');
  });
  it('draws a progress bar', () => {
    expect(progressBar(0, 0)).toBe('0');
    expect(progressBar(10, 10, 4)).toBe('[████] 100 %');
  });
});
