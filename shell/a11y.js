// The accessibility mirror: the canvas is pixels, so a screen reader hears
// nothing of it. After each drawn frame this file rebuilds, from the app's
// widget registry (kinerja_a11y_json), a live DOM copy of the screen: every
// control with its role, name, value and state, every line of text, in
// reading order, under landmarks (header, navigation, main, dialog). The
// copy lies over the canvas, invisible and transparent to the mouse.
//
// Keyboard: Tab and Shift+Tab move through the copy as through any page (and
// out of it: no trap). Focusing a copy moves the app's keyboard focus to its
// widget, which the canvas draws as a ring and scrolls into view; Enter,
// Space or a screen reader's click activate it; typing into a copied text
// field types into the widget. Arrows and Escape go to the app, whose focus
// the copy follows. Status lines ("Tersimpan") and errors are announced.
//
// Loaded before app.js and kinerja.js, so its key listeners run before GLFW's.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const running = () => typeof Module !== 'undefined' && Module.calledRun && typeof Module._kinerja_a11y_json === 'function';
  const TEXT = { id: {}, en: {} };
  const say = (key) => {
    const lang = document.documentElement.lang === 'en' ? 'en' : 'id';
    return (TEXT[lang] && TEXT[lang][key]) || TEXT.id[key] || key;
  };
  Object.assign(TEXT.id, {
    root: 'Kinerja Samarinda', nav: 'Navigasi peran', main: 'Isi layar', dialog: 'Dialog',
    below: 'Tampilkan bagian layar berikutnya', above: 'Tampilkan bagian layar sebelumnya',
  });
  Object.assign(TEXT.en, {
    root: 'Kinerja Samarinda', nav: 'Role navigation', main: 'Screen content', dialog: 'Dialog',
    below: 'Show the next part of the screen', above: 'Show the previous part of the screen',
  });

  // ---------------------------------------------------------------- the copy's skeleton
  const root = document.createElement('div');
  root.id = 'a11y';
  root.hidden = true;  // until the app draws its first frame
  const header = document.createElement('header');
  const nav = document.createElement('nav');
  const main = document.createElement('main');
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'false');
  const live = document.createElement('div');
  live.id = 'a11y-status';
  live.className = 'sr-only';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  const alert = document.createElement('div');
  alert.id = 'a11y-alert';
  alert.className = 'sr-only';
  alert.setAttribute('role', 'alert');
  header.append(nav);
  root.append(header, main, dialog);
  const mount = () => {
    document.body.append(root, live, alert);
    // Without WebGL the HTML figures are the page's main content.
    if (document.body.classList.contains('no-webgl')) $('publik-html').setAttribute('role', 'main');
  };
  document.addEventListener('DOMContentLoaded', mount);

  // ---------------------------------------------------------------- elements per item
  const nodes = new Map();  // key -> element, reused so focus survives a rebuild
  const focusable = (el) => el && el.matches && el.matches('button, input, textarea');
  const isText = (el) => el && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && el.type === 'text'));

  function tagFor(role) {
    switch (role) {
      case 'title': return 'h1';
      case 'heading': return 'h2';
      case 'text': case 'status': case 'alert': return 'p';
      case 'textbox': return 'input:text';
      case 'multiline': return 'textarea';
      default: return 'button';  // checkboxes and radios too, with their role (native ones would toggle themselves)
    }
  }

  function make(tag) {
    const [name, type] = tag.split(':');
    const el = document.createElement(name);
    if (type) el.type = type;
    if (name === 'button') el.type = 'button';
    if (focusable(el)) {
      el.addEventListener('focus', onFocus);
      if (!isText(el)) el.addEventListener('click', onActivate);
    }
    return el;
  }

  function place(el, it) {
    const s = el.style;
    s.left = `${it.x}px`;
    s.top = `${it.y}px`;
    s.width = `${Math.max(1, it.w)}px`;
    s.height = `${Math.max(1, it.h)}px`;
  }

  function fill(el, it, name) {
    const set = (attr, v) => {
      if (v === null || v === undefined || v === '') { if (el.hasAttribute(attr)) el.removeAttribute(attr); }
      else if (el.getAttribute(attr) !== String(v)) el.setAttribute(attr, String(v));
    };
    if (isText(el)) {
      set('aria-label', name);
      set('placeholder', it.hint || '');
      if (el.value !== (it.value || '')) el.value = it.value || '';
    } else {
      let text = name;
      if (it.role === 'combobox') text = name ? `${name}: ${it.value || ''}` : it.value || '';
      if (el.textContent !== text) el.textContent = text;
      if (el.tagName === 'BUTTON') {
        const toggle = it.role === 'checkbox' || it.role === 'radio';
        set('role', toggle ? it.role : '');
        set('aria-checked', toggle ? !!it.checked : '');
        set('aria-haspopup', it.role === 'combobox' ? 'listbox' : '');
        set('aria-expanded', it.expanded === undefined ? '' : it.expanded);
        set('aria-pressed', !toggle && it.role !== 'combobox' && it.checked !== undefined ? it.checked : '');
      }
    }
    set('aria-disabled', it.disabled ? 'true' : '');
    set('data-id', it.id || '');
    set('data-role', it.role);
    place(el, it);
  }

  // ---------------------------------------------------------------- rebuild after a frame
  let last = null;       // the last parsed frame
  let lastDrawn = -1;
  let announced = null;  // status lines already read out
  let followFocus = 0;   // the app's focus uid the copy last followed
  let pendingFocus = null;  // after a scroll: focus the first new control
  let syncing = false;
  let awaitApp = null;      // { uid, frames }: focus given to the app, not yet drawn

  function container(it) {
    if (it.layer === 'dialog') return dialog;
    if (it.id && it.id.startsWith('nav.')) return nav;
    if (it.role === 'title' || it.layer === 'top') return header;
    return main;
  }

  function sentinel(key, label, direction) {
    let el = nodes.get(key);
    if (!el) {
      el = document.createElement('button');
      el.type = 'button';
      el.className = 'a11y-more';
      el.addEventListener('click', () => {
        const before = new Set([...main.querySelectorAll('[data-uid]')].map((n) => n.dataset.uid));
        pendingFocus = { before, direction, frames: 0 };
        Module._kinerja_a11y_scroll(direction);
      });
      nodes.set(key, el);
    }
    el.textContent = label;
    return el;
  }

  function rebuild() {
    const data = JSON.parse(Module.UTF8ToString(Module._kinerja_a11y_json()));
    last = data;
    const wanted = new Map([[header, []], [nav, []], [main, []], [dialog, []]]);
    const seen = new Set();
    const count = new Map();
    let lastText = { layer: '', text: '' };
    for (const it of data.items) {
      const text = it.role === 'text' || it.role === 'status' || it.role === 'alert' || it.role === 'heading' || it.role === 'title';
      let name = it.name;
      // A field with no words of its own is named by the line above it, as a sighted user reads it.
      if (!text && !name) name = (lastText.layer === it.layer && lastText.text) || it.hint || it.id.replace(/[._]/g, ' ');
      if (text) lastText = { layer: it.layer, text: it.name };
      const base = text ? `t:${it.layer}:${it.name}` : `c:${it.uid}`;
      const n = (count.get(base) || 0) + 1;
      count.set(base, n);
      const key = `${base}#${n}:${tagFor(it.role)}`;
      let el = nodes.get(key);
      if (!el) {
        el = make(tagFor(it.role));
        nodes.set(key, el);
      }
      if (!text) el.dataset.uid = String(it.uid);
      fill(el, it, name);
      seen.add(key);
      const box = container(it);
      // The navigation sits in the header where its buttons are drawn.
      if (box === nav && !wanted.get(header).includes(nav)) wanted.get(header).push(nav);
      wanted.get(box).push(el);
    }
    const scroll = data.scroll || { y: 0, max: 0 };
    if (scroll.y > 1) { wanted.get(main).unshift(sentinel('more:above', say('above'), -1)); seen.add('more:above'); }
    if (scroll.max - scroll.y > 1) { wanted.get(main).push(sentinel('more:below', say('below'), 1)); seen.add('more:below'); }

    const active = document.activeElement;
    const hadFocus = root.contains(active) && active !== root;
    for (const [box, list] of wanted) {
      // Leavers go first, so that the focused element never has to move past
      // them (moving it in the DOM would take its focus away).
      const keep = new Set(list);
      for (const child of [...box.children]) if (!keep.has(child)) child.remove();
      let at = box.firstChild;
      for (const el of list) {
        if (at === el) { at = at.nextSibling; continue; }
        box.insertBefore(el, at);
      }
      while (at) { const next = at.nextSibling; at.remove(); at = next; }
    }
    for (const [key, el] of nodes) if (!seen.has(key)) { el.remove(); nodes.delete(key); }
    nav.hidden = !nav.firstChild;
    header.hidden = !header.firstChild;
    dialog.hidden = !dialog.firstChild;
    nav.setAttribute('aria-label', say('nav'));
    main.setAttribute('aria-label', say('main'));
    dialog.setAttribute('aria-label', say('dialog'));
    if (root.hidden) {
      root.hidden = false;
      // The copy now carries the screen: the HTML figures (for browsers
      // without WebGL and for search engines) would only repeat it.
      $('publik-html').inert = true;
    }

    // Where the keyboard focus goes now.
    const byUid = (uid) => root.querySelector(`[data-uid="${uid}"]`);
    if (awaitApp && (data.focus === awaitApp.uid || ++awaitApp.frames > 10)) awaitApp = null;
    if (pendingFocus) {
      // The scroll lands a frame or two later: wait for the controls it brings.
      const { before, direction } = pendingFocus;
      const controls = [...main.querySelectorAll('[data-uid]')];
      const fresh = controls.filter((n) => !before.has(n.dataset.uid));
      let target = direction > 0 ? fresh[0] : fresh[fresh.length - 1];
      const expired = ++pendingFocus.frames > 10;
      // Only text came into view: stay on the "more" button, or (at the end) on the nearest control.
      if (!target && expired && !root.contains(document.activeElement)) target = direction > 0 ? controls[controls.length - 1] : controls[0];
      if (target) focusQuietly(target, true);
      if (target || expired) pendingFocus = null;
    } else if (awaitApp) {
      // The app has not yet drawn the focus the copy gave it: do not follow its old one.
    } else if (data.focus && data.focus !== followFocus && (hadFocus || active === document.body || active === Module.canvas)) {
      // The app moved its focus (arrows, a popup opening): the copy follows.
      const el = byUid(data.focus);
      if (el && el !== active && (hadFocus || active === Module.canvas)) focusQuietly(el, false);
    } else if (hadFocus && !root.contains(active)) {
      // The focused widget left the screen: the "more" button at the end of
      // the screen goes to the last control; otherwise (the screen changed)
      // start at the new screen's first control.
      const all = [...main.querySelectorAll('button, input, textarea')];
      const at = active && active.classList && active.classList.contains('a11y-more') && active.textContent === say('below')
        ? all[all.length - 1] : all[0] || root.querySelector('button, input, textarea');
      if (at) focusQuietly(at, true);
    }
    followFocus = data.focus;
    announce(data.items);
  }

  function focusQuietly(el, tellApp) {
    syncing = !tellApp;
    el.focus({ preventScroll: true });
    syncing = false;
  }

  // Status lines and errors are read out when they appear or change (not at load).
  function announce(items) {
    const now = items.filter((it) => it.role === 'status' || it.role === 'alert').map((it) => `${it.role}:${it.name}`);
    if (announced === null) { announced = new Set(now); return; }
    const fresh = now.filter((s) => !announced.has(s));
    announced = new Set(now);
    const polite = fresh.filter((s) => s.startsWith('status:')).map((s) => s.slice(7));
    const urgent = fresh.filter((s) => s.startsWith('alert:')).map((s) => s.slice(6));
    if (polite.length) live.textContent = polite.join('. ');
    if (urgent.length) alert.textContent = urgent.join('. ');
  }

  // ---------------------------------------------------------------- events from the copy
  function onFocus(e) {
    if (syncing || !running()) return;
    const uid = Number(e.currentTarget.dataset.uid);
    if (!uid) return;
    followFocus = uid;
    awaitApp = { uid, frames: 0 };
    // A text field is also entered, so what is typed goes into it.
    Module._kinerja_a11y_focus(uid, isText(e.currentTarget) ? 1 : 0);
  }

  function onActivate(e) {
    const el = e.currentTarget;
    const uid = Number(el.dataset.uid);
    if (uid && running()) Module._kinerja_a11y_focus(uid, 1);
  }

  // Keys: Tab belongs to the page; keys on a copied control go to the app as
  // its widget's keys; keys on other page content never reach the app.
  function route(e) {
    if (!running()) return;
    const t = e.target;
    const inCopy = root.contains(t) && t !== root;
    if (e.key === 'Tab' && t !== Module.canvas) {
      // The browser moves the focus (into, through and out of the copy); GLFW would swallow it.
      e.stopImmediatePropagation();
      return;
    }
    if (t === Module.canvas) {
      if (e.type === 'keydown' && e.key === 'Tab') {
        // From the canvas, Tab enters the copy at the app's focus (or its start).
        e.preventDefault();
        e.stopImmediatePropagation();
        const at = (last && last.focus && root.querySelector(`[data-uid="${last.focus}"]`)) ||
          (e.shiftKey ? [...root.querySelectorAll('button, input, textarea')].pop() : root.querySelector('button, input, textarea'));
        if (at) at.focus();
      }
      return;
    }
    if (!inCopy) {
      // Links and fields of the HTML page around the canvas keep their own keys.
      if (t !== document.body && t !== document.documentElement && t !== $('ime')) e.stopImmediatePropagation();
      return;
    }
    if (isText(t)) {
      // Typed text reaches the widget through GLFW; the copy shows the widget's value.
      if (e.type === 'keypress') e.preventDefault();
      return;
    }
    if (e.key === 'Enter' || e.key === ' ' || e.key === 'Spacebar') { e.stopImmediatePropagation(); return; }
    if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End' || e.key.startsWith('Page')) e.preventDefault();
  }
  for (const type of ['keydown', 'keypress', 'keyup']) window.addEventListener(type, route, true);

  // ---------------------------------------------------------------- after each drawn frame
  function tick() {
    if (running()) {
      const drawn = Module._kinerja_drawn_frames();
      if (drawn !== lastDrawn) {
        lastDrawn = drawn;
        try { rebuild(); } catch (err) { console.warn('a11y mirror:', err); }
      }
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);

  globalThis.kinerjaA11y = {
    // The copy as a screen reader meets it: [{role, name, value, checked}], in order.
    read() {
      return [...root.querySelectorAll('h1, h2, p, button, input, textarea')].filter((el) => !el.closest('[hidden]')).map((el) => ({
        tag: el.tagName.toLowerCase(), role: el.dataset.role || 'more', id: el.dataset.id || '',
        name: el.getAttribute('aria-label') || el.textContent, value: isText(el) ? el.value : undefined,
        checked: el.hasAttribute('aria-checked') ? el.getAttribute('aria-checked') === 'true'
          : el.hasAttribute('aria-pressed') ? el.getAttribute('aria-pressed') === 'true' : undefined,
        focused: el === document.activeElement,
      }));
    },
    focusedId: () => (root.contains(document.activeElement) ? document.activeElement.dataset.id || '' : null),
    appFocus: () => (last ? last.focus : 0),
    status: () => live.textContent,
    alert: () => alert.textContent,
  };
})();
