'use strict';

const { is } = require('bpmnlint-utils');
const { hasText } = require('./util');

const LEGAL_BASIS = 'căn cứ pháp lý';

/**
 * Every executable process says in Vietnamese what it does and on which legal
 * basis ("Căn cứ pháp lý: …" in <bpmn:documentation>), and how long its
 * history is kept (camunda:historyTimeToLive, which the engine requires).
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || !node.get('isExecutable')) {
      return;
    }

    const text = (node.get('documentation') || [])
      .map((documentation) => documentation.text || '')
      .join('\n')
      // Modeler and editors may store Vietnamese letters precomposed or not.
      .normalize('NFC');

    if (!hasText(text)) {
      reporter.report(node.id, 'Executable process must have a <bpmn:documentation> in Vietnamese with its "Căn cứ pháp lý"');
    } else if (!text.toLocaleLowerCase('vi').includes(LEGAL_BASIS)) {
      reporter.report(node.id, 'Process documentation must state its legal basis ("Căn cứ pháp lý: …")');
    }

    const ttl = node.get('camunda:historyTimeToLive');

    if (!hasText(ttl === undefined || ttl === null ? '' : String(ttl))) {
      reporter.report(node.id, 'Executable process must have camunda:historyTimeToLive (e.g. P1825D)');
    }
  }

  return { check };
};
