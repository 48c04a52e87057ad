import { createWriteStream } from 'node:fs';
import { prng } from './lib.ts';
const HEADER = ['organisationId', 'year', 'kind', 'sector', 'areaCode', 'monthsOperating', 'monthsSuspended', 'sheet.rulebook',
  ...['1a', '1b', '2a', '2b', '3a', '3b', '3c', '4a', '4b', '4c', '5', '6', '7a', '7b', '7c', '8', '9', '10', '11', '12', '13', '14', '15'].map((id) => `points.${id}`)];
const random = prng(3);
const out = createWriteStream(process.argv[2]!);
const bytes = Number(process.argv[3]);
let written = 0, i = 0;
const line = (cells: Array<string | number>) => `${cells.join(',')}\n`;
out.write(line(HEADER));
while (written < bytes) {
  const pts = [6, 1, 5, 1, 4, 3, 4, 2, 2, 2, 8, 6, 2, 2, 2, 6, 4].map((m) => Math.round(random() * m));
  const g3 = [0, 0, 0, 0, 0, 0].map(() => Math.round(random() * 6));
  const text = line([`HTX-${i++}`, 2024, 'cooperative', 'agriculture-crop', 'TN', 12, 0, 'circular-01-2020', ...pts, ...g3]);
  written += text.length;
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}
out.end();
