// The CredMatch page: job-ad search, skill editing, filters, stack, shareable link, CSV export.
//
// A pasted ad is sent to POST api/v1/recommendations. Once the user edits the skill list (or in
// advisor mode) the search goes to GET api/v1/credentials?skills=... with the edited skill ids:
// the recommendations endpoint ranks from the ad text only.

import {
  LIST_FACETS, bySkills, emptyFilters, emptyState, filterBody, filterParams, fromHash, toCsv,
  toHash,
} from './state.js';
import {SkillEditor} from './skills.js';
import {highlightAd, readFacets, renderFacets, renderStack} from './view.js';

const {el, card, client} = window.CredMatch;
const api = client(new URL('.', location.href).href);
const PAGE = 10;
const EXPORT_MAX = 1000;
const $ = (id) => document.getElementById(id);

let state = emptyState();
let ad = null; // {text, skills} of the last analysed ad
let results = [];
let facets = {};
let inflight = null;
const expanded = new Set();
const programs = new Map(); // id -> credential, for the stack
const editor = new SkillEditor(api, (next, message) => {
  state.skills = next.filter((s) => s.id);
  say(message);
  run();
});

/** One page of results for the current search with the given filters. */
function query(filters, limit, offset, signal) {
  if (!bySkills(state)) {
    const body = {text: state.text, limit, offset, filters: filterBody(filters)};
    if (state.resume.trim()) body.resume = state.resume;
    return api.recommend(body, signal);
  }
  const params = state.skills.map((s) => ['skills', s.id]);
  if (state.mode === 'skills' && state.q.trim()) params.push(['q', state.q.trim()]);
  params.push(...filterParams(filters), ['limit', String(limit)], ['offset', String(offset)]);
  return api.credentials(params, signal);
}

/** Counts for each facet that has a selection, computed without that facet's own filter. */
function otherFacetCounts(signal) {
  const f = state.filters;
  const open = LIST_FACETS.filter((k) => f[k].length).map((k) => [k, {...f, [k]: []}]);
  if (f.cost) open.push(['cost', {...f, cost: ''}]);
  return Promise.all(open.map(([key, filters]) =>
    query(filters, 1, 0, signal).then((r) => [key, r.facets[key] || {}])));
}

function searchable() {
  if (!bySkills(state)) return state.text.trim() ? null : 'Paste a job ad first.';
  const hasWords = state.mode === 'skills' && state.q.trim();
  return state.skills.length || hasWords ? null
      : 'Add at least one skill' + (state.mode === 'skills' ? ' or some words.' : '.');
}

async function run({append = false} = {}) {
  const problem = searchable();
  updateUrl();
  if (problem) {
    say(problem);
    if (!append && state.mode === 'ad' && !state.skills) $('form-error').textContent = problem;
    results = [];
    $('results').replaceChildren();
    $('stack').hidden = true;
    $('more').hidden = true;
    return;
  }
  $('form-error').textContent = '';
  if (inflight) inflight.abort();
  const ctrl = new AbortController();
  inflight = ctrl;
  setBusy(true);
  say('Searching…');
  try {
    const offset = append ? results.length : 0;
    const [main, other, adSkills] = await Promise.all([
      query(state.filters, PAGE, offset, ctrl.signal),
      append ? [] : otherFacetCounts(ctrl.signal),
      needAdSkills() ? api.extract(state.text, ctrl.signal) : null]);
    if (ctrl.signal.aborted) return;
    if (adSkills) ad = {text: state.text, skills: adSkills.skills};
    if (!bySkills(state)) ad = {text: state.text, skills: main.skills, gap: main.gap};
    results = append ? results.concat(main.results) : main.results;
    if (!append) facets = {...main.facets, ...Object.fromEntries(other)};
    await show(main, append, ctrl.signal);
  } catch (e) {
    if (e.name !== 'AbortError') say(e.message, true);
  } finally {
    if (inflight === ctrl) setBusy(false);
  }
}

/** An ad restored from a link with an edited skill list needs its own analysis for highlights. */
function needAdSkills() {
  return state.mode === 'ad' && bySkills(state) && (!ad || ad.text !== state.text);
}

async function show(answer, append, signal) {
  $('analysis').hidden = state.mode !== 'ad';
  $('output').hidden = false;
  showAd();
  showSkills(answer);
  $('warnings').replaceChildren(...(answer.warnings || []).map((w) => el('li', null, w)));
  const cards = answer.results.map((r) => el('li', null, card(r, {summary: true})));
  if (append) $('results').append(...cards);
  else $('results').replaceChildren(...cards);
  if (!append) renderFacets($('filters'), facets, state.filters, expanded);
  const shown = results.length;
  say(answer.total === 0 ? 'No programs match. Try fewer filters or other skills.'
      : 'Showing ' + shown + ' of ' + answer.total + ' programs.');
  $('more').hidden = shown >= answer.total || answer.results.length === 0;
  if (!append) await showStack(answer.stack, signal);
}

function showAd() {
  const visible = state.mode === 'ad' && ad !== null;
  $('ad-view').hidden = !visible;
  if (!visible) return;
  const kept = bySkills(state) ? new Set(state.skills.map((s) => s.id)) : null;
  highlightAd($('ad-text'), ad.text, kept ? ad.skills.filter((s) => kept.has(s.id)) : ad.skills);
  const gap = ad.gap;
  $('gap').hidden = !gap;
  $('gap').textContent = gap ? (gap.alreadyHeld.length
      ? 'Already on your résumé, left out of the search: ' +
        gap.alreadyHeld.map((s) => s.label).join(', ')
      : 'The résumé shows none of the ad\'s skills.') : '';
}

