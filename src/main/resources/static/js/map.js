/*
 * Maps with Leaflet (webjar), as progressive enhancement: every page works without them.
 *
 * - The neighbourhood map (templates/partners/map.html): one marker per row of the members
 *   table that carries a position (data-lat, data-lon), shaped and lettered by domain
 *   (data-domain, data-letter; never colour alone), a thick dark ring for a knowledge
 *   partner, and one smaller marker per shared space with a position of its own. A marker
 *   opens a popup with the name (a link when the table has one), the domain and the spaces.
 *   The table below the map is the text alternative and holds all the data.
 * - The position picker (templates/fragments/position.html): a click on the small map, or
 *   dragging its marker, writes the point into the latitude and longitude fields, rounded to
 *   six decimals; typing in the fields moves the marker.
 *
 * Tiles come from the container's data-tile-url; when they cannot be loaded (no internet),
 * the markers and the fields still work. Numbers in attributes are plain decimals with a dot.
 */
(function () {
  'use strict';

  /** Metres from a neighbourhood's centre that its first view covers. */
  var WIJK = 1500;

  var DECIMALS = 6;

  function number(text) {
    if (text === null || text === undefined) {
      return NaN;
    }
    var trimmed = String(text).trim().replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(trimmed) ? parseFloat(trimmed) : NaN;
  }

  function point(lat, lon) {
    var latitude = number(lat);
    var longitude = number(lon);
    return (isNaN(latitude) || isNaN(longitude)) ? null : L.latLng(latitude, longitude);
  }

  function baseMap(container, options) {
    var data = container.dataset;
    var map = L.map(container, { zoomControl: false, fadeAnimation: false, scrollWheelZoom: options.scrollWheelZoom });
    container.leafletMap = map; // for the browser tests, as the network graph keeps its Cytoscape
    L.control.zoom({ zoomInTitle: data.labelZoomIn, zoomOutTitle: data.labelZoomOut }).addTo(map);
    if (data.tileUrl) {
      L.tileLayer(data.tileUrl, { attribution: data.attribution || '', minZoom: 6, maxZoom: 19 }).addTo(map);
    }
    return map;
  }

  // --- The neighbourhood map ---

  function memberIcon(domain, letter, knowledgePartner, extraClass) {
    var shape = document.createElement('span');
    shape.className = 'map-marker__shape';
    var text = document.createElement('span');
    text.className = 'map-marker__letter';
    text.textContent = letter || '';
    shape.appendChild(text);
    return L.divIcon({
      className: 'map-marker map-marker--' + domain + (knowledgePartner ? ' map-marker--knowledge' : '') + ' ' + extraClass,
      html: shape,
      iconSize: [30, 30],
      iconAnchor: [15, 15],
      popupAnchor: [0, -14]
    });
  }

  function paragraph(className, text) {
    var p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
  }

  function memberPopup(row, labels) {
    var content = document.createElement('div');
    content.className = 'map-popup';
    var heading = document.createElement('p');
    heading.className = 'map-popup__name';
    var link = row.querySelector('[data-map-name]');
    heading.appendChild(link.cloneNode(true));
    content.appendChild(heading);
    var domain = row.getAttribute('data-domain-label');
    content.appendChild(paragraph('map-popup__domain', labels.labelDomain + ': ' + domain +
      (row.getAttribute('data-knowledge') === 'true' ? ' · ' + labels.labelKnowledge : '')));
    var spaces = Array.prototype.map.call(row.querySelectorAll('[data-map-space]'), function (space) {
      return space.getAttribute('data-name');
    });
    content.appendChild(paragraph('map-popup__spaces', labels.labelSpaces + ': ' +
      (spaces.length ? spaces.join(', ') : labels.labelNone)));
    return content;
  }

  function spacePopup(space, row, labels) {
    var content = document.createElement('div');
    content.className = 'map-popup';
    content.appendChild(paragraph('map-popup__name', space.getAttribute('data-name')));
    var of = document.createElement('p');
    of.className = 'map-popup__domain';
    of.appendChild(document.createTextNode(labels.labelSpaceOf + ' '));
    of.appendChild(row.querySelector('[data-map-name]').cloneNode(true));
    content.appendChild(of);
    return content;
  }

  function addMarker(map, at, icon, name, popup, labels) {
    var marker = L.marker(at, { icon: icon, title: name, keyboard: true, riseOnHover: true }).addTo(map);
    marker.getElement().setAttribute('aria-label', name);
    marker.bindPopup(popup, { maxWidth: 260 });
    marker.on('popupopen', function (event) {
      var close = event.popup.getElement().querySelector('.leaflet-popup-close-button');
      if (close) {
        close.setAttribute('aria-label', labels.labelClose);
        close.setAttribute('title', labels.labelClose);
      }
    });
    return marker;
  }

  function startNeighbourhoodMap(container) {
    var labels = container.dataset;
    var table = document.getElementById(container.getAttribute('data-table'));
    var map = baseMap(container, { scrollWheelZoom: false });
    map.setView(point(labels.lat, labels.lon), 15); // markers need a view to be added to
    var bounds = [];
    Array.prototype.forEach.call(table ? table.querySelectorAll('tr[data-map-member]') : [], function (row) {
      var domain = row.getAttribute('data-domain');
      var knowledge = row.getAttribute('data-knowledge') === 'true';
      var name = row.querySelector('[data-map-name]').textContent.trim();
      var at = point(row.getAttribute('data-lat'), row.getAttribute('data-lon'));
      if (at) {
        addMarker(map, at, memberIcon(domain, row.getAttribute('data-letter'), knowledge, 'map-marker--member'),
          name + ' (' + row.getAttribute('data-domain-label') + ')', memberPopup(row, labels), labels);
        bounds.push(at);
      }
      Array.prototype.forEach.call(row.querySelectorAll('[data-map-space][data-lat]'), function (space) {
        var spaceAt = point(space.getAttribute('data-lat'), space.getAttribute('data-lon'));
        if (spaceAt) {
          addMarker(map, spaceAt, memberIcon(domain, labels.spaceLetter, false, 'map-marker--space'),
            space.getAttribute('data-name') + ' (' + labels.labelSpaceOf + ' ' + name + ')',
            spacePopup(space, row, labels), labels);
          bounds.push(spaceAt);
        }
      });
    });
    // The first view shows the neighbourhood: the markers within WIJK metres of its
    // centre (a city-wide member elsewhere is one zoom-out away, and in the table).
    var centre = point(labels.lat, labels.lon);
    var near = bounds.filter(function (at) { return centre && centre.distanceTo(at) <= WIJK; });
    var shown = (near.length > 1) ? near : bounds;
    if (shown.length > 1) {
      map.fitBounds(L.latLngBounds(shown), { padding: [30, 30], maxZoom: 17 });
    } else if (shown.length === 1) {
      map.setView(shown[0], 15);
    }
    container.setAttribute('data-markers', String(bounds.length));
  }

  // --- The position picker of a form ---

  function startPicker(container) {
    var data = container.dataset;
    var latitude = document.getElementById(data.latitudeField);
    var longitude = document.getElementById(data.longitudeField);
    if (!latitude || !longitude) {
      return;
    }
    var map = baseMap(container, { scrollWheelZoom: false });
    var marker = null;

    function place(at) {
      if (marker) {
        marker.setLatLng(at);
        return;
      }
      marker = L.marker(at, { draggable: true, keyboard: false, title: data.labelMarker, alt: data.labelMarker }).addTo(map);
      marker.on('dragend', function () {
        write(marker.getLatLng());
      });
    }

    function write(at) {
      latitude.value = at.lat.toFixed(DECIMALS);
      longitude.value = at.lng.toFixed(DECIMALS);
      [latitude, longitude].forEach(function (field) {
        field.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }

    function readFields() {
      var at = point(latitude.value, longitude.value);
      if (at) {
        place(at);
        map.panTo(at);
      }
    }

    map.on('click', function (event) {
      place(event.latlng);
      write(event.latlng);
    });
    [latitude, longitude].forEach(function (field) {
      field.addEventListener('input', readFields);
    });
    var start = point(latitude.value, longitude.value);
    map.setView(start || point(data.lat, data.lon), start ? 16 : 14);
    if (start) {
      place(start);
    }
  }

  function start() {
    if (typeof window.L === 'undefined') {
      return;
    }
    document.querySelectorAll('[data-neighbourhood-map]').forEach(startNeighbourhoodMap);
    document.querySelectorAll('[data-position-picker]').forEach(startPicker);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
