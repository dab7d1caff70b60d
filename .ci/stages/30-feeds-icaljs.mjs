// Fetches every kind of feed from a running LearnCal and checks it with ical.js: bytes (CRLF, 75 octets,
// UTF-8), parsing, and that each event's UID, SEQUENCE, STATUS and start instant agree with the JSON API.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.resolve(process.env.NODE_PATH, 'x.js'));
const ICAL = (await import(require.resolve('ical.js'))).default;
const base = process.argv[2];
let failures = 0;
const failedFeeds = new Set();
let checkedFeeds = 0;
let checkedEvents = 0;

function fail(where, message) {
  failures++;
  failedFeeds.add(where.split(' ')[0]);
  console.error(`FAIL ${where}: ${message}`);
}

async function json(url) {
  const response = await fetch(base + url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function checkBytes(where, bytes) {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (!text.endsWith('\r\n')) fail(where, 'does not end with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  lines.forEach((line, i) => {
    if (/[\r\n]/.test(line)) fail(where, `bare CR or LF in line ${i + 1}`);
    if (Buffer.byteLength(line, 'utf8') > 75) fail(where, `line ${i + 1} is over 75 octets`);
    if (line === '' || line === ' ') fail(where, `empty line or continuation at ${i + 1}`);
  });
  return text;
}

const STATUS = { scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' };

async function checkFeed(url, eventsById) {
  const response = await fetch(url.replace(/^webcal:/, 'http:'));
  if (response.status !== 200) return fail(url, `HTTP ${response.status}`);
  if (response.headers.get('content-type') !== 'text/calendar; charset=utf-8') fail(url, 'content type');
  const text = checkBytes(url, new Uint8Array(await response.arrayBuffer()));
  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    return fail(url, `ical.js cannot parse it: ${error.message}`);
  }
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  for (const property of ['version', 'prodid', 'x-wr-calname', 'refresh-interval', 'source']) {
    if (!calendar.getFirstPropertyValue(property)) fail(url, `no ${property.toUpperCase()}`);
  }
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const tzid = vevent.getFirstProperty('dtstart').getParameter('tzid');
    if (tzid && !ICAL.TimezoneService.has(tzid)) fail(url, `TZID ${tzid} has no VTIMEZONE`);
    const id = event.uid.split('@')[0];
    const known = eventsById.get(id);
    if (!known) continue;
    checkedEvents++;
    const where = `${url} ${event.uid}`;
    if (event.sequence !== known.sequence) fail(where, `SEQUENCE ${event.sequence}, API ${known.sequence}`);
    if (vevent.getFirstPropertyValue('status') !== STATUS[known.status]) fail(where, 'STATUS');
    if (event.summary !== known.title) fail(where, 'SUMMARY differs from the title');
    const language = vevent.getFirstProperty('summary').getParameter('language');
    if (language !== known.textLanguage) fail(where, `SUMMARY;LANGUAGE=${language}, API text in ${known.textLanguage}`);
    if (known.allDay) {
      if (!event.startDate.isDate || event.startDate.toString() !== known.startDate) fail(where, 'all-day DTSTART');
    } else if (event.startDate.toJSDate().getTime() !== Date.parse(known.start)) {
      fail(where, `start ${event.startDate.toJSDate().toISOString()} but API says ${known.start}`);
    }
  }
  checkedFeeds++;
}

// every event as the API shows it, its text in `lang` where it has it (the original when lang is '')
async function events(lang) {
  const byId = new Map();
  let page = '/api/events?from=2000-01-01&status=scheduled,postponed,cancelled&limit=200' + (lang ? '&lang=' + lang : '');
  while (page) {
    const result = await json(page);
    result.items.forEach(event => byId.set(event.id, event));
    page = result.links.next ? result.links.next.replace(/^https?:\/\/[^/]+/, '') : null;
  }
  return byId;
}
const eventsById = await events('');
const feeds = [
  ...[...eventsById.values()].map(event => event.links.ics),
  ...(await json('/api/networks')).map(network => network.links.ics),
  ...(await json('/api/cities')).map(city => city.links.ics),
  ...(await json('/api/organizers')).map(organizer => organizer.links.webcal),
  (await json('/api/events')).links.ics,
  (await json('/api/events?topic=literacy&language=fr')).links.ics,
  (await json('/api/events?status=cancelled,postponed')).links.ics,
  (await json('/api/events?format=online,hybrid&country=MA')).links.ics,
];
for (const feed of feeds) await checkFeed(feed, eventsById);
// each language variant (lang=) against the API's text in that language: SUMMARY and its LANGUAGE parameter
for (const lang of ['en', 'fr', 'es', 'ar']) {
  const inLanguage = await events(lang);
  const withLang = url => url + (url.includes('?') ? '&' : '?') + 'lang=' + lang;
  const variants = [
    ...[...inLanguage.values()].filter(event => event.textLanguages.length > 1).map(event => event.links.ics),
    ...(await json('/api/networks')).map(network => network.links.ics),
    (await json('/api/events')).links.ics,
  ].map(withLang);
  for (const feed of variants) await checkFeed(feed, inLanguage);
  feeds.push(...variants);
}
console.log(`ical.js: ${checkedFeeds} feeds, ${checkedEvents} events checked against the API`);
console.log(`feeds: ${feeds.length - failedFeeds.size} passed, ${failedFeeds.size} failed`);
process.exit(failures === 0 && checkedFeeds === feeds.length ? 0 : 1);
