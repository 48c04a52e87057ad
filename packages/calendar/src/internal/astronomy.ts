/**
 * A compact ephemeris for the lunisolar calendar: the instant of a new moon and the sun's apparent
 * longitude, after Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998), chapters 10, 25 and 49.
 * Written in-house from the published formulas; floats throughout (these are astronomical estimates,
 * good to a minute or so for new moons and ~0.01° for the sun over 1900–2200).
 *
 * Times are Julian Days. `jde` is Terrestrial (Dynamical) Time, `jd` is Universal Time.
 */

const RAD = Math.PI / 180;
const sin = Math.sin;

/** Mean synodic month in days (Meeus 49.1). */
export const SYNODIC_MONTH = 29.530588861;

/** Julian Day of the 1970-01-01 day number origin at 0h UT is 2440587.5. */
export const JD_UNIX_EPOCH = 2440587.5;

/**
 * ΔT = TT − UT in days, from the Espenak–Meeus polynomials (NASA eclipse web site, 2006) for
 * 1900–2200; outside that it falls back to the long-term parabola −20 + 32u² s.
 */
export const deltaT = (jd: number): number => {
  const y = 2000 + (jd - 2451545) / 365.25;
  let t: number;
  let s: number;
  if (y < 1900 || y >= 2150) {
    const u = (y - 1820) / 100;
    s = -20 + 32 * u * u;
  } else if (y < 1920) {
    t = y - 1900;
    s = -2.79 + t * (1.494119 + t * (-0.0598939 + t * (0.0061966 - 0.000197 * t)));
  } else if (y < 1941) {
    t = y - 1920;
    s = 21.2 + t * (0.84493 + t * (-0.0761 + 0.0020936 * t));
  } else if (y < 1961) {
    t = y - 1950;
    s = 29.07 + t * (0.407 + t * (-1 / 233 + t / 2547));
  } else if (y < 1986) {
    t = y - 1975;
    s = 45.45 + t * (1.067 + t * (-1 / 260 - t / 718));
  } else if (y < 2005) {
    t = y - 2000;
    s = 63.86 + t * (0.3345 + t * (-0.060374 + t * (0.0017275 + t * (0.000651814 + 0.00002373599 * t))));
  } else if (y < 2050) {
    t = y - 2000;
    s = 62.92 + t * (0.32217 + 0.005589 * t);
  } else {
    const u = (y - 1820) / 100;
    s = -20 + 32 * u * u - 0.5628 * (2150 - y);
  }
  return s / 86400;
};

// Periodic terms of the new moon (Meeus table 49.A, "New Moon" column). Each row: coefficient,
// power of E, then the multipliers of M (sun's anomaly), M′ (moon's anomaly), F (latitude argument), Ω.
// prettier-ignore
const NEW_MOON_TERMS = [
  -40720, 0, 0, 1, 0, 0,   17241, 1, 1, 0, 0, 0,   1608, 0, 0, 2, 0, 0,   1039, 0, 0, 0, 2, 0,
  739, 1, -1, 1, 0, 0,     -514, 1, 1, 1, 0, 0,    208, 2, 2, 0, 0, 0,    -111, 0, 0, 1, -2, 0,
  -57, 0, 0, 1, 2, 0,      56, 1, 1, 2, 0, 0,      -42, 0, 0, 3, 0, 0,    42, 1, 1, 0, 2, 0,
  38, 1, 1, 0, -2, 0,      -24, 1, -1, 2, 0, 0,    -17, 0, 0, 0, 0, 1,    -7, 0, 2, 1, 0, 0,
  4, 0, 0, 2, -2, 0,       4, 0, 3, 0, 0, 0,       3, 0, 1, 1, -2, 0,     3, 0, 0, 2, 2, 0,
  -3, 0, 1, 1, 2, 0,       3, 0, -1, 1, 2, 0,      -2, 0, -1, 1, -2, 0,   -2, 0, 1, 3, 0, 0,
  2, 0, 0, 4, 0, 0,
];

// Planetary arguments A1…A14 (Meeus 49, "additional corrections"): base angle, rate per lunation,
// coefficient in 1e-6 days.
// prettier-ignore
const PLANETARY_TERMS = [
  299.77, 0.107408, 325,   251.88, 0.016321, 165,   251.83, 26.651886, 164,   349.42, 36.412478, 126,
  84.66, 18.206239, 110,   141.74, 53.303771, 62,   207.14, 2.453732, 60,     154.84, 7.30686, 56,
  34.52, 27.261239, 47,    207.19, 0.121824, 42,    291.34, 1.844379, 40,     161.72, 24.198154, 37,
  239.56, 25.513099, 35,   331.55, 3.592518, 23,
];

/**
 * The instant (Julian Day, Universal Time) of new moon number `k`, where k = 0 is the new moon of
 * 2000-01-06 and k counts lunations (Meeus chapter 49).
 */
export const newMoonJd = (k: number): number => {
  const T = k / 1236.85;
  const T2 = T * T;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = (2.5534 + 29.1053567 * k - 0.0000014 * T2) * RAD;
  const Mm = (201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T2 * T) * RAD;
  const F = (160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T2 * T) * RAD;
  const O = (124.7746 - 1.56375588 * k + 0.0020672 * T2) * RAD;
  let jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T2 * T + 0.00000000073 * T2 * T2;
  let c = 0;
  for (let i = 0; i < NEW_MOON_TERMS.length; i += 6) {
    c +=
      (NEW_MOON_TERMS[i]! *
        E ** NEW_MOON_TERMS[i + 1]! *
        sin(NEW_MOON_TERMS[i + 2]! * M + NEW_MOON_TERMS[i + 3]! * Mm + NEW_MOON_TERMS[i + 4]! * F + NEW_MOON_TERMS[i + 5]! * O)) /
      1e5;
  }
  for (let i = 0; i < PLANETARY_TERMS.length; i += 3) {
    c += (PLANETARY_TERMS[i + 2]! * sin((PLANETARY_TERMS[i]! + PLANETARY_TERMS[i + 1]! * k) * RAD)) / 1e6;
  }
  jde += c;
  return jde - deltaT(jde);
};

/**
 * The sun's apparent geometric longitude in degrees, 0 ≤ λ < 360, at an instant given as a Julian Day
 * in Universal Time (Meeus chapter 25, "low accuracy" method, about 0.01°).
 */
export const sunLongitude = (jd: number): number => {
  const T = (jd + deltaT(jd) - 2451545) / 36525;
  const M = (357.52911 + T * (35999.05029 - 0.0001537 * T)) * RAD;
  const C =
    (1.914602 - T * (0.004817 + 0.000014 * T)) * sin(M) + (0.019993 - 0.000101 * T) * sin(2 * M) + 0.000289 * sin(3 * M);
  const lon = 280.46646 + T * (36000.76983 + 0.0003032 * T) + C - 0.00569 - 0.00478 * sin((125.04 - 1934.136 * T) * RAD);
  return ((lon % 360) + 360) % 360;
};
