'use strict';

/**
 * True when a camunda:* attribute holds something other than blanks.
 */
function hasText(value) {
  return typeof value === 'string' && value.trim().length > 0;
}

module.exports = { hasText };
