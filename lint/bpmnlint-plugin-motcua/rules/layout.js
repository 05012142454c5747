'use strict';

const { is, isAny } = require('bpmnlint-utils');

// Width of the vertical name band on the left of a horizontal pool or lane.
const HEADER = 30;

// How far a line may run into a shape's border before it counts as crossing it.
const TOLERANCE = 3;

// How far a flow may run inside the box of its own source or target (a round event or
// a diamond gateway leaves room between the shape and its box).
const OWN_END = 12;

// Two boundary events on one task keep at least this much space between them.
const BOUNDARY_GAP = 4;

/**
 * A diagram a designer can read: nothing over a pool's or lane's name band, no
 * sequence flow drawn through a shape it does not start or end at, boundary
 * events of one task apart, labels off tasks and off each other, and the
 * multi-instance or loop marker of an activity not hidden by a boundary event.
 * Reads the diagram interchange (BPMNDI) only; the flow itself is not judged.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Definitions')) {
      return;
    }

    for (const diagram of node.diagrams || []) {
      const plane = diagram.plane;
      const elements = (plane && plane.planeElement) || [];
      const shapes = elements.filter((e) => is(e, 'bpmndi:BPMNShape') && e.bounds && e.bpmnElement);
      const edges = elements.filter((e) => is(e, 'bpmndi:BPMNEdge') && e.bpmnElement);

      headers(shapes, reporter);
      crossings(shapes, edges, reporter);
      boundaryEvents(shapes, reporter);
      labels(shapes, edges, reporter);
      markers(shapes, reporter);
    }
  }

  return { check };
};

/** Flow nodes and their labels stay off the name bands of pools and lanes. */
function headers(shapes, reporter) {
  const bands = shapes
    .filter((s) => isAny(s.bpmnElement, [ 'bpmn:Participant', 'bpmn:Lane' ]) && s.isHorizontal !== false)
    .map((s) => ({
      name: s.bpmnElement.name || s.bpmnElement.id,
      rect: { x: s.bounds.x, y: s.bounds.y, width: HEADER, height: s.bounds.height }
    }));

  for (const shape of shapes) {
    const element = shape.bpmnElement;

    if (!is(element, 'bpmn:FlowNode')) {
      continue;
    }

    for (const band of bands) {
      if (overlap(rect(shape.bounds), band.rect)) {
        reporter.report(element.id, `Layout: shape overlaps the name band of "${band.name}"; move it right of the band`);
      } else if (shape.label && shape.label.bounds && overlap(rect(shape.label.bounds), band.rect)) {
        reporter.report(element.id, `Layout: label overlaps the name band of "${band.name}"; move the label`);
      }
    }
  }
}

/** A sequence flow does not run through a shape it does not start or end at. */
function crossings(shapes, edges, reporter) {
  const nodes = shapes.filter((s) => is(s.bpmnElement, 'bpmn:FlowNode'));

  for (const edge of edges) {
    const flow = edge.bpmnElement;

    if (!is(flow, 'bpmn:SequenceFlow') || !edge.waypoint || edge.waypoint.length < 2) {
      continue;
    }

    const ends = [ flow.sourceRef, flow.targetRef ];

    for (const shape of nodes) {
      const element = shape.bpmnElement;

      if (contains(element, flow) || isHostOf(element, ends)) {
        continue;
      }

      const inner = shrink(rect(shape.bounds), TOLERANCE);

      if (inner.width <= 0 || inner.height <= 0) {
        continue;
      }

      // A flow leaves its source and reaches its target at the border: it may dip into
      // a round or diamond shape's box there, but not run through the shape.
      const allowed = ends.includes(element) ? OWN_END : 0;

      for (let i = 1; i < edge.waypoint.length; i++) {
        if (insideLength(edge.waypoint[i - 1], edge.waypoint[i], inner) > allowed) {
          reporter.report(flow.id, `Layout: sequence flow is drawn through "${element.name || element.id}"; route it around`);
          break;
        }
      }
    }
  }
}

