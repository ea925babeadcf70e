/**
 * The viewer's one script (allowed by its CSP hash): reads the embedded JSON and builds the
 * page with DOM calls only. Every string from the data becomes a text node or an attribute
 * value set with `setAttribute` (never `innerHTML`, never a URL), and bidirectional control
 * characters are shown as `⟨U+202E⟩` so a file name cannot reorder itself.
 */
export const VIEWER_JS = String.raw`
(function () {
  'use strict';
  var BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
  var SVG = 'http://www.w3.org/2000/svg';
  var DECISIONS = ['STOPPED', 'PAUSE_FOR_HITL', 'RUN'];

  function shown(s) {
    return String(s).replace(BIDI, function (c) {
      return '\u27E8U+' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '\u27E9';
    });
  }
  function el(tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (attrs[k] === undefined || attrs[k] === null) return;
        if (k === 'class') e.className = attrs[k];
        else e.setAttribute(k, String(attrs[k]));
      });
    }
    for (var i = 2; i < arguments.length; i++) add(e, arguments[i]);
    return e;
  }
  function add(parent, child) {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { add(parent, c); }); return; }
    if (typeof child === 'object' && child.nodeType) { parent.appendChild(child); return; }
    parent.appendChild(document.createTextNode(shown(child)));
  }
  function t(tag, text, cls) { return el(tag, { class: cls ? 't ' + cls : 't' }, text); }
  function badge(decision) { return el('span', { class: 'badge b-' + decision }, decision); }
  function ms(n) { return (typeof n === 'number' ? Math.round(n) : 0) + ' ms'; }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  var root = document.getElementById('app');
  var data;
  try {
    data = JSON.parse(document.getElementById('maestro-data').textContent);
  } catch (e) {
    root.replaceChildren(el('p', { class: 'error' }, 'The embedded run data could not be read: ' + (e && e.message)));
    return;
  }
  var v = data.verdict;
  document.title = 'Maestro Gate: ' + v.decision + (v.sealed ? ' (sealed)' : '') + ' \u2014 decision cards';

  function asksList(asks) {
    return el('ul', null, asks.map(function (a) {
      return el('li', null, t('strong', a.gate), ': ' + plural(a.required, 'approval', 'approvals'),
        a.groups.length ? [' from ', t('span', a.groups.join(', '))] : ' from anyone allowed to approve');
    }));
  }
  function approvals() {
    var box = el('div', { class: 'approvals', id: 'approvals' }, el('h2', null, 'Approvals needed'));
    if (v.decision === 'PAUSE_FOR_HITL') {
      box.appendChild(el('p', null, el('strong', null, plural(v.required_approvals, 'approval', 'approvals')),
        v.approver_groups.length ? [' from ', t('span', v.approver_groups.join(', '))] : '',
        ', by an approving review or a ', el('code', null, '/approve <reason>'), ' comment on the current head commit.'));
      box.appendChild(asksList(v.asks));
    } else if (v.decision === 'STOPPED') {
      box.appendChild(el('p', null, el('strong', null, 'None can lift this verdict. '),
        v.sealed ? 'The stop is sealed: only a new commit that removes the cause changes it.' : 'Approvals do not override a stop: a new commit that removes the cause does.'));
      if (v.asks.length) {
        box.appendChild(el('p', null, 'Once the stops are resolved, these gates still ask for approval:'));
        box.appendChild(asksList(v.asks));
      }
    } else {
      box.appendChild(el('p', null, 'None: every gate lets this change through.'));
    }
    return box;
  }

  function header() {
    var r = data.run;
    return el('header', { class: 'verdict d-' + v.decision },
      el('div', { class: 'wrap' },
        el('p', { class: 'eyebrow' }, 'Maestro Gate ', t('span', data.tool.version), ' \u00B7 run ', t('code', r.run_id),
          ' \u00B7 started ', t('span', r.started_at), r.head_sha && r.head_sha !== 'unknown' ? [' \u00B7 head ', t('code', r.head_sha)] : ''),
        el('h1', { id: 'verdict-title' }, 'Verdict ', badge(v.decision), v.sealed ? el('span', { class: 'badge b-sealed' }, 'sealed') : ''),
        el('p', { class: 'headline' }, t('span', v.headline)),
        el('p', null, 'Reasons: ', v.reason_codes.map(function (c, i) { return [i ? ', ' : '', t('code', c)]; })),
        approvals()));
  }

  function gateTable() {
    return el('section', { class: 'panel', 'aria-labelledby': 'gates-h' },
      el('h2', { id: 'gates-h' }, 'Gates'),
      el('div', { class: 'scroll' }, el('table', { id: 'gates', class: 'stack' },
        el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Gate'), el('th', { scope: 'col' }, 'Decision'),
          el('th', { scope: 'col' }, 'Reason'), el('th', { scope: 'col', class: 'num' }, 'Findings'), el('th', { scope: 'col', class: 'num' }, 'Duration'))),
        el('tbody', null, data.gates.map(function (g) {
          return el('tr', null, el('th', { scope: 'row' }, t('span', g.gate)), el('td', null, badge(g.decision), g.sealed ? ' sealed' : ''),
            el('td', null, t('code', g.reason_code), g.reused ? ' (reused)' : '', g.summary ? el('div', { class: 't' }, g.summary) : ''),
            el('td', { class: 'num', 'data-label': 'Findings' }, String(g.findings)), el('td', { class: 'num', 'data-label': 'Duration' }, ms(g.duration_ms)));
        })))));
  }

  function fieldTable(fields, caption) {
    return el('div', { class: 'scroll' }, el('table', { class: 'fields' }, caption ? el('caption', { class: 't' }, caption) : '',
      el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Field'), el('th', { scope: 'col' }, 'Value'))),
      el('tbody', null, fields.map(function (f) {
        return el('tr', null, el('th', { scope: 'row' }, t('code', f.key)), el('td', null, t('code', f.value, 'pre')));
      }))));
  }

  function counterexample(cx) {
    var at = cx.location ? [' at ', t('code', cx.location, 'where')] : '';
    if (cx.view === 'states') {
      return el('div', { class: 'cx cx-states' },
        el('h4', null, 'Counterexample: ' + plural(cx.rows.length, 'state', 'states'), at),
        el('p', { class: 'legend' }, el('span', { class: 'swatch' }, 'marked \u25B2'), ' = the variable changed from the state before.'),
        el('div', { class: 'scroll' }, el('table', { class: 'states' },
          el('thead', null, el('tr', null, el('th', { scope: 'col', class: 'num' }, 'Step'), el('th', { scope: 'col' }, 'Action'),
            cx.variables.map(function (name) { return el('th', { scope: 'col' }, t('code', name)); }))),
          el('tbody', null, cx.rows.map(function (row) {
            return el('tr', null, el('td', { class: 'num' }, String(row.step)),
              el('td', null, t('code', row.action), row.note ? el('div', { class: 't' }, row.note) : ''),
              row.cells.map(function (c) {
                return el('td', c.changed ? { class: 'changed', title: 'changed from the state before' } : null,
                  t('code', c.value));
              }));
          })))));
    }
    if (cx.view === 'record') {
      return el('div', { class: 'cx cx-record' },
        el('h4', null, 'Offending trace record', at), fieldTable(cx.fields));
    }
    return el('div', { class: 'cx cx-steps' },
      el('h4', null, 'Counterexample (', t('span', cx.kind), ')', at),
      cx.steps.map(function (s, i) { return fieldTable(s, cx.steps.length > 1 ? 'Step ' + (i + 1) : ''); }));
  }

  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = shown(text);
    return e;
  }
  function fmt(x) { return (Math.abs(x) >= 100 ? x.toFixed(1) : x.toFixed(4)); }
  function plot(title, rows, marks) {
    var values = [];
    rows.forEach(function (r) { values.push(r.i.lower, r.i.upper, r.i.estimate); });
    marks.forEach(function (m) { values.push(m.x); });
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    if (!(hi > lo)) { lo -= 1; hi += 1; }
    var pad = (hi - lo) * 0.08; lo -= pad; hi += pad;
    var W = 560, L = 120, R = 16, rowH = 18, top = 22, H = top + rows.length * rowH + 34;
    function x(val) { return L + (val - lo) / (hi - lo) * (W - L - R); }
    var s = svg('svg', { class: 'plot', viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': title });
    s.appendChild(svg('title', {}, title));
    s.appendChild(svg('text', { x: 0, y: 12, class: 'chosen' }, title));
    var bottom = top + rows.length * rowH;
    s.appendChild(svg('line', { x1: L, x2: W - R, y1: bottom + 4, y2: bottom + 4, class: 'axis' }));
    s.appendChild(svg('text', { x: L, y: bottom + 18, 'text-anchor': 'start' }, fmt(lo)));
    s.appendChild(svg('text', { x: W - R, y: bottom + 18, 'text-anchor': 'end' }, fmt(hi)));
    marks.forEach(function (m) {
      s.appendChild(svg('line', { x1: x(m.x), x2: x(m.x), y1: top - 4, y2: bottom + 4, class: m.cls }));
      s.appendChild(svg('text', { x: x(m.x), y: bottom + 30, 'text-anchor': 'middle' }, m.label));
    });
    rows.forEach(function (r, k) {
      var y = top + k * rowH + rowH / 2;
      s.appendChild(svg('text', { x: 0, y: y + 4, class: r.chosen ? 'chosen' : '' }, r.label));
      s.appendChild(svg('line', { x1: x(r.i.lower), x2: x(r.i.upper), y1: y, y2: y, class: 'i-' + r.kind }));
      s.appendChild(svg('circle', { cx: x(r.i.estimate), cy: y, r: 4, class: 'p-' + r.kind }));
      if (r.bound !== undefined) s.appendChild(svg('path', { d: 'M' + x(r.bound) + ' ' + (y - 7) + 'l-4 -6h8z', class: 'bound' }));
    });
    return s;
  }
  function estimates(sets) {
    return el('div', { class: 'estimates' }, el('h3', null, 'Estimates'), sets.map(function (set) {
      var value = [], diff = [];
      set.estimators.forEach(function (e) {
        var name = e.name.toUpperCase() + (e.chosen ? ' (gate)' : '');
        if (e.baseline) value.push({ label: name + ' baseline', i: e.baseline, kind: 'baseline', chosen: e.chosen });
        if (e.candidate) value.push({ label: name + ' candidate', i: e.candidate, kind: 'candidate', chosen: e.chosen });
        if (e.difference) diff.push({ label: name, i: e.difference, kind: 'difference', chosen: e.chosen,
          bound: e.chosen ? set.lower_bound : undefined });
      });
      var marks = [{ x: 0, label: '0', cls: 'zero' }];
      if (typeof set.epsilon === 'number') marks.push({ x: -set.epsilon, label: '\u2212\u03B5', cls: 'eps' });
      var rows = [];
      set.estimators.forEach(function (e) {
        ['baseline', 'candidate', 'difference'].forEach(function (k) {
          if (e[k]) rows.push(el('tr', null, el('th', { scope: 'row' }, e.name.toUpperCase() + ' ' + k),
            el('td', { class: 'num' }, fmt(e[k].estimate)), el('td', { class: 'num' }, fmt(e[k].lower)), el('td', { class: 'num' }, fmt(e[k].upper))));
        });
      });
      return el('div', { class: 'estimate-set' },
        el('p', null, set.policy ? t('code', set.policy) : 'The candidate policy', set.data ? [' on ', t('code', set.data)] : '',
          typeof set.rows_used === 'number' ? ' (' + set.rows_used.toLocaleString('en') + ' rows)' : '',
          typeof set.lower_bound === 'number' ? '; gate rule: lower bound ' + fmt(set.lower_bound) + (typeof set.epsilon === 'number' ? ' vs \u2212\u03B5 = ' + fmt(-set.epsilon) : '') : '',
          set.passed === true ? ' \u2014 passed.' : set.passed === false ? ' \u2014 not passed.' : ''),
        value.length ? plot('Estimated reward (interval and estimate)', value, []) : '',
        diff.length ? plot('Difference candidate \u2212 baseline (\u25BC the gate rule\u2019s lower bound)', diff, marks) : '',
        el('details', { class: 'numbers' }, el('summary', null, 'The numbers'),
          el('div', { class: 'scroll' }, el('table', null,
            el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Estimate'), el('th', { scope: 'col', class: 'num' }, 'Value'),
              el('th', { scope: 'col', class: 'num' }, 'Lower'), el('th', { scope: 'col', class: 'num' }, 'Upper'))),
            el('tbody', null, rows)))));
    }));
  }

  // A message that spells the counterexample out line by line shows its first line; the rest
  // stays one click away (the table below shows the same states).
  function message(f) {
    var lines = f.message.split('\n');
    if (!f.counterexample || f.counterexample.view !== 'states' || lines.length < 2) return el('div', { class: 't pre' }, f.message);
    return el('div', null, el('div', { class: 't pre' }, lines[0]),
      el('details', { class: 'full-message' }, el('summary', null, 'The message in full'), el('div', { class: 't pre' }, f.message)));
  }
  function finding(f) {
    return el('li', { class: 'finding' },
      el('span', { class: 'l-' + f.level }, f.level.toUpperCase()), ' ',
      f.location ? [t('code', f.location, 'where'), ' '] : '',
      f.rule ? ['[', t('span', f.rule), '] '] : '',
      message(f),
      f.counterexample ? counterexample(f.counterexample) : '');
  }

  function card(c) {
    var d = el('details', { class: 'card d-' + c.decision, id: c.id, 'data-gate': c.gate, 'data-decision': c.decision },
      el('summary', null, badge(c.decision), c.sealed && c.decision === 'STOPPED' ? el('span', { class: 'badge b-sealed' }, 'sealed') : '',
        el('span', { class: 'meta' }, t('span', c.gate)), t('span', c.title, 'title'), el('span', { class: 'meta' }, ms(c.duration_ms))),
      el('div', { class: 'body' },
        el('h3', null, 'Why'),
        c.reasons.length ? el('ul', null, c.reasons.map(function (r) { return el('li', { class: 't pre' }, r); })) : el('p', null, t('code', c.reason_code)),
        c.findings.length ? [el('h3', null, 'Findings (' + (c.findings.length + c.findings_omitted) + ')'),
          el('ol', null, c.findings.map(finding)),
          c.findings_omitted ? el('p', null, c.findings_omitted + ' more in gate-run.json.') : ''] : '',
        c.estimates.length ? estimates(c.estimates) : '',
        el('h3', null, 'What would change the outcome'),
        el('p', { class: 't' }, c.to_change),
        el('h3', null, 'Evidence'),
        el('div', { class: 'scroll' }, el('table', { class: 'evidence stack' },
          el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'What'), el('th', { scope: 'col' }, 'Digest'))),
          el('tbody', null, c.evidence.map(function (e) { return el('tr', null, el('td', { class: 't' }, e.name), el('td', null, t('code', e.digest))); }))))));
    return d;
  }

  var cards = data.cards.map(function (c, i) { return { c: c, i: i, node: el('li', null, card(c)), text: haystack(c) }; });
  function haystack(c) {
    var parts = [c.gate, c.decision, c.reason_code, c.title, c.to_change].concat(c.reasons);
    c.evidence.forEach(function (e) { parts.push(e.name, e.digest); });
    c.findings.forEach(function (f) { parts.push(f.message, f.location || '', f.rule || ''); });
    return parts.join('\n').toLowerCase();
  }

  var q = el('input', { type: 'search', id: 'filter-text', placeholder: 'message, file, rule\u2026', autocomplete: 'off' });
  var gateSel = el('select', { id: 'filter-gate' }, el('option', { value: '' }, 'all gates'),
    data.gates.map(function (g) { return el('option', { value: g.gate }, g.gate); }));
  var decSel = el('select', { id: 'filter-decision' }, el('option', { value: '' }, 'all decisions'),
    DECISIONS.map(function (d) { return el('option', { value: d }, d); }));
  var sortSel = el('select', { id: 'sort' }, el('option', { value: 'severity' }, 'severity'),
    el('option', { value: 'gate' }, 'gate'), el('option', { value: 'duration' }, 'duration'));
  var list = el('ol', { class: 'cards', id: 'cards' });
  var count = el('p', { class: 'count', id: 'count', 'aria-live': 'polite' });

  function order(a, b) {
    var key = sortSel.value;
    if (key === 'gate') return a.c.gate < b.c.gate ? -1 : a.c.gate > b.c.gate ? 1 : a.i - b.i;
    if (key === 'duration') return b.c.duration_ms - a.c.duration_ms || a.i - b.i;
    return b.c.severity - a.c.severity || a.i - b.i;
  }
  function update() {
    var needle = q.value.trim().toLowerCase();
    var shownCards = cards.filter(function (x) {
      return (!gateSel.value || x.c.gate === gateSel.value) && (!decSel.value || x.c.decision === decSel.value) &&
        (!needle || x.text.indexOf(needle) >= 0);
    }).sort(order);
    list.replaceChildren.apply(list, shownCards.map(function (x) { return x.node; }));
    count.textContent = 'Showing ' + shownCards.length + ' of ' + plural(cards.length, 'card', 'cards') +
      (shownCards.length ? '.' : ': none matches the filters.');
  }
  [q, gateSel, decSel, sortSel].forEach(function (c) { c.addEventListener('input', update); c.addEventListener('change', update); });

  function setAll(open) { cards.forEach(function (x) { x.node.firstChild.open = open; }); }
  var expand = el('button', { type: 'button', id: 'expand-all' }, 'Open all');
  var collapse = el('button', { type: 'button', id: 'collapse-all' }, 'Close all');
  var reset = el('button', { type: 'button', id: 'reset' }, 'Clear filters');
  expand.addEventListener('click', function () { setAll(true); });
  collapse.addEventListener('click', function () { setAll(false); });
  reset.addEventListener('click', function () { q.value = ''; gateSel.value = ''; decSel.value = ''; update(); q.focus(); });

  function filesPanel() {
    var s = data.signing;
    return el('section', { class: 'panel', 'aria-labelledby': 'files-h' }, el('h2', { id: 'files-h' }, 'Evidence files'),
      s ? el('p', null, s.mode === 'none' ? ['Unsigned: ', t('span', s.reason || 'no signing')] : ['Signed (' + s.mode + '). Check it with ', el('code', null, 'maestro-gate verify'), '; this page is one of the signed files.']) : '',
      data.files.length ? el('div', { class: 'scroll' }, el('table', { id: 'files', class: 'stack' },
        el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'File'), el('th', { scope: 'col' }, 'SHA-256'))),
        el('tbody', null, data.files.map(function (f) { return el('tr', null, el('td', null, t('code', f.name)), el('td', null, t('code', f.sha256))); }))))
        : el('p', null, 'This page was rendered outside an evidence bundle.'));
  }

  root.replaceChildren(header(), el('main', { class: 'wrap' },
    gateTable(),
    el('section', { class: 'panel', 'aria-labelledby': 'cards-h' },
      el('h2', { id: 'cards-h' }, 'Decision cards'),
      el('div', { class: 'controls', role: 'search' },
        el('label', null, 'Search', q), el('label', null, 'Gate', gateSel), el('label', null, 'Decision', decSel), el('label', null, 'Sort by', sortSel)),
      el('div', { class: 'toolbar' }, expand, collapse, reset),
      count, list),
    filesPanel(),
    el('footer', null, 'Generated by ', t('span', data.tool.name + ' ' + data.tool.version), ' from ', t('code', data.run.config_file),
      '. Self-contained: this page loads nothing and runs no script but its own.')));
  update();
  var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
  if (target && target.tagName === 'DETAILS') { target.open = true; target.scrollIntoView(); }
})();
`;
