/**
 * Issue 4: evaluating all five plans over 100 000 organisation-year records stays within 4× (issue 20; 3× in issue 4) of a
 * hand-written single-pass aggregation computing the same numbers.
 *
 * - Input: `makePlanRecords(n)` (below) — organisation-years 2020–2025 in four provinces (06, 19, 48,
 *   49, all under VN, pre-2025 codes), every kind, agricultural and other sectors, flags / money / members
 *   with realistic holes (missing is not zero), grades from complete Circular 01/2020 sheets, from the
 *   data (`grade`), or absent. The same array goes to both sides.
 * - Candidate: `evaluatePlans(plans, { records, areas: AREAS }, { asOf: '2025-12-31', context })` over
 *   every built-in plan with targets — one call, as a user evaluating all the plans makes it (the records
 *   are checked and read in one pass). For information, the same plans evaluated one by one with
 *   `evaluatePlan` and a shared cache are timed too (each later plan's new fields cost a further pass).
 * - Baseline: `handWrittenPlans(records)` — ONE pass over the records filling exact counters per (year,
 *   area bucket), then the 30 indicator values of the plans' targets from those counters (Kleene logic
 *   for conditions on missing data, `skip-if-any-missing` sums, `skip-if-all-missing` counts and means,
 *   grades from the sheet via the 80/65/50 edges, else from the data). Grade-based counts and shares follow
 *   issue 16 (domain note plans.md): only organisations a rulebook can rate are counted — never
 *   cooperative groups, never the exempt (graded "not rated", under 12 months operating, suspended over
 *   3 months where every covering rulebook says so) — and a share divides by the rated ones or, where the
 *   target's `grades.denominator` says `eligible`, by every eligible one; the "of which" indicators count
 *   organisations meeting both conditions. Areas follow issue 15 (a 2025 record coded 06 counts for 19).
 * - Before timing, every value of every evaluated target's series (target × year) is compared exactly
 *   (rational cross-multiplication) with the baseline's; any difference is an error, not a timing.
 */
import { type BenchContext, type BenchResult, built, fmt, goal, interleave, loadApi, missingGoal, prng } from './lib.js';

type Rational = { num: bigint; den: bigint };
type EvaluatePlan = (plan: unknown, data: unknown, options: unknown) => PlanEvaluationLike;
type EvaluatePlans = (plans: readonly unknown[], data: unknown, options: unknown) => PlanEvaluationLike[];
interface TargetLike {
  indicator: string;
  scope?: { area?: string };
  grades?: { denominator: 'eligible' | 'rated'; rulebook?: string };
}
interface PlanEvaluationLike {
  entries: ReadonlyArray<
    | { ok: true; planId: string; targetId: string; target: TargetLike; result: { series: ReadonlyArray<{ year: number; value: Rational }>; unit: string } }
    | { ok: false; planId: string; targetId: string; error: { code: string } }
  >;
}

/** External inputs the plans' share indicators divide by (constant over the years). */
export const PLAN_CONTEXT = { farmHouseholds: 120_000, ocopSubjects: 300, population: 1_000_000 } as const;
const AREA_CODES = ['06', '19', '48', '49'] as const;
const AGRI = ['agriculture-crop', 'agriculture-livestock', 'agriculture-forestry', 'agriculture-fishery', 'agriculture-general'];
const OTHER = ['industry-construction', 'trade-services', 'other'];
const LEAVES = ['1a', '1b', '2a', '2b', '3a', '3b', '3c', '4a', '4b', '4c', '5', '6', '7a', '7b', '7c', '8', '9', '10', '11', '12', '13', '14', '15'];
const LEAF_MAX = [6, 1, 5, 1, 4, 3, 4, 2, 2, 2, 8, 6, 2, 2, 2, 6, 4, 6, 6, 6, 6, 6, 4];