/** Boundary events on one activity do not touch each other. */
function boundaryEvents(shapes, reporter) {
  const boundaries = shapes.filter((s) => is(s.bpmnElement, 'bpmn:BoundaryEvent'));

  for (let i = 0; i < boundaries.length; i++) {
    for (let j = i + 1; j < boundaries.length; j++) {
      const a = boundaries[i];
      const b = boundaries[j];

      if (a.bpmnElement.attachedToRef !== b.bpmnElement.attachedToRef) {
        continue;
      }

      if (overlap(grow(rect(a.bounds), BOUNDARY_GAP / 2), grow(rect(b.bounds), BOUNDARY_GAP / 2))) {
        reporter.report(b.bpmnElement.id, `Layout: boundary event touches "${a.bpmnElement.name || a.bpmnElement.id}" on the same activity; keep ${BOUNDARY_GAP}px between them`);
      }
    }
  }
}

/** A label lies off every activity, event and gateway but its own, and off every other label. */
function labels(shapes, edges, reporter) {
  const labelled = [ ...shapes, ...edges ]
    .filter((e) => e.label && e.label.bounds)
    .map((e) => ({ element: e.bpmnElement, rect: rect(e.label.bounds) }));
  const solids = shapes.filter((s) => is(s.bpmnElement, 'bpmn:FlowNode') && !isExpanded(s));

  for (const label of labelled) {
    for (const shape of solids) {
      if (shape.bpmnElement !== label.element && overlap(label.rect, shrink(rect(shape.bounds), 1))) {
        reporter.report(label.element.id, `Layout: label overlaps "${shape.bpmnElement.name || shape.bpmnElement.id}"; move the label`);
      }
    }
  }

  for (let i = 0; i < labelled.length; i++) {
    for (let j = i + 1; j < labelled.length; j++) {
      if (overlap(labelled[i].rect, labelled[j].rect)) {
        reporter.report(labelled[j].element.id, `Layout: label overlaps the label of "${labelled[i].element.name || labelled[i].element.id}"; move one`);
      }
    }
  }
}

/** A boundary event does not sit on the multi-instance or loop marker of its activity. */
function markers(shapes, reporter) {
  const byElement = new Map(shapes.map((s) => [ s.bpmnElement, s ]));

  for (const shape of shapes) {
    const event = shape.bpmnElement;

    if (!is(event, 'bpmn:BoundaryEvent')) {
      continue;
    }

    const host = byElement.get(event.attachedToRef);

    if (!host || !host.bpmnElement.loopCharacteristics) {
      continue;
    }

    // bpmn-js draws the marker centred at the bottom of the activity, about 14px wide.
    const b = host.bounds;
    const marker = { x: b.x + b.width / 2 - 12, y: b.y + b.height - 22, width: 24, height: 22 };

    if (overlap(rect(shape.bounds), marker)) {
      reporter.report(event.id, `Layout: boundary event hides the ${is(host.bpmnElement.loopCharacteristics, 'bpmn:MultiInstanceLoopCharacteristics') ? 'multi-instance' : 'loop'} marker of "${host.bpmnElement.name || host.bpmnElement.id}"; move it along the border`);
    }
  }
}

function isExpanded(shape) {
  return isAny(shape.bpmnElement, [ 'bpmn:SubProcess' ]) && shape.isExpanded !== false;
}

/** True when the flow lies inside the (sub-)process the element is. */
function contains(element, flow) {
  for (let parent = flow.$parent; parent; parent = parent.$parent) {
    if (parent === element) {
      return true;
    }
  }
  return false;
}

/** A flow from or to a boundary event starts on its host's border. */
function isHostOf(element, ends) {
  return ends.some((end) => end && is(end, 'bpmn:BoundaryEvent') && end.attachedToRef === element);
}

function rect(bounds) {
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height };
}

function shrink(r, by) {
  return { x: r.x + by, y: r.y + by, width: r.width - 2 * by, height: r.height - 2 * by };
}

function grow(r, by) {
  return shrink(r, -by);
}

/** True when the two rectangles share an area (touching edges do not count). */
function overlap(a, b) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** How long a stretch of the segment p-q lies inside r (Liang–Barsky clipping). */
function insideLength(p, q, r) {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const sides = [
    [ -dx, p.x - r.x ],
    [ dx, r.x + r.width - p.x ],
    [ -dy, p.y - r.y ],
    [ dy, r.y + r.height - p.y ]
  ];

  for (const [ pk, qk ] of sides) {
    if (pk === 0) {
      if (qk <= 0) {
        return 0;
      }
    } else {
      const t = qk / pk;

      if (pk < 0) {
        t0 = Math.max(t0, t);
      } else {
        t1 = Math.min(t1, t);
      }

      if (t0 >= t1) {
        return 0;
      }
    }
  }

  return (t1 - t0) * Math.hypot(dx, dy);
}
