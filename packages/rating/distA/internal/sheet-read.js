const pointValue = (value) => typeof value === "number" ? value : NaN;
const keyedSheetReader = (ids) => {
  const n = ids.length;
  return (points, out) => {
    for (let i = 0; i < n; i++) out[i] = pointValue(points[ids[i]]);
  };
};
export {
  keyedSheetReader,
  pointValue
};
