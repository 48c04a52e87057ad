const POINT_SCALE = 100;
const toHundredths = (value) => {
  if (typeof value !== "number") return Number.NaN;
  const scaled = Math.round(value * POINT_SCALE);
  return scaled / POINT_SCALE === value ? scaled : Number.NaN;
};
const fromHundredths = (hundredths) => hundredths / POINT_SCALE;
export {
  POINT_SCALE,
  fromHundredths,
  toHundredths
};
