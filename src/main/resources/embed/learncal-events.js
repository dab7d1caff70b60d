/*
 * <learncal-events>: upcoming LearnCal events on any web page. One script, no dependencies, no build step.
 * Attributes (the events API's filters): network, city, organizer, topic, language, format, q, limit;
 * lang (en, fr, es, ar) for the widget's own words. Theme it with CSS custom properties (--learncal-*).
 * It reads the JSON API of the server it was loaded from, so the page's CSP needs that origin in script-src
 * and connect-src only: styles are constructed stylesheets, which a CSP without 'unsafe-inline' allows.
 */
(() => {
  'use strict';
  const script = document.currentScript;
  const SERVICE = script ? new URL(script.src).origin : location.origin;
  const FILTERS = ['network', 'city', 'organizer', 'topic', 'language', 'format', 'q', 'limit'];
  const RTL = ['ar', 'fa', 'he', 'ur'];
  const TEXT = {
    en: { heading: 'Upcoming events', loading: 'Loading…', none: 'No upcoming events.',
      error: 'The events could not be loaded.', subscribe: 'Subscribe', webcal: 'Calendar app (webcal)',
      google: 'Google Calendar', outlook: 'Outlook', more: 'All these events on LearnCal', postponed: 'Postponed',
      online: 'Online', in_person: 'In person', hybrid: 'Hybrid' },
    fr: { heading: 'Événements à venir', loading: 'Chargement…', none: 'Aucun événement à venir.',
      error: 'Les événements n’ont pas pu être chargés.', subscribe: 'S’abonner',
      webcal: 'Application d’agenda (webcal)', google: 'Google Agenda', outlook: 'Outlook',
      more: 'Tous ces événements sur LearnCal', postponed: 'Reporté', online: 'En ligne', in_person: 'Sur place',
      hybrid: 'Hybride' },
    es: { heading: 'Próximos eventos', loading: 'Cargando…', none: 'No hay próximos eventos.',
      error: 'No se pudieron cargar los eventos.', subscribe: 'Suscribirse',
      webcal: 'Aplicación de calendario (webcal)', google: 'Google Calendar', outlook: 'Outlook',
      more: 'Todos estos eventos en LearnCal', postponed: 'Aplazado', online: 'En línea', in_person: 'Presencial',
      hybrid: 'Híbrido' },
    ar: { heading: 'الفعاليات القادمة', loading: 'جارٍ التحميل…', none: 'لا توجد فعاليات قادمة.',
      error: 'تعذّر تحميل الفعاليات.', subscribe: 'اشترك', webcal: 'تطبيق التقويم (webcal)',
      google: 'تقويم Google', outlook: 'Outlook', more: 'كل هذه الفعاليات على LearnCal', postponed: 'مؤجَّل',
      online: 'عبر الإنترنت', in_person: 'حضوري', hybrid: 'هجين' }
  };
  const CSS = `
:host { display: block; font: var(--learncal-font, 1rem/1.45 system-ui, sans-serif);
  color: var(--learncal-color, #1d2330); }
section { background: var(--learncal-background, #fff); border: 1px solid var(--learncal-border, #cfd5df);
  border-radius: var(--learncal-radius, 8px); padding: var(--learncal-padding, 1rem); }
h2 { font-size: 1.15em; margin: 0 0 .6em; }
ol { list-style: none; margin: 0; padding: 0; }
li.event { padding: .55em 0; border-top: 1px solid var(--learncal-border, #cfd5df); }
li.event:first-child { border-top: 0; }
a { color: var(--learncal-accent, #0b5cad); }
a:focus-visible, button:focus-visible { outline: 3px solid var(--learncal-focus, #f2a900); outline-offset: 2px; }
.title { font-weight: 600; }
.when, .meta, [role=status] { display: block; color: var(--learncal-muted, #4b5565); font-size: .92em; }
.badge { font-weight: 600; color: var(--learncal-warning, #8a4b00); }
.actions { display: flex; flex-wrap: wrap; gap: .6em 1em; align-items: center; margin-top: .8em; }
.subscribe { position: relative; }
button { font: inherit; cursor: pointer; color: var(--learncal-button-color, #fff);
  background: var(--learncal-accent, #0b5cad); border: 0; border-radius: 4px; padding: .35em .8em; }
[role=menu] { position: absolute; inset-inline-start: 0; z-index: 1; list-style: none; margin: .3em 0 0;
  padding: .3em 0; min-width: 14em; background: var(--learncal-background, #fff);
  border: 1px solid var(--learncal-border, #cfd5df); border-radius: 4px; }
[role=menu] a { display: block; padding: .35em .8em; }
[hidden] { display: none !important; }`;
  let sheet = null;

  function words(lang) {
    return TEXT[lang] || TEXT[(lang || '').split('-')[0]] || TEXT.en;
  }

  function el(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    if (text != null) node.textContent = text;
    return node;
  }

  function when(event, locale) {
    if (event.allDay) {
      const day = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
      const first = day.format(new Date(event.startDate + 'T00:00:00Z'));
      return event.endDate === event.startDate ? first
        : first + ' – ' + day.format(new Date(event.endDate + 'T00:00:00Z'));
    }
    return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(event.start))
      + ' (' + Intl.DateTimeFormat().resolvedOptions().timeZone + ')';
  }

  class LearnCalEvents extends HTMLElement {
    static get observedAttributes() { return FILTERS.concat(['lang']); }

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      this.shadowRoot.adoptedStyleSheets = [sheet];
      this.generation = 0;
    }

    connectedCallback() { this.load(); }

    attributeChangedCallback() { if (this.isConnected) this.load(); }

    uiLanguage() {
      return (this.getAttribute('lang') || document.documentElement.lang || navigator.language || 'en')
        .toLowerCase();
    }

    search() {
      const query = new URLSearchParams();
      FILTERS.forEach(name => { if (this.getAttribute(name)) query.set(name, this.getAttribute(name)); });
      if (!query.has('limit')) query.set('limit', '5');
      return query;
    }

    async load() {
      const generation = ++this.generation;
      const lang = this.uiLanguage();
      const t = words(lang);
      const box = el('section', { lang, dir: RTL.includes(lang.split('-')[0]) ? 'rtl' : 'ltr',
        'aria-labelledby': 'heading', 'aria-busy': 'true' });
      box.append(el('h2', { id: 'heading', part: 'heading' }, this.getAttribute('heading') || t.heading));
      const status = el('p', { role: 'status' }, t.loading);
      box.append(status);
      this.shadowRoot.replaceChildren(box);
      try {
        const response = await fetch(SERVICE + '/api/events?' + this.search(), {
          headers: { Accept: 'application/json' }, credentials: 'omit' });
        if (!response.ok) throw new Error(response.status);
        const page = await response.json();
        if (generation === this.generation) this.show(box, status, page, lang, t);
      } catch (e) {
        if (generation === this.generation) status.textContent = t.error;
      } finally {
        box.removeAttribute('aria-busy');
      }
    }

    show(box, status, page, lang, t) {
      status.textContent = page.items.length ? '' : t.none;
      const list = el('ol', { role: 'list', part: 'list' });
      page.items.forEach(event => {
        const item = el('li', { class: 'event', part: 'event' });
        item.append(el('a', { class: 'title', href: event.links.html, lang: event.language, dir: 'auto',
          target: '_blank', rel: 'noopener' }, event.title));
        item.append(el('time', { class: 'when', datetime: event.allDay ? event.startDate : event.start },
          when(event, lang)));
        const meta = [t[event.format] || event.format].concat(event.city ? [event.city.name] : []);
        item.append(el('span', { class: 'meta' }, meta.join(' · ')));
        if (event.status === 'postponed') item.append(el('span', { class: 'badge' }, t.postponed));
        list.append(item);
      });
      box.append(list, this.actions(page.links, t));
    }

    actions(links, t) {
      const feed = links.ics;
      const row = el('div', { class: 'actions' });
      const menu = el('ul', { role: 'menu', id: 'subscribe-menu', hidden: '' });
      [[links.webcal, t.webcal],
        ['https://calendar.google.com/calendar/render?cid=' + encodeURIComponent(links.webcal), t.google],
        ['https://outlook.live.com/calendar/0/addfromweb?url=' + encodeURIComponent(feed), t.outlook]]
        .forEach(([href, label]) => {
          const entry = el('li', { role: 'none' });
          entry.append(el('a', { role: 'menuitem', href, target: '_blank', rel: 'noopener', tabindex: '-1' },
            label));
          menu.append(entry);
        });
      const button = el('button', { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false',
        'aria-controls': 'subscribe-menu' }, t.subscribe);
      const items = () => Array.from(menu.querySelectorAll('a'));
      const toggle = open => {
        menu.hidden = !open;
        button.setAttribute('aria-expanded', String(open));
        if (open) items()[0].focus();
      };
      button.addEventListener('click', () => toggle(menu.hidden));
      button.addEventListener('keydown', e => { if (e.key === 'ArrowDown') { e.preventDefault(); toggle(true); } });
      menu.addEventListener('keydown', e => {
        const all = items();
        const at = all.indexOf(this.shadowRoot.activeElement);
        if (e.key === 'Escape') { toggle(false); button.focus(); }
        else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          all[(at + (e.key === 'ArrowDown' ? 1 : all.length - 1)) % all.length].focus();
        }
      });
      menu.addEventListener('focusout', e => { if (!menu.contains(e.relatedTarget)) toggle(false); });
      const subscribe = el('div', { class: 'subscribe' });
      subscribe.append(button, menu);
      row.append(subscribe, el('a', { href: links.html, target: '_blank', rel: 'noopener' }, t.more));
      return row;
    }
  }

  if (!customElements.get('learncal-events')) customElements.define('learncal-events', LearnCalEvents);
})();
