import { gradeMany } from './packages/rating/src/grade-many.ts';
import { CIRCULAR_01_2020 } from './packages/rating/src/rulebooks/circular-01-2020.ts';
const ids = ['1a','1b','2a','2b','3a','3b','3c','4a','4b','4c','5','6','7a','7b','7c','8','9','10','11','12','13','14','15'];
const max = [6,1,5,1,4,3,4,2,2,2,8,6,2,2,2,6,4,6,6,6,6,6,6];
let seed = 1; const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const N = Number(process.env.N ?? 1_000_000);
const records: any[] = [];
for (let k = 0; k < N; k++) {
  const points: Record<string, number> = {};
  ids.forEach((id, i) => { points[id] = Math.floor(rnd() * (max[i]! * 2 + 1)) / 2; });
  records.push({ organisationId: 'H' + k, year: 2024, kind: 'cooperative', sector: 'trade-services', areaCode: 'X', monthsOperating: 12, monthsSuspended: 0, sheet: { rulebook: 'circular-01-2020', points } });
}
const hand = (rs: any[]) => { const out: any[] = []; for (const r of rs) { const p = r.sheet.points; let t = 0; for (const id of ids) t += Math.round(p[id] * 100); const g = t >= 8000 ? 'good' : t >= 6500 ? 'fair' : t >= 5000 ? 'average' : 'weak'; out.push({ grade: g, total: t / 100 }); } return out; };
for (let rep = 0; rep < 3; rep++) {
  let t0 = performance.now(); const a = gradeMany(records, { rulebook: CIRCULAR_01_2020 }); let t1 = performance.now();
  const b = hand(records); let t2 = performance.now();
  console.log('gradeMany', ((N / (t1 - t0)) * 1000 / 1e6).toFixed(2), 'M/s; hand', ((N / (t2 - t1)) * 1000 / 1e6).toFixed(2), 'M/s; ratio', ((t1 - t0) / (t2 - t1)).toFixed(2), a[5]!.grade === b[5]!.grade);
}