/** Organisation-year records for the plan benchmark (see the module note). */
export const makePlanRecords = (n: number, seed = 11): Record<string, unknown>[] => {
  const random = prng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const maybe = <T,>(p: number, f: () => T): T | undefined => (random() < p ? f() : undefined);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    const kind = r < 0.25 ? 'cooperative-group' : r < 0.95 ? 'cooperative' : 'union';
    const sector = random() < 0.7 ? pick(AGRI) : pick(OTHER);
    const record: Record<string, unknown> = {
      organisationId: `ORG-${Math.floor(i / 6)}`,
      year: 2020 + (i % 6),
      kind,
      sector,
      areaCode: pick(AREA_CODES),
    };
    const set = (key: string, value: unknown) => {
      if (value !== undefined) record[key] = value;
    };
    set('foundedOn', maybe(0.9, () => `${2010 + Math.floor(random() * 16)}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`));
    set('officialMembers', maybe(0.97, () => 5 + Math.floor(random() * 300)));
    set('memberHouseholds', maybe(0.97, () => 5 + Math.floor(random() * 300)));
    set('revenue', maybe(0.97, () => Math.floor(random() * 20_000) * 1_000_000));
    set('monthsOperating', random() < 0.04 ? 6 : 12);
    set('monthsSuspended', 0);
    const flags: Record<string, boolean> = {};
    for (const flag of ['valueChainLinkage', 'enterpriseLinked', 'highTech', 'digitalTransformation', 'gapCertified', 'ocopProduct', 'modelCooperative']) {
      if (random() < 0.85) flags[flag] = random() < 0.35;
    }
    record['flags'] = flags;
    if (random() < 0.97) {
      const total = 1 + Math.floor(random() * 9);
      record['managers'] = { total, directorProgrammeTrained: Math.floor(random() * (total + 1)) };
    }
    if (random() < 0.97) record['farmLand'] = { areaHa: 1 + Math.floor(random() * 500), productValue: Math.floor(random() * 5_000) * 1_000_000 };
    const g = random();
    if (kind !== 'cooperative-group' && g < 0.6) {
      const skill = random();
      const points: Record<string, number> = {};
      LEAVES.forEach((id, k) => {
        points[id] = Math.round(LEAF_MAX[k]! * Math.min(1, 0.3 + 0.8 * skill * random()) * 2) / 2;
      });
      record['sheet'] = { rulebook: 'circular-01-2020', points };
    } else if (g < 0.85) record['grade'] = pick(['good', 'fair', 'average', 'weak', 'not-rated']);
    out.push(record);
  }
  return out;
};

// ── the hand-written single pass ─────────────────────────────────────────────────────────────────────
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];
/**
 * Area buckets: 0 = no area / VN (every record lies in VN), 1 = province 19 (with Bắc Kạn 06 from 2025),
 * 2 = province 49.
 */
const BUCKETS = ['VN', '19', '49'] as const;
/** Number of counters per (year, bucket). */
const C = 64;

/** Populations (bit flags). */
const P_AGRI_KTTT = 0, P_AGRI_COOP = 1, P_GROUP = 2, P_NEW_COOP = 3, P_UNION = 4, P_KTTT = 5, P_COOP = 6, P_AGRI_GROUP_COOP = 7;

/**
 * Counter layout per (year, bucket), all exact integers (sums of money are kept in a Number until
 * 2^52 and then flushed to a bigint side array, so they stay exact).
 */
const K = {
  n: (p: number) => p, // population sizes 0..7
  // counts: [true, unknown] per (population, condition)
  goodFairT: 8, goodFairU: 9, // P_AGRI_KTTT
  chainT: 10, chainU: 11, // P_AGRI_KTTT valueChain
  effT: 12, effU: 13, // P_AGRI_KTTT effective (good|fair)
  techT: 14, techU: 15, // P_AGRI_KTTT highTech|digital
  coopHighTechT: 16, coopHighTechU: 17, // P_AGRI_COOP highTech
  coopGoodFairT: 18, coopGoodFairU: 19, // P_AGRI_COOP grade good|fair
  modelT: 20, modelU: 21, // P_AGRI_COOP modelCooperative
  revCount: 22, // P_AGRI_COOP revenue reported (sum in money slot 0)
  hhMissing: 23, // P_AGRI_COOP memberHouseholds missing (sum in money slot 1)
  landValueMissing: 24, landAreaMissing: 25, // P_AGRI_COOP (money slots 2, 3)
  revMissing: 26, // P_AGRI_COOP revenue missing (for the sum)
  entT: 27, entU: 28, // P_AGRI_COOP enterpriseLinked
  ocopT: 29, ocopU: 30, // P_AGRI_COOP ocop
  htGapT: 31, htGapU: 32, // P_AGRI_COOP highTech|gap
  mgrTrainedMissing: 33, mgrTotalMissing: 34, // P_AGRI_COOP (money slots 4, 5)
  groupMembersMissing: 35, // P_GROUP (money slot 6)
  newMembersMissing: 36, // P_NEW_COOP (money slot 7)
  ktttGoodFairT: 37, ktttGoodFairU: 38, // P_KTTT
  coopWeakT: 39, coopWeakU: 40, // P_COOP
  agHighTechT: 41, agHighTechU: 42, // P_AGRI_GROUP_COOP
  ktttMembersMissing: 43, // P_KTTT (money slot 8)
  ktttEffT: 44, ktttEffU: 45,
  ktttChainT: 46, ktttChainU: 47,
  coopTechT: 48, coopTechU: 49, // P_COOP highTech|digital
  newUndecided: 50,
  // Grade-based indicators (issue 16): only organisations a rulebook can rate and no rule exempts are
  // eligible; a share divides by the eligible or the rated ones, as the target's `grades` reading says.
  eligAgriKttt: 51, ratedAgriKttt: 52, // P_AGRI_KTTT (co-ops and unions: groups are never eligible)
  gfChainT: 53, gfChainU: 54, // P_AGRI_KTTT eligible: good|fair AND valueChain ("of which")
  eligAgriCoop: 55, ratedAgriCoop: 56, // P_AGRI_COOP
  eligKttt: 57, ratedKttt: 58, // P_KTTT
  ktttEffChainT: 59, ktttEffChainU: 60, // P_KTTT eligible: effective AND valueChain
  eligCoop: 61, ratedCoop: 62, // P_COOP
} as const;
const MONEY = 9;

