/*
 * The network map (templates/network/show.html): draws the members and ties of the page's
 * data-graph attribute with Cytoscape. Colour AND shape show the domain, a thick dark
 * border a knowledge partner, the size the number of activities and the line width the
 * number of joint actions. A click on a member, or Enter on the one chosen with the arrow
 * keys, shows its card. The same network is in the tables of the page.
 */
(function () {
  'use strict';

  var DOMAINS = {
    ARTS_CULTURE: { colour: '#a3167f', shape: 'ellipse' },
    SOCIAL: { colour: '#1f7a70', shape: 'diamond' },
    EDUCATION: { colour: '#b8461f', shape: 'round-rectangle' },
    OTHER: { colour: '#2f5f80', shape: 'triangle' }
  };

  function start() {
    var container = document.getElementById('network-graph');
    if (!container || typeof window.cytoscape !== 'function') {
      return;
    }
    var labels = container.dataset;
    var elements = JSON.parse(container.getAttribute('data-graph') || '[]');
    var cy = window.cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.2,
      layout: { name: 'preset' },
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-size': 12,
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': 120,
            color: '#1b1b1b',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.8,
            'background-color': function (node) { return domain(node).colour; },
            shape: function (node) { return domain(node).shape; },
            width: function (node) { return 24 + Math.min(node.data('activities'), 10) * 4; },
            height: function (node) { return 24 + Math.min(node.data('activities'), 10) * 4; },
            'border-width': function (node) { return node.data('knowledgePartner') ? 5 : 1; },
            'border-color': '#1b1b1b'
          }
        },
        {
          selector: 'node:selected',
          style: { 'overlay-color': '#1d4ed8', 'overlay-opacity': 0.25, 'overlay-padding': 6 }
        },
        {
          selector: 'edge',
          style: {
            width: function (edge) { return 1 + Math.min(edge.data('weight'), 10) * 1.5; },
            'line-color': '#7a7a7a',
            'curve-style': 'bezier'
          }
        }
      ]
    });
    container.cy = cy;
    arrange(cy, container);
    var order = cy.nodes().sort(function (a, b) { return a.data('label').localeCompare(b.data('label')); });
    var chosen = -1;

    cy.on('tap', 'node', function (event) {
      chosen = order.indexOf(event.target);
      choose(event.target);
      showCard(event.target, labels);
    });
    container.addEventListener('keydown', function (event) {
      if (order.length === 0) {
        return;
      }
      if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
        chosen = (chosen + 1) % order.length;
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
        chosen = (chosen <= 0) ? order.length - 1 : chosen - 1;
      } else if (event.key === 'Enter' && chosen >= 0) {
        showCard(order[chosen], labels);
        event.preventDefault();
        return;
      } else {
        return;
      }
      event.preventDefault();
      choose(order[chosen]);
    });
    container.setAttribute('data-nodes', String(cy.nodes().length));
  }

  /*
   * The members with ties by a force-directed layout, those without ties in rows under
   * them (one column per label width), so that the labels do not overlap and the members
   * without a tie are seen together.
   */
  function arrange(cy, container) {
    var isolated = cy.nodes().filter(function (node) { return node.degree(false) === 0; });
    var connected = cy.elements().not(isolated);
    var cell = { w: 150, h: 90 };
    var top = 0;
    var left = 0;
    var width = Math.max(container.clientWidth - 60, cell.w);
    if (connected.nonempty()) {
      connected.layout({
        name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
        idealEdgeLength: function () { return 110; }, nodeRepulsion: function () { return 90000; },
        boundingBox: { x1: 0, y1: 0, w: width, h: Math.max(260, connected.nodes().length * 45) }
      }).run();
      var box = connected.boundingBox({ includeLabels: true });
      top = box.y2 + cell.h;
      left = box.x1;
      width = Math.max(box.w, cell.w);
    }
    if (isolated.nonempty()) {
      var columns = Math.max(1, Math.min(isolated.length, Math.floor(width / cell.w)));
      var rows = Math.ceil(isolated.length / columns);
      isolated.sort(function (a, b) { return a.data('label').localeCompare(b.data('label')); }).layout({
        name: 'grid', animate: false, avoidOverlap: true, nodeDimensionsIncludeLabels: true, condense: false,
        cols: columns, rows: rows,
        boundingBox: { x1: left, y1: top, w: columns * cell.w, h: rows * cell.h }
      }).run();
    }
    cy.fit(undefined, 30);
  }

  function domain(node) {
    return DOMAINS[node.data('domain')] || DOMAINS.OTHER;
  }

  function choose(node) {
    node.cy().nodes().unselect();
    node.select();
  }

  function showCard(node, labels) {
    var card = document.getElementById('network-card');
    var data = node.data();
    card.textContent = '';
    var title = document.createElement('h3');
    title.textContent = data.label;
    card.appendChild(title);
    var list = document.createElement('dl');
    list.className = 'summary-list';
    add(list, labels.labelDomain, data.domainLabel + (data.knowledgePartner ? ' · ' + labels.labelKnowledge : ''));
    add(list, labels.labelRoles, data.roles.length ? data.roles.join(', ') : labels.labelNone);
    add(list, labels.labelContact, data.contact || labels.labelNone);
    add(list, labels.labelActivities, String(data.activities));
    add(list, labels.labelTies, String(data.ties));
    add(list, labels.labelJoint, String(data.jointActions));
    card.appendChild(list);
    card.hidden = false;
  }

  function add(list, term, value) {
    var dt = document.createElement('dt');
    dt.textContent = term;
    var dd = document.createElement('dd');
    dd.textContent = value;
    list.appendChild(dt);
    list.appendChild(dd);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
