/**
 * Approximate coordinates of Dutch cities, enough to tell whether an on-site assignment is within
 * an interim's travel distance. Unknown places give no distance (and so never a travel flag).
 */
export const DUTCH_PLACES: Readonly<Record<string, readonly [number, number]>> = Object.freeze({
  amsterdam: [52.3676, 4.9041],
  rotterdam: [51.9244, 4.4777],
  'den haag': [52.0705, 4.3007],
  utrecht: [52.0907, 5.1214],
  eindhoven: [51.4416, 5.4697],
  groningen: [53.2194, 6.5665],
  tilburg: [51.5555, 5.0913],
  almere: [52.3508, 5.2647],
  breda: [51.5719, 4.7683],
  nijmegen: [51.8126, 5.8372],
  apeldoorn: [52.2112, 5.9699],
  haarlem: [52.3874, 4.6462],
  arnhem: [51.9851, 5.8987],
  enschede: [52.2215, 6.8937],
  amersfoort: [52.1561, 5.3878],
  zaanstad: [52.4559, 4.8189],
  "'s-hertogenbosch": [51.6978, 5.3037],
  zwolle: [52.5168, 6.083],
  leiden: [52.1601, 4.497],
  maastricht: [50.8514, 5.691],
  dordrecht: [51.8133, 4.6901],
  zoetermeer: [52.0575, 4.4931],
  deventer: [52.2661, 6.1552],
  delft: [52.0116, 4.3571],
  leeuwarden: [53.2012, 5.7999],
  alkmaar: [52.6324, 4.7534],
  venlo: [51.3704, 6.1724],
  hilversum: [52.2292, 5.1669],
  heerlen: [50.8882, 5.9795],
  assen: [52.9925, 6.5649],
  lelystad: [52.5185, 5.4714],
  middelburg: [51.4988, 3.6136],
  emmen: [52.7792, 6.9069],
  helmond: [51.4793, 5.657],
  ede: [52.0402, 5.6649],
  gouda: [52.0115, 4.7104],
  roermond: [51.1942, 5.9871],
  hoofddorp: [52.3061, 4.6907],
  schiedam: [51.9192, 4.3988],
  vlissingen: [51.4425, 3.5734],
  'bergen op zoom': [51.4946, 4.2871],
  oss: [51.765, 5.5186],
  hengelo: [52.2658, 6.7931],
  purmerend: [52.505, 4.9597],
  wageningen: [51.9692, 5.6654],
  veenendaal: [52.0279, 5.5588],
  harderwijk: [52.3421, 5.6363],
  doetinchem: [51.9654, 6.2886],
});

const ALIASES: Readonly<Record<string, string>> = Object.freeze({
  'the hague': 'den haag',
  "'s-gravenhage": 'den haag',
  's-gravenhage': 'den haag',
  'den bosch': "'s-hertogenbosch",
  's-hertogenbosch': "'s-hertogenbosch",
  hertogenbosch: "'s-hertogenbosch",
});

function placeKey(city: string): string {
  const key = city
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
  return ALIASES[key] ?? key;
}

export function coordinatesOf(city: string | null | undefined): readonly [number, number] | null {
  if (!city) return null;
  return DUTCH_PLACES[placeKey(city)] ?? null;
}

/** Great-circle distance in whole kilometres, or null when either place is unknown. */
export function distanceKm(
  a: string | null | undefined,
  b: string | null | undefined,
): number | null {
  const p = coordinatesOf(a);
  const q = coordinatesOf(b);
  if (!p || !q) return null;
  const rad = Math.PI / 180;
  const dLat = (q[0] - p[0]) * rad;
  const dLon = (q[1] - p[1]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(p[0] * rad) * Math.cos(q[0] * rad) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)));
}

export function samePlace(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && placeKey(a) === placeKey(b);
}
