/**
 * Child process of bench/lunar.ts: one COLD pass of `toLunar` over every day of lunar years 1900–2199 in a
 * fresh process (empty memo, unoptimised code). Prints `{ "ms": …, "days": … }` as its last line.
 */
import { performance } from 'node:perf_hooks';
import { built } from './lib.js';
import { allDays } from './lunar.js';

const smoke = process.argv.includes('--smoke');
const days = smoke ? allDays('2020-01-01', '2020-12-31') : allDays();
type ToLunar = (date: string) => { day: number };
const { toLunar } = (await import(built('calendar'))) as unknown as { toLunar?: ToLunar };
if (!toLunar) throw new Error('@coop/calendar does not export toLunar');
const start = performance.now();
let acc = 0;
for (let i = 0; i < days.length; i++) acc += toLunar!(days[i]!).day;
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, days: days.length, acc }));
