#!/usr/bin/env node
// Lists what the Vietnamese locale files of the Camunda webapps still lack, against the English
// files of the webjar in use (read from the local Maven repository):
//   node lint/webapp-locales.mjs [app ...]      apps: tasklist cockpit admin welcome (default: all)
// For each app: keys missing from vi.json, and keys whose Vietnamese text is still the English one
// ("KEY = English text"). Exit code 1 when a key is missing (WebappLocalesTest fails then too).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const VERSION = '7.24.0';
const jar = join(homedir(), '.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar', VERSION,
  `camunda-webapp-webjar-${VERSION}.jar`);
const locales = (app) => `META-INF/resources/webjars/camunda/app/${app}/locales`;
const parse = (text) => JSON.parse(text.replace(/^\uFEFF/, ''));
const SAME_IN_BOTH = new Set(['APP_VENDOR', 'NO_TASK_FORM', 'SEARCH_LESS_THAN', 'SEARCH_LESS_THAN_EQUALS',
  'SEARCH_GREATER_THAN', 'SEARCH_GREATER_THAN_EQUALS', 'AUTHORIZATION_OPTIMIZE',
  // Cockpit's removal time placeholder: the date pattern the field must be typed in.
  'PLGN_BTCH_SET_REMOVAL_TIME_ABSOLUTE_PLACEHOLDER']);

const apps = process.argv.length > 2 ? process.argv.slice(2) : ['tasklist', 'cockpit', 'admin', 'welcome'];
let missingAny = false;
for (const app of apps) {
  const english = parse(execFileSync('unzip', ['-p', jar, `${locales(app)}/en.json`], { encoding: 'utf8' })).labels;
  const vietnamese = parse(readFileSync(`src/main/resources/${locales(app)}/vi.json`, 'utf8')).labels;
  const keys = Object.keys(english);
  const missing = keys.filter((key) => !(key in vietnamese));
  const english_ = keys.filter((key) => key in vietnamese && !SAME_IN_BOTH.has(key)
    && vietnamese[key] === english[key]);
  console.log(`# ${app}: ${keys.length} keys, ${missing.length} missing, ${english_.length} still in English`);
  missing.forEach((key) => console.log(`MISSING ${key} = ${JSON.stringify(english[key])}`));
  english_.forEach((key) => console.log(`${key} = ${JSON.stringify(english[key])}`));
  missingAny ||= missing.length > 0;
}
process.exit(missingAny ? 1 : 0);
