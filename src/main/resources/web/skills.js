// The skill list editor: chips that can be removed and a combobox that adds skills from
// /api/v1/skills/suggest (ARIA 1.2 combobox with a listbox popup, keyboard operable).

const {el, words} = window.CredMatch;

export class SkillEditor {
  /**
   * @param api the CredMatch client
   * @param onChange called with the new list [{id, label, requirement?}] after a removal or addition
   */
  constructor(api, onChange) {
    this.api = api;
    this.onChange = onChange;
    this.skills = [];
    this.list = document.getElementById('skill-list');
    this.input = document.getElementById('skill-input');
    this.popup = document.getElementById('skill-options');
    this.options = [];
    this.active = -1;
    this.timer = 0;
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (e) => this.key(e));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
  }

  /** Shows a list without notifying. */
  show(skills) {
    this.skills = skills.map((s) => ({id: s.id, label: s.label, requirement: s.requirement}));
    const chips = this.skills.map((s, i) => el('li', {class: 'chip chip-' + (s.requirement || 'chosen'),
      'data-skill': s.id || ''},
    el('span', {class: 'chip-label'}, s.label),
    s.requirement ? el('span', {class: 'chip-req'}, s.requirement) : null,
    el('button', {type: 'button', class: 'chip-x', 'aria-label': 'Remove ' + s.label,
      onclick: () => this.remove(i)}, '×')));
    this.list.replaceChildren(...chips);
    if (!chips.length) {
      this.list.append(el('li', {class: 'chip-empty'}, 'No skills yet: add one below.'));
    }
  }

  remove(index) {
    const removed = this.skills[index];
    const next = this.skills.filter((_, i) => i !== index);
    this.show(next);
    const buttons = this.list.querySelectorAll('.chip-x');
    (buttons[Math.min(index, buttons.length - 1)] || this.input).focus();
    this.onChange(next, 'Removed ' + removed.label + '.');
  }

  add(suggestion) {
    this.input.value = '';
    this.close();
    if (this.skills.some((s) => s.id === suggestion.id)) return;
    const next = [...this.skills, {id: suggestion.id, label: suggestion.label}];
    this.show(next);
    this.onChange(next, 'Added ' + suggestion.label + '.');
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fetch(), 120);
  }

  async fetch() {
    const q = this.input.value.trim();
    if (q.length < 2) {
      this.close();
      return;
    }
    if (this.inflight) this.inflight.abort();
    this.inflight = new AbortController();
    try {
      const answer = await this.api.suggest(q, 8, this.inflight.signal);
      if (this.input.value.trim() === q) this.open(answer.suggestions);
    } catch (e) {
      if (e.name !== 'AbortError') this.open([]);
    }
  }

  open(suggestions) {
    this.options = suggestions;
    this.active = suggestions.length ? 0 : -1;
    const items = suggestions.map((s, i) => el('li', {id: 'skill-opt-' + i, role: 'option',
      'aria-selected': 'false', onmousedown: (e) => e.preventDefault(), onclick: () => this.add(s)},
    el('span', {class: 'opt-label'}, s.label),
    s.matched && s.matched.toLowerCase() !== s.label.toLowerCase()
        ? el('span', {class: 'opt-alt'}, ' (' + s.matched + ')') : null,
    el('span', {class: 'opt-meta'}, ' · ' + words(s.type) + ' · ' + s.programs +
        (s.programs === 1 ? ' program' : ' programs'))));
    if (!items.length) items.push(el('li', {class: 'opt-none', role: 'option',
      'aria-disabled': 'true'}, 'No skill starts with that.'));
    this.popup.replaceChildren(...items);
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.highlight();
  }

  close() {
    this.popup.hidden = true;
    this.options = [];
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  highlight() {
    this.popup.querySelectorAll('[role=option]').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === this.active));
      if (i === this.active) li.scrollIntoView({block: 'nearest'});
    });
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', 'skill-opt-' + this.active);
    else this.input.removeAttribute('aria-activedescendant');
  }

  key(e) {
    const n = this.options.length;
    if (e.key === 'ArrowDown' && this.popup.hidden) {
      this.fetch();
    } else if (e.key === 'ArrowDown' && n) {
      this.active = (this.active + 1) % n;
      this.highlight();
    } else if (e.key === 'ArrowUp' && n) {
      this.active = (this.active - 1 + n) % n;
      this.highlight();
    } else if (e.key === 'Enter') {
      if (this.active >= 0 && n) this.add(this.options[this.active]);
    } else if (e.key === 'Escape') {
      this.close();
    } else {
      return;
    }
    e.preventDefault();
  }
}
