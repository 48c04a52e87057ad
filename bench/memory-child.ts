/**
 * Child process of bench/records.ts, run with `--max-old-space-size=512`: generates N records, parses
 * them (as JSON-shaped input would be), evaluates every built-in plan over them (in one `evaluatePlans`
 * call, or with `--one-by-one` one `evaluatePlan` call each), and prints one JSON line with the peak RSS
 * and the RSS after each phase. Crashing here (heap out of memory) is a failure.
 */
export {};
const n = Number(process.argv[2] ?? 1_000_000);
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const phases: Record<string, number> = {};
const started = performance.now();
let maxHeapMB = 0;
const mark = (name: string) => {
  phases[name] = mb(process.memoryUsage().rss);
  maxHeapMB = Math.max(maxHeapMB, mb(process.memoryUsage().heapUsed));
  // Progress on stderr, so that a timeout or a crash still says how far it got.
  process.stderr.write(`PROGRESS ${JSON.stringify({ phase: name, rssMB: phases[name], maxRssMB: mb(process.resourceUsage().maxRSS * 1024), seconds: Math.round((performance.now() - started) / 100) / 10 })}\n`);
};
mark('start');
const { built } = await import('./lib.js');
const sample = { ...((await import(built('sample'))) as Record<string, unknown>) };
const model = { ...((await import(built('model'))) as Record<string, unknown>) };
const rating = { ...((await import(built('rating'))) as Record<string, unknown>) };
const generateRecords = sample['generateRecords'] as (n: number, seed: number) => unknown[];
let records: unknown[] = generateRecords(n, 42);
void (records satisfies unknown[]);
mark('generated');
// Parsing is measured (throughput) by records.ts; with `--parse` it is part of this run too.
const parse = model['parseYearlyRecords'] as ((x: unknown) => { ok: boolean; value?: unknown[] }) | undefined;
if (parse && process.argv.includes('--parse')) {
  const parsed = parse(records);
  if (parsed.ok) records = parsed.value!;
  mark(parsed.ok ? 'parsed' : 'parsed (rejected: raw records kept)');
}
const evaluated: string[] = [];
let skipped: string | undefined;
const evaluatePlan = rating['evaluatePlan'] as ((plan: unknown, data: unknown, options: unknown) => unknown) | undefined;
const evaluatePlans = rating['evaluatePlans'] as ((plans: readonly unknown[], data: unknown, options: unknown) => unknown) | undefined;
const plans = model['PLANS'] as Record<string, unknown> | readonly unknown[] | undefined;
const { planData, planOptions } = await import('./plans.js');
// By default all the plans in one call (`evaluatePlans`), as a user evaluating all of them does; with
// `--one-by-one`, one `evaluatePlan` call per plan, each with its own cache (the garbage of earlier calls
// is then whatever the engine's collector has not yet freed when the next one peaks).
const oneByOne = process.argv.includes('--one-by-one');
const list = plans === undefined ? [] : Array.isArray(plans) ? plans : Object.values(plans);
if (oneByOne && evaluatePlan && plans) {
  for (const plan of list) {
    evaluatePlan(plan, planData(records, sample), planOptions(plan));
    evaluated.push(String((plan as { id?: string }).id ?? '?'));
    mark(`plan ${(plan as { id?: string }).id}`);
  }
} else if (!oneByOne && evaluatePlans && plans) {
  evaluatePlans(list, planData(records, sample), planOptions());
  evaluated.push(...list.map((plan) => String((plan as { id?: string }).id ?? '?')));
  mark('plans (evaluatePlans)');
} else {
  const wanted = oneByOne ? 'evaluatePlan (@coop/rating)' : 'evaluatePlans (@coop/rating)';
  skipped = `not exported: ${[(oneByOne ? evaluatePlan : evaluatePlans) ? '' : wanted, plans ? '' : 'PLANS (@coop/model)'].filter(Boolean).join(', ')}`;
}
console.log(
  JSON.stringify({
    records: n,
    maxRssMB: mb(process.resourceUsage().maxRSS * 1024),
    heapUsedMB: mb(process.memoryUsage().heapUsed),
    maxHeapMB,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    phases,
    evaluated,
    ...(skipped ? { skipped } : {}),
  }),
);
