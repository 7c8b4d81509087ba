// Search state: what the page asks the API, how it is written in the shareable URL, and the CSV.
// Pure functions over plain objects; no DOM.

export const LIST_FACETS = ['type', 'level', 'delivery', 'provider', 'language'];

/** Price choices: value -> filter. The bands match the API's "cost" facet (free, under-50...). */
export const COST_CHOICES = [
  {value: '', label: 'Any price', bands: null},
  {value: 'free', label: 'Free', bands: ['free'], filter: {free: true}},
  {value: '50', label: 'Under 50', bands: ['free', 'under-50'], filter: {maxCost: 49.99}},
  {value: '200', label: 'Under 200', bands: ['free', 'under-50', '50-200'],
    filter: {maxCost: 199.99}},
  {value: '500', label: 'Up to 500', bands: ['free', 'under-50', '50-200', '200-500'],
    filter: {maxCost: 500}},
];

export const HOURS_CHOICES = ['', '10', '40', '100', '200'];

export function emptyFilters() {
  return {type: [], level: [], delivery: [], provider: [], language: [], cost: '', maxHours: ''};
}

export function emptyState() {
  return {mode: 'ad', text: '', resume: '', skills: null, q: '', filters: emptyFilters()};
}

/** The filters as the API's JSON "filters" object. */
export function filterBody(f) {
  const out = {};
  for (const key of LIST_FACETS) {
    if (f[key].length) out[key] = [...f[key]];
  }
  const cost = COST_CHOICES.find((c) => c.value === f.cost);
  if (cost && cost.filter) Object.assign(out, cost.filter);
  if (f.maxHours) out.maxHours = Number(f.maxHours);
  return out;
}

/** The filters as query parameters of GET /api/v1/credentials (repeated names for lists). */
export function filterParams(f) {
  const params = [];
  for (const [key, value] of Object.entries(filterBody(f))) {
    for (const v of Array.isArray(value) ? value : [value]) params.push([key, String(v)]);
  }
  return params;
}

/** True when the search is by an explicit skill list (advisor mode, or an edited ad skill list). */
export function bySkills(state) {
  return state.mode === 'skills' || state.skills !== null;
}

/** The state as a URL fragment (never sent to the server; the résumé is left out). */
export function toHash(state) {
  const p = new URLSearchParams();
  if (state.mode === 'skills') p.set('mode', 'skills');
  if (state.mode === 'ad' && state.text) p.set('text', state.text);
  if (state.mode === 'skills' && state.q) p.set('q', state.q);
  for (const s of state.skills || []) p.append('skill', s.id);
  if (state.mode === 'ad' && state.skills && !state.skills.length) p.set('skill', '');
  const f = state.filters;
  for (const key of LIST_FACETS) f[key].forEach((v) => p.append(key, v));
  if (f.cost) p.set('cost', f.cost);
  if (f.maxHours) p.set('maxHours', f.maxHours);
  return p.toString();
}

/** The state a fragment describes (unknown values are dropped). */
export function fromHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const state = emptyState();
  state.mode = p.get('mode') === 'skills' ? 'skills' : 'ad';
  state.text = p.get('text') || '';
  state.q = p.get('q') || '';
  if (p.has('skill') || state.mode === 'skills') {
    state.skills = p.getAll('skill').filter(Boolean).map((id) => ({id, label: id}));
  }
  for (const key of LIST_FACETS) state.filters[key] = p.getAll(key).filter(Boolean);
  const cost = p.get('cost') || '';
  state.filters.cost = COST_CHOICES.some((c) => c.value === cost) ? cost : '';
  const hours = p.get('maxHours') || '';
  state.filters.maxHours = HOURS_CHOICES.includes(hours) ? hours : '';
  return state;
}

/** A CSV cell: quoted, and a leading = + - @ neutralised so spreadsheets do not run it. */
function cell(value) {
  let s = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return '"' + s.replace(/"/g, '""') + '"';
}

const CSV_COLUMNS = [
  ['rank', (r) => r.rank], ['id', (r) => r.id], ['title', (r) => r.title],
  ['provider', (r) => r.provider], ['type', (r) => r.type], ['level', (r) => r.level],
  ['hours', (r) => r.duration && r.duration.hours], ['duration', (r) => r.duration && r.duration.text],
  ['free', (r) => r.cost && r.cost.free], ['cost', (r) => r.cost && r.cost.amount],
  ['currency', (r) => r.cost && r.cost.currency],
  ['delivery', (r) => r.delivery && r.delivery.mode], ['pacing', (r) => r.delivery && r.delivery.pacing],
  ['language', (r) => r.language], ['coverage', (r) => r.why && r.why.coverage],
  ['covered', (r) => (r.covered || []).map((s) => s.label).join('; ')],
  ['missing', (r) => (r.missingRequired || []).map((s) => s.label).join('; ')],
  ['url', (r) => r.url],
];

/** Results as CSV text (RFC 4180, CRLF line ends). */
export function toCsv(results) {
  const lines = [CSV_COLUMNS.map(([name]) => cell(name)).join(',')];
  for (const r of results) lines.push(CSV_COLUMNS.map(([, get]) => cell(get(r))).join(','));
  return lines.join('\r\n') + '\r\n';
}
