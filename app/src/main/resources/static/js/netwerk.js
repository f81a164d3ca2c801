/*
 * The network explorer of /netwerk. Everything it shows comes from the API (/api/v1/network/...), called
 * same-origin with the browser's session and the purpose the user declared (X-Doel), so the drawing holds
 * exactly what the API gives this user under this purpose. Texts are built with textContent, never HTML.
 */
(function () {
  'use strict';
  var root = document.getElementById('verkenner');
  listSavedSelections();
  if (!root) {
    return;
  }
  var purpose = root.dataset.doel;
  var csrfHeader = root.dataset.csrfHeader;
  var csrfToken = root.dataset.csrfToken;
  var params = new URLSearchParams(window.location.search);
  var state = {
    start: root.dataset.entiteit,
    hops: params.get('stappen') || '1',
    expanded: (params.get('uitgebreid') || '').split(',').filter(Boolean),
    schemata: (params.get('soorten') || '').split(',').filter(Boolean),
    partners: (params.get('partners') || '').split(',').filter(Boolean),
    derived: params.get('afgeleid'),
    from: params.get('van') || '',
    to: params.get('tot') || ''
  };
  var whole = state.start === '*';
  var view = null;
  var cy = null;
  var status = document.getElementById('status');
  // Okabe–Ito and Tableau colours: distinguishable, also for most colour-blind readers.
  var PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#4e79a7',
    '#59a14f', '#af7aa1', '#9c755f', '#76b7b2'];
  var SCHEMA = {Person: 'persoon', Company: 'bedrijf', Organization: 'organisatie', LegalEntity: 'rechtspersoon',
    PublicBody: 'overheidsorgaan'};

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = text;
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  function dutchSchema(s) {
    return SCHEMA[s] || s;
  }

  function api(path, query, options) {
    var url = '/api/v1/' + path + (query ? '?' + query.toString() : '');
    var init = Object.assign({credentials: 'same-origin', headers: {'X-Doel': purpose, 'Accept': 'application/json'}},
      options || {});
    if (options && options.body) {
      init.headers['Content-Type'] = 'application/json';
      init.headers[csrfHeader] = csrfToken;
    }
    return fetch(url, init).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (!response.ok) {
        if (type.indexOf('json') >= 0) {
          return response.json().then(function (p) {
            throw new Error(p.detail || p.title || ('fout ' + response.status));
          });
        }
        throw new Error('fout ' + response.status);
      }
      return type.indexOf('json') >= 0 ? response.json() : response.blob();
    });
  }

  function viewQuery() {
    var q = new URLSearchParams();
    if (!whole) {
      q.set('around', state.start);
      q.set('hops', state.hops);
      if (state.expanded.length) {
        q.set('expanded', state.expanded.join(','));
      }
    }
    if (state.schemata.length) {
      q.set('schemata', state.schemata.join(','));
    }
    if (state.partners.length) {
      q.set('partners', state.partners.join(','));
    }
    if (state.derived !== null && state.derived !== undefined) {
      q.set('derived', state.derived === '' ? 'none' : state.derived);
    }
    if (state.from) {
      q.set('from', state.from);
    }
    if (state.to) {
      q.set('to', state.to);
    }
    return q;
  }

  /** The page's own address for this state: bookmarkable, and what "Selectie bewaren" keeps. */
  function pageUrl() {
    var q = new URLSearchParams();
    q.set('entiteit', state.start);
    q.set('stappen', state.hops);
    if (state.expanded.length) {
      q.set('uitgebreid', state.expanded.join(','));
    }
    if (state.schemata.length) {
      q.set('soorten', state.schemata.join(','));
    }
    if (state.partners.length) {
      q.set('partners', state.partners.join(','));
    }
    if (state.derived !== null && state.derived !== undefined) {
      q.set('afgeleid', state.derived);
    }
    if (state.from) {
      q.set('van', state.from);
    }
    if (state.to) {
      q.set('tot', state.to);
    }
    return '/netwerk?' + q.toString();
  }

  function fillForm() {
    document.getElementById('hops').value = state.hops;
    document.getElementById('hops').disabled = whole;
    document.getElementById('van').value = state.from;
    document.getElementById('tot').value = state.to;
    Array.prototype.forEach.call(document.getElementById('schemata').options, function (o) {
      o.selected = state.schemata.indexOf(o.value) >= 0;
    });
    Array.prototype.forEach.call(document.getElementById('partners').options, function (o) {
      o.selected = state.partners.indexOf(o.value) >= 0;
    });
    if (state.derived !== null && state.derived !== undefined) {
      var kinds = state.derived.split(',');
      Array.prototype.forEach.call(document.getElementById('derived').options, function (o) {
        o.selected = kinds.indexOf(o.value) >= 0;
      });
    }
  }

  function selected(id) {
    return Array.prototype.filter.call(document.getElementById(id).options, function (o) {
      return o.selected;
    }).map(function (o) {
      return o.value;
    });
  }

  document.getElementById('filters').addEventListener('submit', function (event) {
    event.preventDefault();
    state.hops = document.getElementById('hops').value;
    state.from = document.getElementById('van').value;
    state.to = document.getElementById('tot').value;
    state.schemata = selected('schemata');
    state.partners = selected('partners');
    var derived = selected('derived');
    state.derived = derived.length === document.getElementById('derived').options.length ? null : derived.join(',');
    load();
  });

  function load() {
    status.textContent = 'Netwerk wordt geladen …';
    delete document.getElementById('graaf').dataset.renderMs;
    history.replaceState(null, '', pageUrl());
    var q = viewQuery();
    q.set('measures', 'true');
    q.set('maxEdges', '20000');
    var asked = performance.now();
    api('network/view', q).then(function (doc) {
      var received = performance.now();
      view = doc;
      draw(doc, function (drawMs) {
        var text = doc.nodeCount + ' partijen, ' + doc.edgeCount + ' verbanden; opgehaald in '
          + Math.round(received - asked) + ' ms, getekend in ' + Math.round(drawMs) + ' ms.';
        if (doc.notes && doc.notes.length) {
          text += ' ' + doc.notes.join(' ');
        }
        status.textContent = text;
        document.getElementById('graaf').dataset.renderMs = String(Math.round(drawMs));
        document.getElementById('graaf').dataset.nodes = String(doc.nodeCount);
      });
      table(doc);
      pathChoices(doc);
    }).catch(function (e) {
      status.textContent = 'Het netwerk kon niet worden geladen: ' + e.message;
    });
  }

  function measuresById(doc) {
    var m = {};
    (doc.measures || []).forEach(function (x) {
      m[x.id] = x;
    });
    return m;
  }

  function draw(doc, done) {
    var started = performance.now();
    var m = measuresById(doc);
    var maxB = 0;
    doc.measures.forEach(function (x) {
      maxB = Math.max(maxB, x.betweenness);
    });
    var elements = [];
    doc.nodes.forEach(function (n) {
      var measure = m[n.id] || {community: 0, betweenness: 0};
      elements.push({group: 'nodes', data: {
        id: n.id, label: n.caption, schema: n.schema, community: measure.community,
        colour: PALETTE[measure.community % PALETTE.length],
        size: 14 + (maxB > 0 ? 36 * measure.betweenness / maxB : 0)
      }, classes: (n.id === state.start ? 'start' : '') + (n.roles && n.roles.length ? ' facilitator-rol' : '')});
    });
    doc.edges.forEach(function (e, i) {
      elements.push({group: 'edges', data: {id: 'e' + i, source: e.source, target: e.target, index: i,
        width: Math.min(6, 1 + e.weight)}});
    });
    if (cy) {
      cy.destroy();
    }
    // Beyond a few dozen parties a force layout costs seconds; beyond a few hundred, labels do: they show on the
    // selected party and in the table instead.
    var large = doc.nodeCount > 300;
    var forced = doc.nodeCount <= 80;
    cy = cytoscape({
      container: document.getElementById('graaf'),
      elements: elements,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      wheelSensitivity: 0.3,
      style: [
        {selector: 'node', style: {'background-color': 'data(colour)', 'width': 'data(size)', 'height': 'data(size)',
          'label': large ? '' : 'data(label)', 'font-size': 10, 'min-zoomed-font-size': 8, 'text-valign': 'bottom',
          'text-margin-y': 2, 'color': '#1a1a1a', 'border-width': 1, 'border-color': '#ffffff'}},
        {selector: 'edge', style: {'width': 'data(width)', 'line-color': '#9a9a9a', 'curve-style': 'haystack'}},
        {selector: 'node.start', style: {'border-width': 4, 'border-color': '#1a1a1a'}},
        {selector: 'node.sleutelspeler', style: {'shape': 'star', 'border-width': 3, 'border-color': '#b00020'}},
        {selector: 'node.kpp', style: {'shape': 'diamond', 'border-width': 3, 'border-color': '#6a0dad'}},
        {selector: 'node.facilitator', style: {'shape': 'round-rectangle', 'border-width': 3, 'border-color': '#005a32'}},
        {selector: '.pad', style: {'line-color': '#b00020', 'width': 5, 'border-color': '#b00020', 'border-width': 4,
          'z-index': 10}},
        {selector: 'node:selected', style: {'border-width': 5, 'border-color': '#ffb612', 'label': 'data(label)'}}
      ],
      layout: {name: 'preset'}
    });
    var layout = cy.layout(!forced
      ? {name: 'concentric', concentric: function (n) { return n.data('size'); }, levelWidth: function () { return 6; },
        animate: false, minNodeSpacing: 4}
      : {name: 'cose', animate: false, randomize: true, numIter: 300, nodeRepulsion: function () { return 8000; }});
    layout.one('layoutstop', function () {
      cy.fit(undefined, 20);
      cy.one('render', function () {
        done(performance.now() - started);
      });
      cy.forceRender ? cy.forceRender() : null;
    });
    layout.run();
    cy.on('tap', 'node', function (event) {
      details(event.target.id());
    });
    cy.on('tap', 'edge', function (event) {
      edgeDetails(event.target.data('index'));
    });
  }

  function nodeById(id) {
    for (var i = 0; i < view.nodes.length; i++) {
      if (view.nodes[i].id === id) {
        return view.nodes[i];
      }
    }
    return null;
  }

  function evidenceList(evidence) {
    var ul = el('ul', null, 'evidence');
    evidence.forEach(function (ev) {
      ul.appendChild(el('li', ev.kind + ': ' + ev.description + ' — ' + ev.partner + ', ' + ev.dataset + ', grondslag '
        + ev.regime + ', betrouwbaarheid ' + ev.reliability + (ev.date ? ', ' + ev.date : '')));
    });
    return ul;
  }

  var keyInfo = {};

  function details(id) {
    var n = nodeById(id);
    if (!n) {
      return;
    }
    var m = measuresById(view)[id] || {community: 0, betweenness: 0};
    var box = clear(document.getElementById('details'));
    box.appendChild(el('h2', n.caption));
    box.appendChild(el('p', dutchSchema(n.schema) + ' · gemeenschap ' + m.community + ' · betweenness '
      + m.betweenness.toFixed(4) + ' · ' + n.members.length + (n.members.length === 1 ? ' record' : ' records')));
    (keyInfo[id] || []).forEach(function (text) {
      box.appendChild(el('p', text, 'uitleg'));
    });
    if (n.roleReasons && n.roleReasons.length) {
      box.appendChild(el('p', 'Mogelijke facilitator door beroep of rol: ' + n.roleReasons.join('; '), 'uitleg'));
    }
    var profile = el('a', 'Profiel openen');
    profile.href = '/entiteiten/' + encodeURIComponent(n.members[0] || n.id);
    box.appendChild(profile);
    var actions = el('div', null, 'actions');
    var expand = el('button', 'Buren toevoegen (één stap)');
    expand.type = 'button';
    expand.addEventListener('click', function () {
      expandNode(id);
    });
    actions.appendChild(expand);
    var from = el('button', 'Pad vanaf hier');
    from.type = 'button';
    from.addEventListener('click', function () {
      document.getElementById('pad-van').value = id;
    });
    var to = el('button', 'Pad naar hier');
    to.type = 'button';
    to.addEventListener('click', function () {
      document.getElementById('pad-naar').value = id;
    });
    actions.appendChild(from);
    actions.appendChild(to);
    box.appendChild(actions);
    if (cy) {
      cy.$(':selected').unselect();
      cy.getElementById(id).select();
    }
  }

  function edgeDetails(index) {
    var e = view.edges[index];
    var box = clear(document.getElementById('details'));
    var a = nodeById(e.source);
    var b = nodeById(e.target);
    box.appendChild(el('h2', (a ? a.caption : e.source) + ' — ' + (b ? b.caption : e.target)));
    box.appendChild(el('p', 'Bewijs van dit verband:'));
    box.appendChild(evidenceList(e.evidence));
  }

  function expandNode(id) {
    if (whole) {
      return;
    }
    if (state.expanded.indexOf(id) < 0 && id !== state.start) {
      state.expanded.push(id);
    }
    load();
  }

  function table(doc) {
    var m = measuresById(doc);
    var body = clear(document.querySelector('#partijen tbody'));
    var nodes = doc.nodes.slice().sort(function (x, y) {
      return (m[y.id] ? m[y.id].betweenness : 0) - (m[x.id] ? m[x.id].betweenness : 0);
    });
    nodes.slice(0, 200).forEach(function (n) {
      var tr = document.createElement('tr');
      var name = el('th', null);
      name.scope = 'row';
      var button = el('button', n.caption, 'link');
      button.type = 'button';
      button.addEventListener('click', function () {
        details(n.id);
        document.getElementById('details').focus();
      });
      name.appendChild(button);
      tr.appendChild(name);
      tr.appendChild(el('td', dutchSchema(n.schema)));
      tr.appendChild(el('td', m[n.id] ? String(m[n.id].community) : ''));
      tr.appendChild(el('td', m[n.id] ? m[n.id].betweenness.toFixed(4) : ''));
      var act = el('td');
      if (!whole) {
        var expand = el('button', 'Uitbreiden');
        expand.type = 'button';
        expand.setAttribute('aria-label', 'Buren van ' + n.caption + ' toevoegen');
        expand.addEventListener('click', function () {
          expandNode(n.id);
        });
        act.appendChild(expand);
      }
      tr.appendChild(act);
      body.appendChild(tr);
    });
    if (nodes.length > 200) {
      var more = document.createElement('tr');
      var cell = el('td', 'en ' + (nodes.length - 200) + ' partijen meer (zie de tekening)');
      cell.colSpan = 5;
      more.appendChild(cell);
      body.appendChild(more);
    }
  }

  function pathChoices(doc) {
    ['pad-van', 'pad-naar'].forEach(function (id, i) {
      var select = clear(document.getElementById(id));
      doc.nodes.slice().sort(function (x, y) {
        return x.caption.localeCompare(y.caption, 'nl');
      }).forEach(function (n) {
        var o = el('option', n.caption + ' (' + dutchSchema(n.schema) + ')');
        o.value = n.id;
        select.appendChild(o);
      });
      if (i === 0 && nodeById(state.start)) {
        select.value = state.start;
      }
    });
  }

  document.getElementById('pad').addEventListener('submit', function (event) {
    event.preventDefault();
    var out = clear(document.getElementById('pad-inhoud'));
    var q = viewQuery();
    q.set('source', document.getElementById('pad-van').value);
    q.set('target', document.getElementById('pad-naar').value);
    q.set('maxHops', '6');
    q.set('limit', '5');
    out.appendChild(el('p', 'Paden worden gezocht …'));
    api('network/paths', q).then(function (doc) {
      clear(out);
      cy.elements().removeClass('pad');
      if (!doc.paths.length) {
        out.appendChild(el('p', 'Geen pad van ten hoogste ' + doc.maxHops + ' stappen in deze weergave.'));
        return;
      }
      var shortest = doc.paths[0];
      out.appendChild(el('p', 'Kortste pad: ' + shortest.length + (shortest.length === 1 ? ' stap' : ' stappen')
        + (doc.paths.length > 1 ? ' (' + doc.paths.length + ' paden gevonden, kortste eerst)' : '') + '.'));
      var ol = el('ol', null, 'pad');
      shortest.forEach(function (hop) {
        var li = el('li', hop.fromCaption + ' → ' + hop.toCaption);
        li.appendChild(evidenceList(hop.evidence));
        ol.appendChild(li);
        cy.getElementById(hop.from).addClass('pad');
        cy.getElementById(hop.to).addClass('pad');
        cy.edges().filter(function (e) {
          return (e.data('source') === hop.from && e.data('target') === hop.to)
            || (e.data('source') === hop.to && e.data('target') === hop.from);
        }).addClass('pad');
      });
      out.appendChild(ol);
      (doc.notes || []).forEach(function (n) {
        out.appendChild(el('p', n, 'hint'));
      });
    }).catch(function (e) {
      clear(out).appendChild(el('p', 'Geen pad: ' + e.message));
    });
  });

  document.getElementById('sleutelspelers').addEventListener('click', function () {
    var out = clear(document.getElementById('sleutel-inhoud'));
    document.getElementById('sleutel').hidden = false;
    out.appendChild(el('p', 'Sleutelspelers worden berekend …'));
    var q = viewQuery();
    q.set('top', '10');
    q.set('k', '3');
    api('network/key-players', q).then(function (r) {
      clear(out);
      keyInfo = {};
      cy.nodes().removeClass('sleutelspeler kpp facilitator');
      function note(id, text) {
        (keyInfo[id] = keyInfo[id] || []).push(text);
      }
      out.appendChild(el('p', r.nodes + ' partijen, ' + r.edges + ' verbanden, ' + r.components + ' componenten, '
        + r.communities + ' gemeenschappen (modulariteit ' + r.modularity.toFixed(3) + '). Betweenness: '
        + r.betweennessMethod + '.'));
      out.appendChild(el('h3', 'Sleutelspelers (ster in de tekening)'));
      out.appendChild(el('p', 'Een sleutelspeler ligt op veel kortste verbindingen tussen anderen: wie hem wegneemt, '
        + 'maakt het netwerk het moeilijkst te verbinden.', 'hint'));
      var ol = el('ol');
      r.ranked.slice(0, 5).forEach(function (n) {
        ol.appendChild(el('li', n.explanation));
        cy.getElementById(n.id).addClass('sleutelspeler');
        note(n.id, 'Sleutelspeler nummer ' + n.rank + ': ' + n.explanation);
      });
      out.appendChild(ol);
      [['fragmentation', 'Sleutelspelerset om het netwerk te breken (KPP-Neg, ruit)',
        'Wie deze set samen wegneemt, laat het netwerk het meest uiteenvallen.'],
        ['reach', 'Sleutelspelerset om het netwerk te bereiken (KPP-Pos, ruit)',
          'Via deze set bereikt u de meeste anderen binnen twee stappen.']].forEach(function (kind) {
        var set = r[kind[0]];
        if (!set) {
          return;
        }
        out.appendChild(el('h3', kind[1]));
        out.appendChild(el('p', kind[2] + ' ' + set.captions.join(', ') + '. ' + set.explanation));
        set.ids.forEach(function (id) {
          cy.getElementById(id).addClass('kpp');
          note(id, kind[1] + ': ' + kind[2]);
        });
      });
      if (r.facilitators.length) {
        out.appendChild(el('h3', 'Facilitators (afgeronde rechthoek)'));
        out.appendChild(el('p', 'Een facilitator heeft een financieel, juridisch of logistiek beroep en verbindt '
          + 'meerdere gemeenschappen van het netwerk.', 'hint'));
        var ul = el('ul');
        r.facilitators.forEach(function (f) {
          ul.appendChild(el('li', f.caption + ': ' + f.explanation));
          cy.getElementById(f.id).addClass('facilitator');
          note(f.id, 'Facilitator: ' + f.explanation);
        });
        out.appendChild(ul);
      }
      (r.notes || []).forEach(function (n) {
        out.appendChild(el('p', n, 'hint'));
      });
    }).catch(function (e) {
      clear(out).appendChild(el('p', 'Niet gelukt: ' + e.message));
    });
  });

  var chart = null;
  document.getElementById('verstoring').addEventListener('submit', function (event) {
    event.preventDefault();
    var out = clear(document.getElementById('verstoring-inhoud'));
    var q = viewQuery();
    q.set('strategy', document.getElementById('strategie').value);
    q.set('block', document.getElementById('blok').value);
    q.set('steps', document.getElementById('stappen').value);
    out.appendChild(el('p', 'Simulatie loopt …'));
    api('network/disruption', q).then(function (doc) {
      clear(out);
      var steps = doc.curve.steps;
      var box = document.getElementById('curve');
      box.hidden = false;
      if (!chart) {
        chart = echarts.init(box, null, {renderer: 'canvas'});
      }
      chart.setOption({
        animation: false,
        tooltip: {trigger: 'axis'},
        legend: {data: ['Grootste component (deel)', 'Efficiëntie']},
        xAxis: {type: 'category', name: 'Verwijderd', data: steps.map(function (s) { return s.removedTotal; })},
        yAxis: {type: 'value', min: 0, max: 1},
        series: [
          {name: 'Grootste component (deel)', type: 'line', data: steps.map(function (s) { return s.lccFraction; })},
          {name: 'Efficiëntie', type: 'line', data: steps.map(function (s) { return s.efficiency; })}
        ]
      }, true);
      var t = el('table', null, 'statements');
      t.appendChild(el('caption', 'Verloop van de verstoring'));
      var head = document.createElement('tr');
      ['Stap', 'Verwijderd (totaal)', 'Grootste component', 'Deel', 'Componenten', 'Efficiëntie', 'Verwijderd in deze stap']
        .forEach(function (h) {
          var th = el('th', h);
          th.scope = 'col';
          head.appendChild(th);
        });
      var thead = document.createElement('thead');
      thead.appendChild(head);
      t.appendChild(thead);
      var tbody = document.createElement('tbody');
      steps.forEach(function (s) {
        var tr = document.createElement('tr');
        [s.step, s.removedTotal, s.lcc, s.lccFraction.toFixed(3), s.components, s.efficiency.toFixed(4),
          s.removed.map(function (id) { var n = nodeById(id); return n ? n.caption : id; }).join(', ')]
          .forEach(function (v) {
            tr.appendChild(el('td', String(v)));
          });
        tbody.appendChild(tr);
      });
      t.appendChild(tbody);
      out.appendChild(t);
      out.appendChild(el('p', doc.explanation, 'hint'));
    }).catch(function (e) {
      clear(out).appendChild(el('p', 'Niet gelukt: ' + e.message));
    });
  });

  document.getElementById('png').addEventListener('click', function () {
    if (!cy) {
      return;
    }
    var link = document.getElementById('png-link');
    link.href = cy.png({full: true, bg: '#ffffff', scale: 1});
    link.hidden = false;
    link.focus();
  });

  document.getElementById('ftm').addEventListener('submit', function (event) {
    event.preventDefault();
    var out = clear(document.getElementById('ftm-inhoud'));
    var ids = [];
    view.nodes.forEach(function (n) {
      n.members.forEach(function (id) {
        ids.push(id);
      });
    });
    if (ids.length > 500) {
      out.appendChild(el('p', 'Deze weergave noemt ' + ids.length + ' records; een export noemt er ten hoogste 500. '
        + 'Vernauw de weergave.'));
      return;
    }
    api('exports', null, {method: 'POST', body: JSON.stringify({entityIds: ids, format: 'FTM_JSONL',
      justification: document.getElementById('reden').value})}).then(function (r) {
      if (r.status === 'APPROVED') {
        out.appendChild(el('p', 'Export ' + r.id + ' is goedgekeurd.'));
        var get = el('button', 'FtM-bestand downloaden');
        get.type = 'button';
        get.addEventListener('click', function () {
          api('exports/' + encodeURIComponent(r.id) + '/file').then(function (blob) {
            var a = document.createElement('a');
            a.href = URL.createObjectURL(blob);
            a.download = 'netwerk-' + r.id + '.ftm.json';
            document.body.appendChild(a);
            a.click();
            a.remove();
          });
        });
        out.appendChild(get);
      } else {
        out.appendChild(el('p', 'Export ' + r.id + ' is aangevraagd en wacht op goedkeuring door een collega '
          + '(gegevens van ' + (r.foreignPartners || []).join(', ') + ').'));
      }
    }).catch(function (e) {
      out.appendChild(el('p', 'Export niet gelukt: ' + e.message));
    });
  });

  document.getElementById('bewaar').addEventListener('click', function () {
    var name = (view && nodeById(state.start) ? nodeById(state.start).caption : 'Netwerk') + ' ('
      + new Date().toLocaleString('nl-NL') + ')';
    var saved = JSON.parse(localStorage.getItem('gb.selecties') || '[]');
    saved.push({name: name, url: pageUrl()});
    localStorage.setItem('gb.selecties', JSON.stringify(saved.slice(-20)));
    status.textContent = 'Selectie bewaard als "' + name + '".';
  });

  // For the browser test's measurement of a large drawing: draws a view document and reports the time taken.
  window.GbNetwerk = {
    draw: function (doc, report) {
      view = doc;
      draw(doc, function (ms) {
        status.textContent = doc.nodeCount + ' partijen, ' + doc.edgeCount + ' verbanden; getekend in '
          + Math.round(ms) + ' ms.';
        report(ms);
      });
      table(doc);
    },
    // Pans and zooms the drawn graph one step per animation frame, as a user's drag and mouse wheel do, and reports
    // the times between painted frames (ms, sorted): "smooth" measured, not guessed. Cytoscape paints in its own
    // animation-frame callback, so a slow paint stretches the interval this one sees.
    interact: function (frames, report) {
      var intervals = [];
      var last = null;
      var i = 0;
      function step(now) {
        if (last !== null) {
          intervals.push(now - last);
        }
        last = now;
        if (i++ >= frames) {
          intervals.sort(function (a, b) { return a - b; });
          report(intervals);
          return;
        }
        cy.panBy({x: i % 20 < 10 ? 6 : -6, y: 3 * Math.sin(i / 5)});
        cy.zoom({level: cy.zoom() * (i % 40 < 20 ? 1.01 : 1 / 1.01), renderedPosition: {x: 400, y: 300}});
        requestAnimationFrame(step);
      }
      requestAnimationFrame(step);
    }
  };

  fillForm();
  load();

  function listSavedSelections() {
    var list = document.getElementById('bewaarde-selecties');
    if (!list) {
      return;
    }
    var saved = JSON.parse(localStorage.getItem('gb.selecties') || '[]');
    if (!saved.length) {
      list.appendChild(el('li', 'Nog geen bewaarde selecties.'));
    }
    saved.forEach(function (s) {
      if (s.url.indexOf('/netwerk?') !== 0) {
        return;
      }
      var li = document.createElement('li');
      var a = el('a', s.name);
      a.href = s.url;
      li.appendChild(a);
      list.appendChild(li);
    });
  }
})();