/** Grade of a record as the indicators read it: the sheet's points through the 80/65/50 edges, else the data. */
const gradeOf = (r: Record<string, unknown>): string | undefined => {
  const sheet = r['sheet'] as { points: Record<string, number> } | undefined;
  if (sheet !== undefined) {
    if ((r['monthsOperating'] as number) < 12 || (r['monthsSuspended'] as number) > 3) return 'not-rated';
    let t = 0;
    for (let k = 0; k < LEAVES.length; k++) t += Math.round(sheet.points[LEAVES[k]!]! * 100);
    return t >= 8000 ? 'good' : t >= 6500 ? 'fair' : t >= 5000 ? 'average' : 'weak';
  }
  return r['grade'] as string | undefined;
};

/** Kleene truth of `flag === true`: 1 true, 0 false, 2 unknown. */
const flagTruth = (flags: Record<string, boolean> | undefined, key: string): number => {
  const v = flags?.[key];
  return v === undefined ? 2 : v === true ? 1 : 0;
};
const anyTruth = (a: number, b: number): number => (a === 1 || b === 1 ? 1 : a === 2 || b === 2 ? 2 : 0);
const allTruth = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : a === 2 || b === 2 ? 2 : 1);

/**
 * Is an organisation-year eligible for a grade-based count or share (issue 16)? Cooperative groups are in
 * no rulebook's scope; the rest are exempt when graded "not rated" (sheet or data), or when every rulebook
 * covering them exempts them: Circular 01/2020 (co-ops and unions of every sector here) under 12 months
 * operating or suspended over 3 months; Circular 09/2017 (agricultural co-ops) under 12 months only — so
 * an agricultural co-op suspended over 3 months but operating 12 months stays eligible under 09/2017.
 */
const isEligible = (r: Record<string, unknown>, kind: string, agri: boolean, grade: string | undefined): boolean => {
  if (kind === 'cooperative-group' || grade === 'not-rated') return false;
  const under12 = (r['monthsOperating'] as number) < 12;
  const suspended = (r['monthsSuspended'] as number) > 3;
  return agri && kind === 'cooperative' ? !under12 : !(under12 || suspended);
};

