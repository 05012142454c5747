'use strict';

// motcua's own bpmnlint rules. Enable them with "plugin:motcua/recommended" in .bpmnlintrc.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'execution-platform': 'error',
        'user-task-assignment-and-form': 'error',
        'timer-from-expression': 'error',
        'vietnamese-documentation': 'error',
        'layout': 'error'
      }
    }
  }
};
