'use strict';

const { is } = require('bpmnlint-utils');

const MODELER_NS = 'http://camunda.org/schema/modeler/1.0';
const PLATFORM = 'Camunda Platform';
const VERSION = /^7\.24\.\d+$/;

/**
 * Every model is pinned to the engine we run: modeler:executionPlatform
 * "Camunda Platform" and modeler:executionPlatformVersion 7.24.x, so the
 * Modeler offers Camunda 7 properties and lints the same way as this tool.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:Definitions')) {
      return;
    }

    const platform = modelerAttribute(node, 'executionPlatform');
    const version = modelerAttribute(node, 'executionPlatformVersion');

    if (platform !== PLATFORM) {
      reporter.report(node.id, `Model must target modeler:executionPlatform="${PLATFORM}" (found ${describe(platform)})`);
    }

    if (!VERSION.test(version || '')) {
      reporter.report(node.id, `Model must target modeler:executionPlatformVersion 7.24.x (found ${describe(version)})`);
    }
  }

  return { check };
};

// The Modeler's namespace is not a moddle extension here, so look the attribute
// up by namespace rather than trusting the prefix to be "modeler".
function modelerAttribute(definitions, localName) {
  const attrs = definitions.$attrs || {};

  for (const name of Object.keys(attrs)) {
    const [ prefix, local ] = name.split(':');

    if (local === localName && attrs[`xmlns:${prefix}`] === MODELER_NS) {
      return attrs[name];
    }
  }

  return undefined;
}

function describe(value) {
  return value === undefined ? 'none' : `"${value}"`;
}
