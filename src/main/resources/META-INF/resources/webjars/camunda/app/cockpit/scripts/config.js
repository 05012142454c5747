/* motcua: Cockpit in Vietnamese (locales/vi.json, ../../motcua/locales.js). */
import { locales, vietnamese } from '../../motcua/locales.js';

export default {
  locales,
  // The name on the login page and in the header.
  app: vietnamese ? { name: 'Giám sát', vendor: 'Camunda' } : undefined
};