const B0 = [0], B19 = [0, 1], B49 = [0, 2];
const bump = (counts: Float64Array, k: number) => {
  counts[k] = counts[k]! + 1;
};
export const handWrittenPlans = (records: readonly Record<string, unknown>[]) => {
  const counts = new Float64Array(YEARS.length * BUCKETS.length * C);
  const money = new Float64Array(YEARS.length * BUCKETS.length * MONEY);
  const bigMoney: bigint[] = new Array(YEARS.length * BUCKETS.length * MONEY).fill(0n);
  const addMoney = (base: number, slot: number, v: number) => {
    const k = base + slot;
    const next = money[k]! + v;
    if (next > 4e15) {
      bigMoney[k] = bigMoney[k]! + BigInt(money[k]!) + BigInt(v);
      money[k] = 0;
    } else money[k] = next;
  };
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    const yi = (r['year'] as number) - 2020;
    if (yi < 0 || yi >= YEARS.length) continue;
    const kind = r['kind'] as string;
    const agri = (r['sector'] as string).startsWith('agriculture-');
    const area = r['areaCode'] as string;
    const flags = r['flags'] as Record<string, boolean> | undefined;
    const grade = gradeOf(r);
    const gradeGF = grade === undefined ? 2 : grade === 'good' || grade === 'fair' ? 1 : 0;
    const gradeWeak = grade === undefined ? 2 : grade === 'weak' ? 1 : 0;
    const chain = flagTruth(flags, 'valueChainLinkage');
    const eligible = isEligible(r, kind, agri, grade);
    const rated = eligible && grade !== undefined;
    const gfChain = allTruth(gradeGF, chain);
    const highTech = flagTruth(flags, 'highTech');
    const tech = anyTruth(highTech, flagTruth(flags, 'digitalTransformation'));
    const founded = r['foundedOn'] as string | undefined;
    const isCoop = kind === 'cooperative';
    const members = r['officialMembers'] as number | undefined;
    // Issue 15 (docs/areas.md): a record is attributed by its year to the areas in force on the year's last
    // day, and a province target covers, from the year of a merger, the former provinces merged into it —
    // Bắc Kạn (06) joined Thái Nguyên (19) on 1 July 2025, so a 2025 record coded 06 counts for 19. Quảng
    // Nam (49, merged into Đà Nẵng 48) keeps its own 2025 records for a target on 49.
    const buckets = area === '19' || (area === '06' && yi >= 2025 - 2020) ? B19 : area === '49' ? B49 : B0;
    for (const b of buckets) {
      const base = (yi * BUCKETS.length + b) * C;
      const mb = (yi * BUCKETS.length + b) * MONEY;
      // All kinds are collective economic organisations.
      bump(counts, base + P_KTTT);
      if (eligible) {
        bump(counts, base + K.eligKttt);
        if (rated) bump(counts, base + K.ratedKttt);
        bump(counts, base + (gradeGF === 1 ? K.ktttGoodFairT : gradeGF === 2 ? K.ktttGoodFairU : C - 1));
        bump(counts, base + (gradeGF === 1 ? K.ktttEffT : gradeGF === 2 ? K.ktttEffU : C - 1));
        bump(counts, base + (gfChain === 1 ? K.ktttEffChainT : gfChain === 2 ? K.ktttEffChainU : C - 1));
      }
      bump(counts, base + (chain === 1 ? K.ktttChainT : chain === 2 ? K.ktttChainU : C - 1));
      if (members === undefined) bump(counts, base + K.ktttMembersMissing);
      else addMoney(mb, 8, members);
      if (agri) {
        bump(counts, base + P_AGRI_KTTT);
        if (eligible) {
          bump(counts, base + K.eligAgriKttt);
          if (rated) bump(counts, base + K.ratedAgriKttt);
          bump(counts, base + (gradeGF === 1 ? K.goodFairT : gradeGF === 2 ? K.goodFairU : C - 1));
          bump(counts, base + (gradeGF === 1 ? K.effT : gradeGF === 2 ? K.effU : C - 1));
          bump(counts, base + (gfChain === 1 ? K.gfChainT : gfChain === 2 ? K.gfChainU : C - 1));
        }
        bump(counts, base + (chain === 1 ? K.chainT : chain === 2 ? K.chainU : C - 1));
        bump(counts, base + (tech === 1 ? K.techT : tech === 2 ? K.techU : C - 1));
        if (kind !== 'union') {
          bump(counts, base + P_AGRI_GROUP_COOP);
          bump(counts, base + (highTech === 1 ? K.agHighTechT : highTech === 2 ? K.agHighTechU : C - 1));
        }
      }
      if (kind === 'cooperative-group') {
        bump(counts, base + P_GROUP);
        if (members === undefined) bump(counts, base + K.groupMembersMissing);
        else addMoney(mb, 6, members);
      }
      if (kind === 'union') bump(counts, base + P_UNION);
      if (isCoop) {
        bump(counts, base + P_COOP);
        if (eligible) {
          bump(counts, base + K.eligCoop);
          if (rated) bump(counts, base + K.ratedCoop);
          bump(counts, base + (gradeWeak === 1 ? K.coopWeakT : gradeWeak === 2 ? K.coopWeakU : C - 1));
        }
        bump(counts, base + (tech === 1 ? K.coopTechT : tech === 2 ? K.coopTechU : C - 1));
        if (founded === undefined) bump(counts, base + K.newUndecided);
        else if (founded >= '2022-11-21') {
          bump(counts, base + P_NEW_COOP);
          if (members === undefined) bump(counts, base + K.newMembersMissing);
          else addMoney(mb, 7, members);
        }
        if (agri) {
          bump(counts, base + P_AGRI_COOP);
          bump(counts, base + (highTech === 1 ? K.coopHighTechT : highTech === 2 ? K.coopHighTechU : C - 1));
          if (eligible) {
            bump(counts, base + K.eligAgriCoop);
            if (rated) bump(counts, base + K.ratedAgriCoop);
            bump(counts, base + (gradeGF === 1 ? K.coopGoodFairT : gradeGF === 2 ? K.coopGoodFairU : C - 1));
          }
          const model = flagTruth(flags, 'modelCooperative');
          bump(counts, base + (model === 1 ? K.modelT : model === 2 ? K.modelU : C - 1));
          const ent = flagTruth(flags, 'enterpriseLinked');
          bump(counts, base + (ent === 1 ? K.entT : ent === 2 ? K.entU : C - 1));
          const ocop = flagTruth(flags, 'ocopProduct');
          bump(counts, base + (ocop === 1 ? K.ocopT : ocop === 2 ? K.ocopU : C - 1));
          const htGap = anyTruth(highTech, flagTruth(flags, 'gapCertified'));
          bump(counts, base + (htGap === 1 ? K.htGapT : htGap === 2 ? K.htGapU : C - 1));
          const revenue = r['revenue'] as number | undefined;
          if (revenue === undefined) bump(counts, base + K.revMissing);
          else {
            bump(counts, base + K.revCount);
            addMoney(mb, 0, revenue);
          }
          const hh = r['memberHouseholds'] as number | undefined;
          if (hh === undefined) bump(counts, base + K.hhMissing);
          else addMoney(mb, 1, hh);
          const land = r['farmLand'] as { areaHa?: number; productValue?: number } | undefined;
          if (land?.productValue === undefined) bump(counts, base + K.landValueMissing);
          else addMoney(mb, 2, land.productValue);
          if (land?.areaHa === undefined) bump(counts, base + K.landAreaMissing);
          else addMoney(mb, 3, land.areaHa);
          const managers = r['managers'] as { total?: number; directorProgrammeTrained?: number } | undefined;
          if (managers?.directorProgrammeTrained === undefined) bump(counts, base + K.mgrTrainedMissing);
          else addMoney(mb, 4, managers.directorProgrammeTrained);
          if (managers?.total === undefined) bump(counts, base + K.mgrTotalMissing);
          else addMoney(mb, 5, managers.total);
        }
      }
    }
  }
  return { counts, money, bigMoney };
};

