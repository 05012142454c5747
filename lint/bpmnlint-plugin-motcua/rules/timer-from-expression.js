'use strict';

const { is } = require('bpmnlint-utils');

const EXPRESSION = /[$#]\{[^}]+\}/;

/**
 * Deadlines live in data (the catalogue and the working-day calendar), not in
 * the model: every timer's timeDate, timeDuration or timeCycle is an
 * expression such as ${dueAt} or ${workingDays.before(dueAt, 1)}.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:TimerEventDefinition')) {
      return;
    }

    // Report on the event: the definition itself usually has no id of its own.
    const event = node.$parent || node;
    const id = node.id || event.id;

    const definitions = [ 'timeDate', 'timeDuration', 'timeCycle' ]
      .map((property) => ({ property, expression: node.get(property) }))
      .filter(({ expression }) => expression);

    if (definitions.length === 0) {
      reporter.report(id, 'Timer must have a timeDate, timeDuration or timeCycle expression such as ${dueAt}');
      return;
    }

    for (const { property, expression } of definitions) {
      const body = (expression.body || '').trim();

      if (!EXPRESSION.test(body)) {
        reporter.report(id, `Timer ${property} must be an expression such as \${dueAt}, not a literal (${body ? `"${body}"` : 'empty'})`);
      }
    }
  }

  return { check };
};
