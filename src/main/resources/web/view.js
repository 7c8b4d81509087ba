// Rendering of the ad highlights, the filter facets and the recommended stack. All catalog and ad
// text goes through CredMatch.el, which inserts strings as text nodes.

import {COST_CHOICES, HOURS_CHOICES, LIST_FACETS} from './state.js';

const {el, words, hours, cost, money, safeUrl} = window.CredMatch;

/** Fills {@code container} with the ad text, skill mentions wrapped in <mark> by requirement. */
export function highlightAd(container, text, skills) {
  const marks = [];
  for (const s of skills) {
    for (const m of s.mentions || []) marks.push({start: m.start, end: m.end, skill: s});
  }
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const parts = [];
  let pos = 0;
  for (const {start, end, skill} of marks) {
    if (start < pos || end > text.length || end <= start) continue;
    const requirement = skill.requirement || 'mentioned';
    parts.push(text.slice(pos, start), el('mark', {class: 'hl hl-' + requirement,
      'data-skill': skill.id || '', title: skill.label + ' (' + requirement + ')'},
    text.slice(start, end)));
    pos = end;
  }
  parts.push(text.slice(pos));
  container.replaceChildren(...parts.filter((p) => p !== ''));
}

const FACET_NAMES = {type: 'Type', level: 'Level', delivery: 'Delivery', provider: 'Provider',
  language: 'Language'};
const SHOWN = 8;

const LANGUAGES = typeof Intl.DisplayNames === 'function'
    ? new Intl.DisplayNames(['en'], {type: 'language', fallback: 'code'}) : null;

function valueLabel(facet, value) {
  if (facet === 'provider') return value;
  if (facet === 'language') {
    try {
      return LANGUAGES ? LANGUAGES.of(value) : value;
    } catch (e) {
      return value; // not a language code
    }
  }
  return words(value);
}

function checkbox(facet, value, count, checked) {
  const id = 'f-' + facet + '-' + encodeURIComponent(value);
  const label = valueLabel(facet, value);
  return el('li', null, el('input', {type: 'checkbox', id, name: facet, value, checked}),
      el('label', {for: id}, label, el('span', {class: 'count'}, ' (' + count + ')')));
}

function listFacet(facet, counts, selected, expanded) {
  const values = Object.entries(counts || {}).filter(([v]) => v !== 'unknown');
  for (const v of selected) if (!values.some(([x]) => x === v)) values.push([v, 0]);
  values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!values.length) return null;
  const visible = expanded ? values
      : values.filter(([v], i) => i < SHOWN || selected.includes(v));
  const items = visible.map(([v, n]) => checkbox(facet, v, n, selected.includes(v)));
  const more = values.length > visible.length ? el('button', {type: 'button', class: 'linkish',
    'data-expand': facet}, 'Show all ' + values.length) : null;
  return el('fieldset', {class: 'facet'}, el('legend', null, FACET_NAMES[facet]),
      el('ul', null, items), more);
}

function costFacet(bands, chosen) {
  const count = (c) => c.bands ? c.bands.reduce((sum, b) => sum + ((bands || {})[b] || 0), 0) : null;
  return el('fieldset', {class: 'facet'}, el('legend', null, 'Price'), el('ul', null,
      COST_CHOICES.map((c) => el('li', null,
          el('input', {type: 'radio', id: 'f-cost-' + (c.value || 'any'), name: 'cost',
            value: c.value, checked: c.value === chosen}),
          el('label', {for: 'f-cost-' + (c.value || 'any')}, c.label,
              c.bands ? el('span', {class: 'count'}, ' (' + count(c) + ')') : null)))));
}

function hoursFacet(chosen) {
  const select = el('select', {id: 'f-hours', name: 'maxHours'}, HOURS_CHOICES.map((h) =>
    el('option', {value: h, selected: h === chosen}, h ? 'Up to ' + h + ' hours' : 'Any length')));
  return el('div', {class: 'facet'}, el('label', {for: 'f-hours'}, 'Length'), select);
}

/** Rebuilds the filter form from facet counts, keeping keyboard focus on the same control. */
export function renderFacets(form, facets, filters, expanded) {
  const focused = document.activeElement && form.contains(document.activeElement)
      ? document.activeElement.id : null;
  const groups = LIST_FACETS.map((f) => listFacet(f, facets[f], filters[f], expanded.has(f)));
  form.replaceChildren(...groups.filter(Boolean), costFacet(facets.cost, filters.cost),
      hoursFacet(filters.maxHours));
  const again = focused && document.getElementById(focused);
  if (again) again.focus();
}

/** Reads the filter form back into filters. */
export function readFacets(form, filters) {
  const data = new FormData(form);
  const out = {...filters};
  for (const f of LIST_FACETS) out[f] = data.getAll(f).map(String);
  out.cost = String(data.get('cost') || '');
  out.maxHours = String(data.get('maxHours') || '');
  return out;
}

function stackTotal(stack, programs) {
  const parts = [programs.length + (programs.length === 1 ? ' program' : ' programs')];
  parts.push(hours({hours: stack.totalHours}) + ' in all' +
      (stack.unknownHours ? ' (+' + stack.unknownHours + ' of unknown length)' : ''));
  const currencies = new Set(programs.filter((p) => p && !p.cost.free && p.cost.amount != null)
      .map((p) => p.cost.currency));
  const total = currencies.size <= 1
      ? (stack.totalCost === 0 ? 'free' : money(stack.totalCost, [...currencies][0]))
      : stack.totalCost + ' (mixed currencies)';
  parts.push('cost ' + total + (stack.unknownCost ? ' (+' + stack.unknownCost + ' unpriced)' : ''));
  return parts.join(' · ');
}

/** Shows the recommended stack; {@code programs} are the credentials of stack.credentialIds. */
export function renderStack(section, stack, programs) {
  section.hidden = !stack || !stack.credentialIds.length;
  if (section.hidden) return;
  const covered = stack.covered.length;
  const all = covered + stack.uncovered.length;
  section.querySelector('#stack-summary').textContent = stackTotal(stack, programs) +
      ' · covers ' + covered + ' of ' + all + ' required skills';
  section.querySelector('#stack-list').replaceChildren(...programs.map((p, i) => {
    const id = stack.credentialIds[i];
    if (!p) return el('li', null, id);
    const href = safeUrl(p.url);
    return el('li', {'data-id': id}, href ? el('a', {href, target: '_blank',
      rel: 'noopener noreferrer'}, p.title) : p.title,
    el('span', {class: 'hint'}, ' · ' + (p.provider || 'Unknown provider') + ' · ' +
        hours(p.duration) + ' · ' + cost(p.cost)));
  }));
  section.querySelector('#stack-uncovered').textContent = stack.uncovered.length
      ? 'Not covered by any program found: ' + stack.uncovered.map((s) => s.label).join(', ')
      : 'Every required skill is covered.';
}