function showSkills(answer) {
  if (!bySkills(state)) {
    // The list holds what a skills search can take: taxonomy skills. Catalog labels found in the
    // ad (no id) are highlighted in it and named in the results' explanations.
    editor.show(answer.skills.filter((s) => s.id));
  } else {
    const labels = new Map(answer.skills.map((s) => [s.id, s.label]));
    state.skills = state.skills.map((s) => ({...s, label: labels.get(s.id) || s.label}));
    editor.show(state.skills);
  }
  $('reset-skills').hidden = !(state.mode === 'ad' && bySkills(state));
  $('skills-hint').textContent = state.mode === 'ad' && bySkills(state)
      ? 'Searching your edited list; the ad text no longer ranks the results.'
      : 'Remove a skill or add one; the search runs again with your list.';
}

async function showStack(stack, signal) {
  results.forEach((r) => programs.set(r.id, r));
  const missing = stack.credentialIds.filter((id) => !programs.has(id));
  const fetched = await Promise.all(missing.map((id) =>
    api.credential(id, signal).catch(() => null)));
  fetched.forEach((c, i) => c && programs.set(missing[i], c));
  renderStack($('stack'), stack, stack.credentialIds.map((id) => programs.get(id) || null));
}

function say(message, isError) {
  $('status').textContent = message;
  $('status').classList.toggle('error', Boolean(isError));
}

function setBusy(busy) {
  document.querySelector('.results').setAttribute('aria-busy', String(busy));
}

function updateUrl() {
  const hash = toHash(state);
  history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
  $('share-url').value = location.href;
}

function setMode(mode) {
  state.mode = mode;
  document.querySelector('input[name=mode][value=' + mode + ']').checked = true;
  $('ad-fields').hidden = mode !== 'ad';
  $('advisor-fields').hidden = mode !== 'skills';
  $('output').hidden = true;
  $('analysis').hidden = true;
  $('ad-view').hidden = true;
  // advisor mode: the skill picker is part of the form; ad mode: it sits beside the ad
  if (mode === 'skills') $('advisor-fields').prepend($('skills-panel'));
  else $('analysis').append($('skills-panel'));
  if (mode === 'skills') {
    state.skills = state.skills || [];
    editor.show(state.skills);
    $('reset-skills').hidden = true;
    $('skills-hint').textContent = 'Add the skills to teach; the search runs as you add them.';
  }
}

function fillForm() {
  $('ad').value = state.text;
  $('q').value = state.q;
  setMode(state.mode);
}

async function exportCsv() {
  const all = [];
  try {
    say('Preparing the CSV…');
    for (let offset = 0; offset < EXPORT_MAX; offset += 100) {
      const page = await query(state.filters, 100, offset);
      all.push(...page.results);
      if (all.length >= page.total || !page.results.length) break;
    }
  } catch (e) {
    say(e.message, true);
    return;
  }
  const url = URL.createObjectURL(new Blob([toCsv(all)], {type: 'text/csv;charset=utf-8'}));
  const link = el('a', {href: url, download: 'credmatch-programs.csv', hidden: true});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  say('Exported ' + all.length + ' programs as CSV.');
}

async function copyLink() {
  const input = $('share-url');
  try {
    await navigator.clipboard.writeText(input.value);
    $('share-status').textContent = 'Link copied.';
  } catch (e) {
    input.select();
    $('share-status').textContent = 'Press Ctrl+C to copy the selected link.';
  }
}

function wire() {
  document.querySelectorAll('input[name=mode]').forEach((r) =>
    r.addEventListener('change', () => {
      if (r.value === 'ad') state.skills = null;
      setMode(r.value);
      updateUrl();
    }));
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    state.text = $('ad').value;
    state.resume = $('resume').value;
    state.q = $('q').value;
    if (state.mode === 'ad') state.skills = null;
    run();
  });
  $('ad').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('search-form').requestSubmit();
  });
  $('filters').addEventListener('change', () => {
    state.filters = readFacets($('filters'), state.filters);
    run();
  });
  $('filters').addEventListener('click', (e) => {
    const facet = e.target.dataset && e.target.dataset.expand;
    if (!facet) return;
    expanded.add(facet);
    renderFacets($('filters'), facets, state.filters, expanded);
    const first = $('filters').querySelector('input[name="' + facet + '"]');
    if (first) first.focus();
  });
  $('clear-filters').addEventListener('click', () => {
    state.filters = emptyFilters();
    run();
  });
  $('reset-skills').addEventListener('click', () => {
    state.skills = null;
    run();
  });
  $('more').addEventListener('click', () => run({append: true}));
  $('copy-link').addEventListener('click', copyLink);
  $('export-csv').addEventListener('click', exportCsv);
  window.addEventListener('hashchange', () => {
    if (location.hash.replace(/^#/, '') === toHash(state)) return;
    load();
  });
}

function load() {
  state = fromHash(location.hash);
  fillForm();
  if (location.hash.length > 1) run();
}

$('widget-snippet').textContent = '<script src="' + api.base + 'widget.js"></script>\n' +
    '<credmatch-search limit="5"></credmatch-search>';
wire();
load();