type Totals = ReturnType<typeof handWrittenPlans>;
type Value = Rational | undefined;
/** Over which organisations a grade-based share divides (a target's `grades.denominator`; default the rated ones). */
type GradeDenominator = 'eligible' | 'rated';
const ratio = (num: bigint, den: bigint, factor: bigint): Value => (den === 0n ? undefined : { num: num * factor, den });

/** The value of one indicator for one year and bucket, from the single pass's counters. */
export const indicatorValue = (totals: Totals, indicatorId: string, yearIndex: number, bucket: number, over: GradeDenominator = 'rated'): Value => {
  const base = (yearIndex * BUCKETS.length + bucket) * C;
  const mb = (yearIndex * BUCKETS.length + bucket) * MONEY;
  const c = (k: number) => totals.counts[base + k]!;
  const m = (slot: number) => totals.bigMoney[mb + slot]! + BigInt(totals.money[mb + slot]!);
  /** count-where share, skip-if-all-missing on the numerator. */
  const share = (pop: number, t: number, u: number): Value => (c(pop) === 0 || c(u) === c(pop) ? undefined : ratio(BigInt(c(t)), BigInt(c(pop)), 100n));
  const count = (pop: number, t: number, u: number): Value => (c(pop) === 0 || c(u) === c(pop) ? undefined : { num: BigInt(c(t)), den: 1n });
  /**
   * A grade-based share (issue 16): the numerator counts eligible organisations meeting the condition
   * (skip-if-all-missing over the eligible ones); the denominator is the eligible or the rated ones.
   */
  const gradeShare = (pop: number, elig: number, rated: number, t: number, u: number): Value =>
    c(pop) === 0 || c(u) === c(elig) ? undefined : ratio(BigInt(c(t)), BigInt(c(over === 'eligible' ? elig : rated)), 100n);
  /** A grade-based count: eligible organisations meeting the condition. */
  const gradeCount = (pop: number, elig: number, t: number, u: number): Value =>
    c(pop) === 0 || c(u) === c(elig) ? undefined : { num: BigInt(c(t)), den: 1n };
  const sum = (pop: number, missing: number, slot: number): Value => (c(pop) === 0 || c(missing) > 0 ? undefined : { num: m(slot), den: 1n });
  const external = (pop: number, missing: number, slot: number, input: number): Value => {
    const s = sum(pop, missing, slot);
    return s === undefined ? undefined : ratio(s.num, BigInt(input), 100n);
  };
  switch (indicatorId) {
    case 'ag-kttt-good-or-fair-share': return gradeShare(P_AGRI_KTTT, K.eligAgriKttt, K.ratedAgriKttt, K.goodFairT, K.goodFairU);
    case 'ag-kttt-good-or-fair-and-value-chain-share':
    case 'ag-kttt-effective-and-linkage-share': // effective = good or fair (the default effective grades)
      return gradeShare(P_AGRI_KTTT, K.eligAgriKttt, K.ratedAgriKttt, K.gfChainT, K.gfChainU);
    case 'ag-kttt-value-chain-share': return share(P_AGRI_KTTT, K.chainT, K.chainU);
    case 'ag-kttt-effective-share': return gradeShare(P_AGRI_KTTT, K.eligAgriKttt, K.ratedAgriKttt, K.effT, K.effU);
    case 'ag-kttt-technology-share': return share(P_AGRI_KTTT, K.techT, K.techU);
    case 'ag-coop-high-tech-count': return count(P_AGRI_COOP, K.coopHighTechT, K.coopHighTechU);
    case 'ag-coop-good-or-fair-share': return gradeShare(P_AGRI_COOP, K.eligAgriCoop, K.ratedAgriCoop, K.coopGoodFairT, K.coopGoodFairU);
    case 'ag-model-coop-count': return count(P_AGRI_COOP, K.modelT, K.modelU);
    case 'ag-coop-mean-revenue': return c(P_AGRI_COOP) === 0 || c(K.revCount) === 0 ? undefined : { num: m(0), den: BigInt(c(K.revCount)) };
    case 'ag-member-household-share': return external(P_AGRI_COOP, K.hhMissing, 1, PLAN_CONTEXT.farmHouseholds);
    case 'ag-coop-value-per-ha': {
      const a = sum(P_AGRI_COOP, K.landValueMissing, 2);
      const b = sum(P_AGRI_COOP, K.landAreaMissing, 3);
      return a === undefined || b === undefined ? undefined : ratio(a.num, b.num, 1n);
    }
    case 'ag-coop-total-revenue': return sum(P_AGRI_COOP, K.revMissing, 0);
    case 'ag-coop-enterprise-linked-share': return share(P_AGRI_COOP, K.entT, K.entU);
    case 'ag-coop-ocop-subject-share': return c(P_AGRI_COOP) === 0 || c(K.ocopU) === c(P_AGRI_COOP) ? undefined : ratio(BigInt(c(K.ocopT)), BigInt(PLAN_CONTEXT.ocopSubjects), 100n);
    case 'ag-coop-high-tech-or-gap-share': return share(P_AGRI_COOP, K.htGapT, K.htGapU);
    case 'ag-coop-managers-trained-share': {
      const a = sum(P_AGRI_COOP, K.mgrTrainedMissing, 4);
      const b = sum(P_AGRI_COOP, K.mgrTotalMissing, 5);
      return a === undefined || b === undefined ? undefined : ratio(a.num, b.num, 100n);
    }
    case 'coop-group-count': return c(P_GROUP) === 0 ? undefined : { num: BigInt(c(P_GROUP)), den: 1n };
    case 'coop-group-members': return sum(P_GROUP, K.groupMembersMissing, 6);
    case 'coop-new-since-2022-11-21-count': return c(P_NEW_COOP) === 0 ? undefined : { num: BigInt(c(P_NEW_COOP)), den: 1n };
    case 'coop-new-since-2022-11-21-members': return sum(P_NEW_COOP, K.newMembersMissing, 7);
    case 'union-count': return c(P_UNION) === 0 ? undefined : { num: BigInt(c(P_UNION)), den: 1n };
    case 'kttt-good-or-fair-share': return gradeShare(P_KTTT, K.eligKttt, K.ratedKttt, K.ktttGoodFairT, K.ktttGoodFairU);
    case 'coop-weak-count': return gradeCount(P_COOP, K.eligCoop, K.coopWeakT, K.coopWeakU);
    case 'ag-coop-and-group-high-tech-count': return count(P_AGRI_GROUP_COOP, K.agHighTechT, K.agHighTechU);
    case 'kttt-member-population-share': return external(P_KTTT, K.ktttMembersMissing, 8, PLAN_CONTEXT.population);
    case 'kttt-effective-share': return gradeShare(P_KTTT, K.eligKttt, K.ratedKttt, K.ktttEffT, K.ktttEffU);
    case 'kttt-effective-and-linkage-share': return gradeShare(P_KTTT, K.eligKttt, K.ratedKttt, K.ktttEffChainT, K.ktttEffChainU);
    case 'kttt-value-chain-share': return share(P_KTTT, K.ktttChainT, K.ktttChainU);
    case 'coop-technology-share': return share(P_COOP, K.coopTechT, K.coopTechU);
    default: throw new Error(`hand-written baseline does not know indicator ${indicatorId}`);
  }
};

