// The page of `parley view`: the graph of the Cytoscape.js export, laid out
// by d3's force layout (d3 3.5 from Debian's libjs-d3, inlined), with a
// search box, filters by kind, topic and stance, a date slider that replays
// the negotiation, and the evidence of whatever is clicked. Every text of
// the data goes into the page as textContent, never as markup, so a label
// holding a script tag stays text. (No tag may be written in this file: it
// is inlined into a script element.)
(function () {
  'use strict';

  const KIND_COLOURS = {
    Person: '#4e79a7', Organization: '#9c755f', Document: '#f28e2b',
    Clause: '#59a14f', Delegation: '#b07aa1', Place: '#76b7b2',
  };
  const STANCES = ['accepts', 'rejects', 'insists', 'other'];
  const RADIUS = 7;

  const graph = JSON.parse(document.getElementById('parley-graph').textContent);
  const citations =
      JSON.parse(document.getElementById('parley-citations').textContent);
  const nodes = graph.elements.nodes.map((element) => element.data);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const edges = graph.elements.edges
      .filter((e) => byId.has(e.data.source) && byId.has(e.data.target))
      .map((element) => Object.assign({}, element.data, {
        source: byId.get(element.data.source),
        target: byId.get(element.data.target),
        stanceClass: stanceOf(element),
      }));

  function stanceOf(element) {
    if (element.data.kind !== 'STANCE') return '';
    const word = (element.classes || '').split(' ')[1] || '';
    return STANCES.includes(word) ? word : 'other';
  }

  function topicsOf(node) {
    const topics = node.props && node.props.topics;
    return Array.isArray(topics) ? topics.map(String) : [];
  }

  // ------------------------------------------------------------- controls
  const search = document.getElementById('search');
  const topicSelect = document.getElementById('topic');
  const slider = document.getElementById('date');
  const dateLabel = document.getElementById('date-label');
  const kinds = [...new Set(nodes.map((n) => n.kind))].sort();
  const shownKinds = new Set(kinds);
  const shownStances = new Set(STANCES);

  function checkbox(parent, name, checked, onChange) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = checked;
    box.value = name;
    box.addEventListener('change', () => onChange(box.checked));
    label.appendChild(box);
    label.appendChild(document.createTextNode(name));
    parent.appendChild(label);
  }
  const kindSet = document.getElementById('kinds');
  kinds.forEach((kind) => checkbox(kindSet, kind, true, (on) => {
    if (on) shownKinds.add(kind); else shownKinds.delete(kind);
    update();
  }));
  const stanceSet = document.getElementById('stances');
  STANCES.forEach((stance) => checkbox(stanceSet, stance, true, (on) => {
    if (on) shownStances.add(stance); else shownStances.delete(stance);
    update();
  }));
  [...new Set(nodes.flatMap(topicsOf))].sort().forEach((topic) => {
    const option = document.createElement('option');
    option.value = topic;
    option.textContent = topic;
    topicSelect.appendChild(option);
  });
  const legend = document.getElementById('legend');
  kinds.forEach((kind) => {
    const dot = document.createElement('span');
    dot.style.background = KIND_COLOURS[kind] || '#bbb';
    legend.appendChild(dot);
    legend.appendChild(document.createTextNode(kind));
  });

  // The dates the slider steps through: every first date, in order; its
  // last position shows everything, undated facts included.
  const dates = [...new Set(nodes.concat(edges).map((x) => x.first_date)
                                .filter(Boolean))].sort();
  slider.max = String(dates.length);
  slider.value = String(dates.length);

  // --------------------------------------------------------------- drawing
  const svg = d3.select('#graph');
  const box = document.getElementById('graph').getBoundingClientRect();
  const width = Math.max(box.width, 400), height = Math.max(box.height, 300);
  const zoomed = svg.append('g');
  const zoom = d3.behavior.zoom().scaleExtent([0.05, 8]);
  const place = (translate, scale) => zoomed.attr(
      'transform', 'translate(' + translate + ')scale(' + scale + ')');
  svg.call(zoom.on('zoom', () => place(d3.event.translate, d3.event.scale)));
  const edgeLines = zoomed.append('g').selectAll('line').data(edges).enter()
      .append('line')
      .attr('class', (e) => 'edge ' + e.kind + ' ' + e.stanceClass)
      .attr('data-id', (e) => e.id)
      .on('click', (e) => select(e, false));
  const nodeGroups = zoomed.append('g').selectAll('g').data(nodes).enter()
      .append('g')
      .attr('class', (n) => 'node ' + n.kind)
      .attr('data-id', (n) => n.id)
      .on('click', (n) => select(n, true));
  nodeGroups.append('circle').attr('r', RADIUS)
      .style('fill', (n) => KIND_COLOURS[n.kind] || '#bbb');
  nodeGroups.append('title').text((n) => n.label);
  nodeGroups.append('text').attr('dx', RADIUS + 3).attr('dy', 4)
      .text((n) => shortLabel(n.label));

  function shortLabel(label) {
    const text = String(label || '');
    return text.length > 40 ? text.slice(0, 39) + '\u2026' : text;
  }

  // The layout is computed before the page is shown, the same on every
  // load: d3 3.5 places nodes deterministically before the first tick.
  const force = d3.layout.force().nodes(nodes).links(edges).size([width, height])
      .charge(-400).linkDistance(80).gravity(0.06);
  force.start();
  for (let i = 0; i < 300; ++i) force.tick();
  force.stop();
  nodeGroups.attr('transform', (n) => 'translate(' + n.x + ',' + n.y + ')');
  edgeLines.attr('x1', (e) => e.source.x).attr('y1', (e) => e.source.y)
      .attr('x2', (e) => e.target.x).attr('y2', (e) => e.target.y);

  // The whole drawing in view at first, labels included (about 200 px to
  // the right of a node); never larger than life.
  if (nodes.length > 0) {
    const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
    const left = Math.min(...xs) - 20, right = Math.max(...xs) + 200;
    const top = Math.min(...ys) - 20, bottom = Math.max(...ys) + 20;
    const scale = Math.min(1, width / (right - left), height / (bottom - top));
    const translate = [(width - (right - left) * scale) / 2 - left * scale,
                       (height - (bottom - top) * scale) / 2 - top * scale];
    zoom.translate(translate).scale(scale);
    place(translate, scale);
  }

  // ------------------------------------------------------------- filtering
  function visible(node, upTo) {
    if (!shownKinds.has(node.kind)) return false;
    const topic = topicSelect.value;
    if (topic && node.kind === 'Clause' && !topicsOf(node).includes(topic)) {
      return false;
    }
    return !upTo || !node.first_date || node.first_date <= upTo;
  }

  function update() {
    const step = Number(slider.value);
    const upTo = step < dates.length ? dates[step] : '';
    dateLabel.textContent = upTo || 'all dates';
    const query = search.value.trim().toLowerCase();
    // A name, a codename or a spelling the node is known by, or its id.
    const matches = (n) => !query ||
        [n.label, n.id].concat(n.aliases || [])
            .some((name) => String(name).toLowerCase().includes(query));
    nodeGroups.style('display', (n) => visible(n, upTo) ? null : 'none')
        .classed('faded', (n) => !matches(n));
    edgeLines.style('display', (e) => {
      const on = visible(e.source, upTo) && visible(e.target, upTo) &&
          (!e.stanceClass || shownStances.has(e.stanceClass)) &&
          (!upTo || !e.first_date || e.first_date <= upTo);
      return on ? null : 'none';
    }).classed('faded', (e) => !!query && !(matches(e.source) && matches(e.target)));
  }
  search.addEventListener('input', update);
  topicSelect.addEventListener('change', update);
  slider.addEventListener('input', update);

  let playing = null;
  document.getElementById('play').addEventListener('click', () => {
    if (playing) { clearInterval(playing); playing = null; return; }
    slider.value = '0';
    update();
    playing = setInterval(() => {
      if (Number(slider.value) >= dates.length) {
        clearInterval(playing);
        playing = null;
        return;
      }
      slider.value = String(Number(slider.value) + 1);
      update();
    }, 700);
  });

  // -------------------------------------------------------------- evidence
  const panel = document.getElementById('evidence');

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (className) e.className = className;
    return e;
  }

  function select(item, isNode) {
    nodeGroups.classed('selected', (n) => isNode && n === item);
    edgeLines.classed('selected', (e) => !isNode && e === item);
    panel.replaceChildren();
    const title = isNode ? item.label
        : item.source.label + ' \u2192 ' + item.kind + ' \u2192 ' + item.target.label;
    panel.appendChild(element('h2', title));
    const meta = [isNode ? item.kind : item.kind + (item.stanceClass ? ' (' + item.stanceClass + ')' : '')];
    if (item.first_date) meta.push('first evidenced ' + item.first_date);
    meta.push((item.evidence || []).length + ' quotes');
    panel.appendChild(element('p', meta.join(' \u00b7 '), 'meta'));
    for (const evidence of item.evidence || []) {
      panel.appendChild(element('blockquote', evidence.quote));
      const source = element('p', undefined, 'source');
      source.appendChild(element('span', evidence.doc + ' \u00b7 ' + evidence.lang));
      const citation = citations[evidence.doc];
      if (citation) {
        source.appendChild(document.createElement('br'));
        source.appendChild(element('span', citation, 'citation'));
      }
      panel.appendChild(source);
    }
  }

  update();
})();
