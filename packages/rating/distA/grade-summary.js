const summariseGrades = (results) => {
  const grades = { good: 0, fair: 0, average: 0, weak: 0 };
  const reasons = {};
  let total = 0;
  let rated = 0;
  let notRated = 0;
  let incomplete = 0;
  let overridden = 0;
  let notInForce = 0;
  for (const r of results) {
    total++;
    if (!r.rulebook.inForce) notInForce++;
    if (r.status === "rated") {
      rated++;
      grades[r.grade]++;
      if (r.overrides.length > 0) overridden++;
    } else if (r.status === "not-rated") {
      notRated++;
      reasons[r.reason.code] = (reasons[r.reason.code] ?? 0) + 1;
    } else incomplete++;
  }
  return { total, grades, rated, notRated, incomplete, notRatedReasons: reasons, overridden, notInForce };
};
export {
  summariseGrades
};
