/* motcua: Admin in Vietnamese (locales/vi.json, ../../motcua/locales.js). */
import { locales, vietnamese } from '../../motcua/locales.js';

export default {
  locales,
  // The name on the login page and in the header.
  app: vietnamese ? { name: 'Quản trị', vendor: 'Camunda' } : undefined
};