/** The data argument every benchmark passes to `evaluatePlan` (records + the built-in areas). */
export const planData = (records: readonly unknown[], model: Record<string, unknown>) => ({
  records,
  ...(model['AREAS'] ? { areas: model['AREAS'] } : {}),
});
/** The options every benchmark passes to `evaluatePlan`. */
export const planOptions = (_plan?: unknown) => ({ asOf: '2025-12-31', context: PLAN_CONTEXT, tolerance: 2 });

/** Compares every series point of every evaluated target with the hand-written values. */
const compareWithBaseline = (evaluations: readonly PlanEvaluationLike[], totals: Totals) => {
  let compared = 0;
  const mismatches: string[] = [];
  const notEvaluated: string[] = [];
  for (const evaluation of evaluations) {
    for (const entry of evaluation.entries) {
      if (!entry.ok) {
        notEvaluated.push(`${entry.planId}/${entry.targetId} (${entry.error.code})`);
        continue;
      }
      const area = entry.target.scope?.area;
      const bucket = area === undefined || area === 'VN' ? 0 : area === '19' ? 1 : area === '49' ? 2 : -1;
      if (bucket < 0 || entry.result.unit === 'units') continue;
      if (entry.target.grades?.rulebook !== undefined) throw new Error(`hand-written baseline does not read grades of one rulebook only (${entry.planId}/${entry.targetId})`);
      const over = entry.target.grades?.denominator ?? 'rated';
      const seen = new Set<number>();
      for (const point of entry.result.series) {
        seen.add(point.year);
        const ours = indicatorValue(totals, entry.target.indicator, point.year - 2020, bucket, over);
        compared++;
        if (ours === undefined || ours.num * point.value.den !== point.value.num * ours.den) {
          mismatches.push(`${entry.planId}/${entry.targetId} ${point.year}: evaluatePlan ${point.value.num}/${point.value.den} vs hand-written ${ours ? `${ours.num}/${ours.den}` : 'no value'}`);
        }
      }
      for (let y = 0; y < YEARS.length; y++) {
        if (!seen.has(YEARS[y]!) && indicatorValue(totals, entry.target.indicator, y, bucket, over) !== undefined) {
          mismatches.push(`${entry.planId}/${entry.targetId} ${YEARS[y]}: evaluatePlan has no value, hand-written has one`);
        }
      }
    }
  }
  return { compared, mismatches, notEvaluated };
};

