/*
 * CredMatch widget and shared client helpers. One classic script, no dependencies:
 *
 *   <script src="BASE/widget.js"></script>   (BASE: the CredMatch service's address)
 *   <credmatch-search limit="5" provider="Alpha University" theme="dark"></credmatch-search>
 *
 * Defines the <credmatch-search> custom element (Shadow DOM) and window.CredMatch, the small API
 * client and card renderer that the CredMatch page uses too. Catalog text is only ever inserted as
 * text nodes (textContent / append of strings), never parsed as HTML; links are kept only when
 * they are http(s).
 */
(() => {
  'use strict';
  if (window.CredMatch) {
    return;
  }
  const script = document.currentScript;
  const DEFAULT_BASE = new URL('.', (script && script.src) || location.href).href;

  /** An error answered by the API (problem+json) or a network failure (status 0). */
  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** Creates an element. Strings among children become text nodes, never markup. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child == null || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  /** The URL when it is an absolute http(s) URL, else null (drops javascript:, data:...). */
  function safeUrl(url) {
    try {
      const u = new URL(url);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  /** "professional-certificate" -> "Professional certificate". */
  function words(code) {
    if (!code) return null;
    const s = String(code).replace(/[-_]/g, ' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function number(n) {
    return new Intl.NumberFormat('en', {maximumFractionDigits: n < 10 ? 1 : 0}).format(n);
  }

  function money(amount, currency) {
    if (currency && /^[A-Z]{3}$/.test(currency)) {
      const digits = Number.isInteger(amount) ? 0 : 2;
      try {
        return new Intl.NumberFormat('en', {style: 'currency', currency,
          minimumFractionDigits: digits, maximumFractionDigits: digits}).format(amount);
      } catch (e) {
        // an unknown code: fall through to the plain form
      }
    }
    return number(amount) + (currency ? ' ' + currency : '');
  }

  function hours(duration) {
    if (duration && duration.hours != null) return number(duration.hours) + ' h';
    return (duration && duration.text) || 'Length unknown';
  }

  function cost(c) {
    if (!c) return 'Price unknown';
    if (c.free) {
      return c.certificatePrice != null
          ? 'Free (certificate ' + money(c.certificatePrice, c.currency) + ')' : 'Free';
    }
    return c.amount != null ? money(c.amount, c.currency) : 'Price unknown';
  }

  function delivery(d) {
    const parts = [d && d.mode, d && d.pacing].filter(Boolean).map(words);
    return parts.length ? parts.join(', ') : 'Delivery unknown';
  }

  function skillList(cls, heading, skills) {
    if (!skills || !skills.length) return null;
    return el('div', {class: 'cm-skillset ' + cls},
        el('span', {class: 'cm-skillset-h'}, heading),
        el('ul', {class: 'cm-tags'}, skills.map((s) => el('li', {class: 'cm-tag'}, s.label))));
  }

  /** A result card; options.summary adds the ranking explanation. */
  function card(r, options) {
    const opts = options || {};
    const href = safeUrl(r.url);
    const pct = Math.round(((r.why && r.why.coverage) || 0) * 100);
    const facts = [['Type', words(r.type) || 'Unknown'], ['Level', words(r.level) || 'Unknown'],
      ['Length', hours(r.duration)], ['Cost', cost(r.cost)], ['Delivery', delivery(r.delivery)]];
    return el('article', {class: 'cm-card', 'data-id': r.id, part: 'card'},
        el('h3', {class: 'cm-title'},
            r.rank != null ? el('span', {class: 'cm-rank'}, r.rank + '. ') : null,
            href ? el('a', {href, target: '_blank', rel: 'noopener noreferrer'}, r.title)
                : el('span', null, r.title)),
        el('p', {class: 'cm-provider'}, r.provider || 'Unknown provider'),
        el('dl', {class: 'cm-facts'},
            facts.map(([k, v]) => el('div', null, el('dt', null, k + ':'), ' ', el('dd', null, v)))),
        el('div', {class: 'cm-coverage'},
            el('div', {class: 'cm-bar', role: 'img',
              'aria-label': 'Covers ' + pct + '% of the skills asked for'},
            el('div', {class: 'cm-fill', style: 'width:' + pct + '%'})),
            el('span', {class: 'cm-pct', 'aria-hidden': 'true'}, pct + '% coverage')),
        skillList('cm-covered', 'Teaches', r.covered),
        skillList('cm-missing', 'Missing', r.missingRequired),
        opts.summary && r.why && r.why.summary ? el('p', {class: 'cm-why'}, r.why.summary) : null,
        href ? el('a', {class: 'cm-link', href, target: '_blank', rel: 'noopener noreferrer',
          'aria-label': 'Open the program page: ' + r.title}, 'Open program page') : null);
  }

  /** A client of the CredMatch HTTP API at {@code base} (a URL ending in "/"). */
  function client(base) {
    const root = new URL(base || DEFAULT_BASE, location.href).href;
    async function call(path, params, init) {
      const url = new URL(path, root);
      for (const [k, v] of params || []) url.searchParams.append(k, v);
      let response;
      try {
        response = await fetch(url, init);
      } catch (e) {
        if (e.name === 'AbortError') throw e;
        throw new ApiError(0, 'Could not reach the CredMatch service at ' + root + '.');
      }
      const body = await response.json().catch(() => null);
      if (!response.ok) {
        throw new ApiError(response.status,
            (body && (body.detail || body.title)) || 'The service answered ' + response.status);
      }
      return body;
    }
    const post = (path, body, signal) => call(path, null, {method: 'POST', signal,
      headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
    return {
      base: root,
      recommend: (body, signal) => post('api/v1/recommendations', body, signal),
      extract: (text, signal) => post('api/v1/skills/extract', {text}, signal),
      credentials: (params, signal) => call('api/v1/credentials', params, {signal}),
      credential: (id, signal) => call('api/v1/credentials/' + encodeURIComponent(id), null,
          {signal}),
      suggest: (q, limit, signal) => call('api/v1/skills/suggest',
          [['q', q], ['limit', String(limit || 8)]], {signal}),
    };
  }

  window.CredMatch = Object.freeze({
    ApiError, el, safeUrl, words, money, hours, cost, delivery, card, client, DEFAULT_BASE,
  });

  const CSS = `
:host { display: block; font-family: var(--credmatch-font, system-ui, sans-serif);
  --_fg: var(--credmatch-fg, #1b1f24); --_bg: var(--credmatch-bg, #ffffff);
  --_muted: var(--credmatch-muted, #4a5562); --_accent: var(--credmatch-accent, #1f5fbf);
  --_accent-fg: var(--credmatch-accent-fg, #ffffff); --_border: var(--credmatch-border, #c9ced6);
  --_track: var(--credmatch-track, #e3e7ec); --_radius: var(--credmatch-radius, 8px);
  --_miss: var(--credmatch-missing, #a3271f); color: var(--_fg); }
:host([theme="dark"]) { --_fg: var(--credmatch-fg, #eef1f4); --_bg: var(--credmatch-bg, #16191d);
  --_muted: var(--credmatch-muted, #b4bcc6); --_accent: var(--credmatch-accent, #8ab4ff);
  --_accent-fg: var(--credmatch-accent-fg, #0d1117); --_border: var(--credmatch-border, #3a414a);
  --_track: var(--credmatch-track, #2b3138); --_miss: var(--credmatch-missing, #ff9b91); }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.cm-root { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
  padding: 1rem; }
label { display: block; font-weight: 600; margin-bottom: .35rem; }
textarea { width: 100%; min-height: 6rem; font: inherit; color: inherit; background: transparent;
  border: 1px solid var(--_border); border-radius: calc(var(--_radius) / 2); padding: .5rem; }
button { font: inherit; font-weight: 600; margin-top: .5rem; padding: .5rem 1rem; cursor: pointer;
  color: var(--_accent-fg); background: var(--_accent); border: 0; border-radius: var(--_radius); }
:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
.cm-status { color: var(--_muted); min-height: 1.2em; margin: .75rem 0 .25rem; }
.cm-status.cm-error { color: var(--_miss); font-weight: 600; }
.cm-results { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; }
.cm-card { border: 1px solid var(--_border); border-radius: var(--_radius); padding: .75rem; }
.cm-title { font-size: 1rem; margin: 0 0 .2rem; overflow-wrap: anywhere; }
.cm-title a, .cm-link, .cm-foot a { color: var(--_accent); }
.cm-rank { color: var(--_muted); }
.cm-provider { margin: 0 0 .5rem; color: var(--_muted); overflow-wrap: anywhere; }
.cm-facts { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0 0 .5rem; font-size: .875rem; }
.cm-facts dt { display: inline; color: var(--_muted); }
.cm-facts dd { display: inline; margin: 0; }
.cm-coverage { display: flex; align-items: center; gap: .5rem; font-size: .8125rem; }
.cm-bar { flex: 1; max-width: 14rem; height: .5rem; background: var(--_track); border-radius: 1rem;
  overflow: hidden; }
.cm-fill { height: 100%; background: var(--_accent); }
.cm-skillset { font-size: .8125rem; margin-top: .4rem; display: flex; gap: .4rem; flex-wrap: wrap; }
.cm-skillset-h { color: var(--_muted); }
.cm-tags { display: contents; list-style: none; }
.cm-tag { border: 1px solid var(--_border); border-radius: 1rem; padding: 0 .5rem; }
.cm-missing .cm-tag { color: var(--_miss); border-style: dashed; }
.cm-link { display: inline-block; margin-top: .5rem; font-size: .875rem; }
.cm-foot { font-size: .75rem; color: var(--_muted); margin: .75rem 0 0; }
`;

  /** Fixed filters from the "filters" attribute (query-string form) and "provider" (a|b). */
  function fixedFilters(host) {
    const out = {};
    const params = new URLSearchParams(host.getAttribute('filters') || '');
    for (const [key, value] of params) {
      if (key === 'maxCost' || key === 'maxHours') out[key] = Number(value);
      else if (key === 'free') out.free = value === 'true';
      else if (['delivery', 'level', 'type', 'language'].includes(key)) {
        out[key] = (out[key] || []).concat(value.split(',').map((v) => v.trim()).filter(Boolean));
      }
    }
    const provider = host.getAttribute('provider');
    if (provider) out.provider = provider.split('|').map((p) => p.trim()).filter(Boolean);
    return out;
  }

  /** <credmatch-search>: paste a job ad, get ranked programs. Attributes: api, provider, filters, limit, theme, label. */
  class CredMatchSearch extends HTMLElement {
    static get observedAttributes() {
      return ['api', 'provider', 'filters', 'limit', 'label'];
    }

    constructor() {
      super();
      const root = this.attachShadow({mode: 'open'});
      const style = el('style');
      style.textContent = CSS;
      this.textarea = el('textarea', {id: 'ad', part: 'input', required: true,
        placeholder: 'Paste a job ad'});
      this.labelEl = el('label', {for: 'ad'}, 'Job ad');
      this.status = el('p', {class: 'cm-status', role: 'status', 'aria-live': 'polite'});
      this.list = el('ol', {class: 'cm-results', 'aria-label': 'Matching programs'});
      this.foot = el('p', {class: 'cm-foot'});
      const form = el('form', {class: 'cm-form', onsubmit: (e) => {
        e.preventDefault();
        this.search();
      }}, this.labelEl, this.textarea,
      el('button', {type: 'submit', part: 'button'}, 'Find programs'));
      this.textarea.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
      });
      root.append(style, el('div', {class: 'cm-root', part: 'root'},
          form, this.status, this.list, this.foot));
    }

    connectedCallback() {
      this.refresh();
    }

    attributeChangedCallback() {
      this.refresh();
      if (this.lastText) this.search();
    }

    refresh() {
      this.labelEl.textContent = this.getAttribute('label') || 'Job ad';
      this.api = client(this.getAttribute('api') || DEFAULT_BASE);
      const link = safeUrl(this.api.base);
      this.foot.replaceChildren('Results by ', link ? el('a', {href: link, target: '_blank',
        rel: 'noopener noreferrer'}, 'CredMatch') : 'CredMatch');
    }

    limit() {
      const n = parseInt(this.getAttribute('limit') || '5', 10);
      return Number.isFinite(n) ? Math.min(Math.max(n, 1), 50) : 5;
    }

    async search() {
      const text = this.textarea.value.trim() ? this.textarea.value : '';
      if (!text) {
        this.say('Paste a job ad first.', true);
        this.textarea.focus();
        return;
      }
      this.lastText = text;
      if (this.inflight) this.inflight.abort();
      const inflight = new AbortController();
      this.inflight = inflight;
      this.say('Searching…', false);
      this.setAttribute('aria-busy', 'true');
      try {
        const body = {text, limit: this.limit(), filters: fixedFilters(this)};
        const answer = await this.api.recommend(body, inflight.signal);
        if (inflight.signal.aborted) return;
        this.show(answer);
      } catch (e) {
        if (e.name !== 'AbortError') this.say(e.message, true);
      } finally {
        if (this.inflight === inflight) this.removeAttribute('aria-busy');
      }
    }

    show(answer) {
      this.list.replaceChildren(...answer.results.map((r) => el('li', null, card(r))));
      const n = answer.total;
      this.say(n === 0 ? 'No programs match this ad.'
          : 'Showing ' + answer.results.length + ' of ' + n + ' matching programs.', false);
      this.dispatchEvent(new CustomEvent('credmatch-results',
          {detail: answer, bubbles: true, composed: true}));
    }

    say(message, isError) {
      this.status.textContent = message;
      this.status.classList.toggle('cm-error', isError);
    }
  }

  if (!customElements.get('credmatch-search')) {
    customElements.define('credmatch-search', CredMatchSearch);
  }
})();
