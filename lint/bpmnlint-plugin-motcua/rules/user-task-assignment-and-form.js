'use strict';

const { is } = require('bpmnlint-utils');
const { hasText } = require('./util');

/**
 * Every user task says who may work on it (camunda:candidateGroups,
 * camunda:candidateUsers or camunda:assignee) and which form Tasklist shows
 * (camunda:formRef for a Camunda Form, or camunda:formKey).
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }

    const assigned = [ 'camunda:candidateGroups', 'camunda:candidateUsers', 'camunda:assignee' ]
      .some((attribute) => hasText(node.get(attribute)));

    if (!assigned) {
      reporter.report(node.id, 'User task must have camunda:candidateGroups, camunda:candidateUsers or camunda:assignee');
    }

    const form = [ 'camunda:formRef', 'camunda:formKey' ]
      .some((attribute) => hasText(node.get(attribute)));

    if (!form) {
      reporter.report(node.id, 'User task must have a form (camunda:formRef or camunda:formKey)');
    }
  }

  return { check };
};
