import { compareRational, divideRational, rational, rationalToNumber, subtractRational } from "@coop/model";
const statusOfRatio = (ratio, t) => {
  const geq = (x) => typeof ratio === "number" ? ratio >= x : compareRational(ratio, rational(x)) >= 0;
  if (geq(t.onTrack)) return "on-track";
  if (geq(t.acceleration)) return "needs-acceleration";
  if (geq(t.deterioration)) return "limited-progress";
  return "deteriorating";
};
const linearTrend = (input) => {
  const elapsed = rational(input.nowYear - input.baseYear, input.deadline - input.baseYear);
  const moved = subtractRational(input.now, input.base);
  const span = subtractRational(input.aim, input.base);
  const slope = rationalToNumber(moved) / (input.nowYear - input.baseYear);
  const projected = rationalToNumber(input.now) + slope * (input.deadline - input.nowYear);
  if (span.num === 0n) {
    return { progress: void 0, elapsed, ratio: void 0, direction: moved.num === 0n ? "none" : "away", projected };
  }
  const progress = divideRational(moved, span);
  return { progress, elapsed, ratio: divideRational(progress, elapsed), direction: void 0, projected };
};
const growthTrend = (input) => {
  if (input.base.num <= 0n || input.now.num <= 0n || input.aim.num <= 0n) return void 0;
  if (compareRational(input.aim, input.base) === 0) return void 0;
  const base = rationalToNumber(input.base);
  const now = rationalToNumber(input.now);
  const aim = rationalToNumber(input.aim);
  const observed = (now / base) ** (1 / (input.nowYear - input.baseYear)) - 1;
  const required = (aim / base) ** (1 / (input.deadline - input.baseYear)) - 1;
  if (required === 0 || !Number.isFinite(required)) return void 0;
  return { observed, required, ratio: observed / required, projected: now * (1 + observed) ** (input.deadline - input.nowYear) };
};
export {
  growthTrend,
  linearTrend,
  statusOfRatio
};
