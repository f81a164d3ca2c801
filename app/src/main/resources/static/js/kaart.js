/*
 * The map of /kaart: Leaflet without a tile server. The base layer is the bundled municipal boundaries; the
 * figures per gemeente come from the page (counted on the server after the policy).
 */
(function () {
  'use strict';
  var box = document.getElementById('kaart');
  if (!box) {
    return;
  }
  var data = JSON.parse(box.dataset.gebieden);
  var byCode = {};
  data.gebieden.forEach(function (g) {
    byCode[g.code] = g;
  });
  var key = data.maat === 'inwoners' ? 'perInwoners' : 'aantal';
  var values = data.gebieden.map(function (g) { return g[key]; }).sort(function (a, b) { return a - b; });
  // Five classes by quantile of the gemeenten that have any; colours of a sequential, colour-blind-safe scale.
  var COLOURS = ['#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
  function breaks() {
    var b = [];
    for (var i = 1; i < COLOURS.length; i++) {
      b.push(values.length ? values[Math.floor(i * values.length / COLOURS.length)] : 0);
    }
    return b;
  }
  var limits = breaks();
  function colour(v) {
    if (!v) {
      return '#ffffff';
    }
    for (var i = 0; i < limits.length; i++) {
      if (v < limits[i]) {
        return COLOURS[i];
      }
    }
    return COLOURS[COLOURS.length - 1];
  }
  function format(v) {
    return key === 'aantal' ? String(v) : v.toLocaleString('nl-NL', {maximumFractionDigits: 2});
  }

  var map = L.map(box, {zoomSnap: 0.25, attributionControl: true}).setView([52.2, 5.3], 7);
  map.attributionControl.setPrefix(false);
  fetch(box.dataset.grenzen, {credentials: 'same-origin'}).then(function (r) { return r.json(); }).then(function (geo) {
    var layer = L.geoJSON(geo, {
      attribution: 'CBS en Kadaster, Wijk- en Buurtkaart 2023',
      style: function (feature) {
        var g = byCode[feature.properties.gemeentecode];
        return {color: '#4a4a4a', weight: 0.6, fillOpacity: 0.8, fillColor: colour(g ? g[key] : 0)};
      },
      onEachFeature: function (feature, l) {
        var g = byCode[feature.properties.gemeentecode];
        l.bindTooltip(feature.properties.gemeentenaam + ': ' + (g ? format(g[key]) : '0'));
      }
    }).addTo(map);
    map.fitBounds(layer.getBounds());
    data.gebieden.forEach(function (g) {
      var marker = L.circleMarker([g.lat, g.lng], {radius: 3 + Math.min(8, Math.sqrt(g.aantal)), color: '#b00020',
        weight: 2, fillColor: '#ffffff', fillOpacity: 0.3});
      var popup = document.createElement('div');
      var h = document.createElement('strong');
      h.textContent = g.naam + ': ' + g.aantal + (g.aantal === 1 ? ' adres' : ' adressen');
      popup.appendChild(h);
      var ul = document.createElement('ul');
      g.adressen.forEach(function (a) {
        var li = document.createElement('li');
        li.textContent = a;
        ul.appendChild(li);
      });
      popup.appendChild(ul);
      marker.bindPopup(popup);
      marker.addTo(map);
    });
    var legend = L.control({position: 'bottomright'});
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'legenda');
      var title = document.createElement('strong');
      title.textContent = key === 'aantal' ? 'Adressen' : 'Per 10.000 inwoners';
      div.appendChild(title);
      var lower = 0;
      COLOURS.forEach(function (c, i) {
        var row = document.createElement('div');
        var swatch = document.createElement('span');
        swatch.className = 'swatch';
        swatch.style.backgroundColor = c;
        row.appendChild(swatch);
        var upper = i < limits.length ? limits[i] : null;
        row.appendChild(document.createTextNode(upper === null ? 'vanaf ' + format(lower) : format(lower) + ' tot ' + format(upper)));
        lower = upper;
        div.appendChild(row);
      });
      return div;
    };
    legend.addTo(map);
    box.dataset.geladen = 'true';
  });
})();