export const benchPlans = async (ctx: BenchContext): Promise<BenchResult> => {
  const result: BenchResult = { name: 'plans (evaluatePlan, every built-in plan)', status: 'ok', figures: {}, goals: [] };
  const g = { goal: '#4/#20 all plans vs hand-written single pass (100k records; 3× in #4, 4× since #20 made the rules readable)', unit: '× slower', limit: 4, kind: 'max' as const };
  const rating = await loadApi<{ evaluatePlan: EvaluatePlan; evaluatePlans: EvaluatePlans; createEvaluationCache: () => unknown }>(
    built('rating'),
    ['evaluatePlan', 'evaluatePlans', 'createEvaluationCache'],
  );
  const model = await loadApi<{ PLANS: readonly { id: string; targets: readonly unknown[] }[] }>(built('model'), ['PLANS']);
  if (!rating.ok || !model.ok) {
    result.status = 'skipped';
    result.message = `not exported: ${[rating, model].flatMap((l) => (l.ok ? [] : l.missing)).join(', ')}`;
    result.goals.push(missingGoal(g, result.message));
    return result;
  }
  const { evaluatePlan, evaluatePlans, createEvaluationCache } = rating.api;
  const modelApi = model.api as unknown as Record<string, unknown>;
  const plans = model.api.PLANS.filter((p) => p.targets.length > 0);
  const n = ctx.smoke ? 3_000 : 100_000;
  const records = makePlanRecords(n);
  const data = planData(records, modelApi);
  // As a user evaluating all the plans over the same records does: one call (a fresh cache per call).
  const options = planOptions();
  const evaluateAll = () => evaluatePlans(plans, data, options);
  // Plan by plan, as a user evaluating them one at a time with a shared cache does (for information).
  const evaluateEach = () => {
    const cache = createEvaluationCache();
    return plans.map((plan) => evaluatePlan(plan, data, { ...planOptions(plan), cache }));
  };

  const check = compareWithBaseline(evaluateAll(), handWrittenPlans(records));
  const checkEach = compareWithBaseline(evaluateEach(), handWrittenPlans(records));
  if (checkEach.mismatches.length > 0) check.mismatches.push(...checkEach.mismatches.map((m) => `plan by plan: ${m}`));
  result.figures['plans'] = plans.map((p) => `${p.id} (${p.targets.length})`).join(', ');
  result.figures['records'] = n;
  result.figures['target × year values compared'] = check.compared;
  result.figures['targets not evaluated'] = check.notEvaluated.join(', ') || 'none';
  if (check.mismatches.length || check.compared === 0) {
    result.status = 'error';
    result.message = check.compared === 0 ? 'no value was compared' : `${check.mismatches.length} values differ, e.g. ${check.mismatches.slice(0, 4).join('; ')}`;
    result.goals.push(missingGoal(g, 'results disagree: not timed'));
    return result;
  }
  ctx.log(`plans: ${check.compared} target-year values agree with the hand-written single pass`);

  const timed = interleave(
    {
      'evaluatePlans (all plans)': evaluateAll,
      'evaluatePlan × each, shared cache': evaluateEach,
      'hand-written single pass': () => {
        const totals = handWrittenPlans(records);
        // Derive every value the plans report, as evaluatePlan does.
        let k = 0;
        for (const plan of plans) for (const t of plan.targets as TargetLike[]) {
          const area = t.scope?.area;
          const bucket = area === '19' ? 1 : area === '49' ? 2 : 0;
          for (let y = 0; y < YEARS.length; y++) if (indicatorValue(totals, t.indicator, y, bucket, t.grades?.denominator) !== undefined) k++;
        }
        return k;
      },
    },
    { reps: ctx.smoke ? 2 : 7, warmup: ctx.smoke ? 1 : 2 },
  );
  const ours = timed['evaluatePlans (all plans)']!.median;
  const each = timed['evaluatePlan × each, shared cache']!.median;
  const base = timed['hand-written single pass']!.median;
  result.figures['evaluatePlans, all plans, median (ms)'] = fmt(ours);
  // The spread, so that a reader sees how near the limit a noisy round came: each round's own ratio.
  const rounds = timed['evaluatePlans (all plans)']!.samples.map((ms, i) => ms / timed['hand-written single pass']!.samples[i]!);
  result.figures['ratio in each round, lowest – highest'] = `${fmt(Math.min(...rounds))}× – ${fmt(Math.max(...rounds))}×`;
  result.figures['evaluatePlan × each with a shared cache, median (ms), for information'] = `${fmt(each)} (${fmt(each / base)}× the single pass)`;
  result.figures['hand-written single pass, median (ms)'] = fmt(base);
  result.figures['records/s (evaluatePlans, all plans)'] = Math.round(n / (ours / 1000));
  result.goals.push(goal(ctx, { ...g, measured: ours / base, note: `${fmt(ours)} ms vs ${fmt(base)} ms` }));
  return result;
};
