/*
 * Charts of /geld, drawn from the data the server rendered into each chart's data-grafiek attribute (already
 * computed under the user's access context). Every chart has a table or list beside it with the same figures.
 */
(function () {
  'use strict';

  function data(el) {
    return JSON.parse(el.dataset.grafiek);
  }

  function euro(value) {
    return '€ ' + Number(value).toLocaleString('nl-NL', {minimumFractionDigits: 2, maximumFractionDigits: 2});
  }

  function sankey(el) {
    var d = data(el);
    if (!d.links.length) {
      el.hidden = true;
      return;
    }
    echarts.init(el).setOption({
      animation: false,
      tooltip: {trigger: 'item', valueFormatter: euro},
      series: [{type: 'sankey', data: d.nodes, links: d.links, emphasis: {focus: 'adjacency'},
        lineStyle: {color: 'gradient', curveness: 0.5}, label: {color: '#1a1a1a'}}]
    });
  }

  function months(el) {
    var d = data(el);
    if (!d.months.length) {
      el.hidden = true;
      return;
    }
    echarts.init(el).setOption({
      animation: false,
      tooltip: {trigger: 'axis', valueFormatter: euro},
      legend: {data: ['Ontvangen', 'Betaald']},
      xAxis: {type: 'category', data: d.months},
      yAxis: {type: 'value'},
      series: [{name: 'Ontvangen', type: 'bar', data: d['in'], itemStyle: {color: '#0072b2'}},
        {name: 'Betaald', type: 'bar', data: d.out, itemStyle: {color: '#d55e00'}}]
    });
  }

  /** A directed graph with a label on each edge (an amount or an ownership share). */
  function graph(el) {
    var d = data(el);
    if (!d.links.length) {
      el.hidden = true;
      return;
    }
    echarts.init(el).setOption({
      animation: false,
      tooltip: {},
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        force: {repulsion: 300, edgeLength: 140},
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 9,
        label: {show: true, position: 'bottom', color: '#1a1a1a'},
        edgeLabel: {show: true, formatter: function (p) { return p.data.label; }, color: '#1a1a1a'},
        data: d.nodes.map(function (n) {
          return {id: n.id, name: n.name, symbolSize: n.start ? 26 : 16,
            itemStyle: {color: n.start ? '#b00020' : '#0072b2'}};
        }),
        links: d.links.map(function (l) {
          return {source: l.source, target: l.target, label: l.label, lineStyle: {color: '#6a6a6a', width: 2}};
        })
      }]
    });
  }

  var stroom = document.getElementById('stroom');
  if (stroom) {
    sankey(stroom);
  }
  var maanden = document.getElementById('maanden');
  if (maanden) {
    months(maanden);
  }
  ['spoor', 'eigendom'].forEach(function (id) {
    var el = document.getElementById(id);
    if (el) {
      graph(el);
    }
  });
  document.querySelectorAll('details.subgraaf').forEach(function (details) {
    details.addEventListener('toggle', function () {
      var el = details.querySelector('.subgraph');
      if (details.open && !el.dataset.drawn) {
        el.dataset.drawn = 'true';
        graph(el);
      }
    });
  });
})();
