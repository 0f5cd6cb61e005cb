export interface PlaceParts {
  town?: string | null;
  postcode?: string | null;
  departement?: string | null;
  region?: string | null;
  country?: string | null;
}

/** "Metz (57000), Moselle, Grand Est": the known parts only; the country unless it is France. */
export function placeLine(place: PlaceParts, locale: string): string {
  const town = [place.town, place.postcode ? `(${place.postcode})` : ''].filter(Boolean).join(' ');
  let country = '';
  if (place.country && place.country !== 'FR') {
    try {
      country = new Intl.DisplayNames([locale], { type: 'region' }).of(place.country) ?? place.country;
    } catch {
      country = place.country;
    }
  }
  return [town, place.departement, place.region, country].filter(Boolean).join(', ');
}

/** A value of the audit trail as text: lists joined, objects as JSON, nothing as `empty`. */
export function changeValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) return value.length ? value.map((v) => changeValue(v, empty)).join(', ') : empty;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
