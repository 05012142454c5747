/*
 * motcua: the Camunda webapps speak Vietnamese to everybody, whatever the browser's language
 * (many officers' browsers are set to English). English is there on request: "?lang=en" in the
 * address of any webapp (Tasklist, Cockpit, Admin, Welcome, their login pages) switches to it and
 * this browser remembers the choice; "?lang=vi" switches back. Each app's scripts/config.js
 * imports this. A key missing from vi.json would show as the bare key, so every vi.json carries
 * every key of Camunda's en.json (lint/webapp-locales.mjs, WebappLocalesTest).
 */
const CHOICE = 'motcua-lang';

const asked = new URLSearchParams(window.location.search).get('lang');
if (asked === 'en' || asked === 'vi') {
  window.localStorage.setItem(CHOICE, asked);
}

const language = window.localStorage.getItem(CHOICE) === 'en' ? 'en' : 'vi';

/** The webapps' "locales" setting: the one language chosen, which is also the fallback. */
export const locales = {
  availableLocales: [language],
  fallbackLocale: language
};

export const vietnamese = language === 'vi';
