'use strict';
(function () {
  const ZONE = 'Asia/Ho_Chi_Minh';
  const $ = (id) => document.getElementById(id);
  let chart = null;
  let timer = null;

  const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
  const number = (n) => (n === null || n === undefined) ? '—' : Number(n).toLocaleString('vi-VN');
  const percent = (n) => (n === null || n === undefined) ? '—' : Number(n).toLocaleString('vi-VN') + '%';
  const figure = (i) => i.value === null ? 'chưa có dữ liệu' : (i.unit === '%' ? percent(i.value) : number(i.value) + ' ' + i.unit);
  const fraction = (i) => i.numerator === null ? '—' : number(i.numerator) + ' / ' + number(i.denominator);
  const time = (iso) => iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' }) : '—';

  // The session cookie carries the login; the page keeps no password, only the CSRF token
  // that the login and the logout must send.
  let csrf = null;

  async function session() {
    const response = await fetch('/api/session', { headers: { Accept: 'application/json' } });
    const body = await response.json();
    csrf = { header: body.csrfHeader, token: body.csrfToken };
    return body.user;
  }

  async function problem(response) {
    let detail = 'Lỗi ' + response.status;
    try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
    return detail;
  }

  async function post(path, body) {
    return fetch(path, { method: 'POST', body: body, headers: { Accept: 'application/json', [csrf.header]: csrf.token } });
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    if (response.status === 401) { showLogin(); session(); throw new Error('Phiên đăng nhập đã hết; vui lòng đăng nhập lại.'); }
    if (!response.ok) throw new Error(await problem(response));
    return response;
  }
  const json = async (path) => (await api(path)).json();

  function cards(target, items) {
    const box = $(target);
    box.replaceChildren(...items.map(([label, value, warn]) => {
      const card = document.createElement('div');
      card.className = 'card' + (warn ? ' warn' : '');
      const v = document.createElement('div'); v.className = 'value'; v.textContent = value;
      const l = document.createElement('div'); l.className = 'label'; l.textContent = label;
      card.append(v, l);
      return card;
    }));
  }

  function rows(table, items, cells) {
    const body = $(table).querySelector('tbody');
    if (items.length === 0) {
      const tr = document.createElement('tr'); const td = document.createElement('td');
      td.colSpan = $(table).querySelectorAll('th').length; td.textContent = 'Không có hồ sơ.'; td.className = 'muted';
      tr.append(td); body.replaceChildren(tr); return;
    }
    body.replaceChildren(...items.map((item) => {
      const tr = document.createElement('tr');
      cells(item).forEach((value, i) => {
        const td = document.createElement('td'); td.textContent = value;
        if (typeof value === 'string' && /^[\d.,%—-]+$/.test(value) && i > 0) td.className = 'num';
        tr.append(td);
      });
      return tr;
    }));
  }

  function query() {
    return 'from=' + encodeURIComponent($('from').value) + '&to=' + encodeURIComponent($('to').value);
  }

  // Each panel loads and fails on its own: a panel whose data cannot be read says so in
  // its own place, and the others still show.
  async function panel(name, work) {
    const error = $(name + '-error');
    error.hidden = true;
    try {
      await work();
      return null;
    } catch (e) {
      error.textContent = 'Không tải được phần này: ' + e.message;
      error.hidden = false;
      // Figures of an earlier load must not pass for current ones.
      if (name === 'trend') { if (chart) chart.clear(); } else {
        const box = $(name); const body = box.querySelector('tbody'); (body || box).replaceChildren();
      }
      return name;
    }
  }

  async function load() {
    $('error').hidden = true;
    const day = today();
    const period = json('/api/reports/summary?' + query());
    const dueSoon = json('/api/reports/due-soon');
    const indicators = json('/api/reports/indicators?' + query());
    // A rejected promise nobody awaits yet must not be reported as unhandled.
    period.catch(() => null); dueSoon.catch(() => null); indicators.catch(() => null);
    $('period-label').textContent = '(' + $('from').value + ' – ' + $('to').value + ')';
    const failed = (await Promise.all([
      panel('today', async () => {
        const now = await json('/api/reports/summary?from=' + day + '&to=' + day);
        const soon = await dueSoon.catch(() => null);
        cards('today', [['Tiếp nhận', number(now.received)], ['Đã giải quyết', number(now.resolved)],
          ['Đang giải quyết', number(now.inProgress)], ['Đang quá hạn', number(now.inProgressOverdue), now.inProgressOverdue > 0],
          ['Đến hạn ngày làm việc tới', soon ? number(soon.length) : '—']]);
      }),
      panel('summary', async () => {
        const p = await period;
        cards('summary', [['Tiếp nhận', number(p.received)], ['Trực tuyến', number(p.receivedOnline)],
          ['Đã giải quyết', number(p.resolved)], ['Trước hạn', number(p.resolvedEarly)],
          ['Đúng hạn', number(p.resolvedOnTime)], ['Quá hạn', number(p.resolvedLate), p.resolvedLate > 0],
          ['Đang giải quyết', number(p.inProgress)], ['Đang quá hạn', number(p.inProgressOverdue), p.inProgressOverdue > 0],
          ['Dừng xử lý, trả lại', number(p.stopped)], ['Rút hồ sơ', number(p.withdrawn)],
          ['Từ chối tiếp nhận', number(p.refused)], ['Chờ tiếp nhận (cuối kỳ)', number(p.awaitingReception)],
          ['Tỷ lệ trước hạn', percent(p.earlyRate)], ['Tỷ lệ có kết quả đúng hạn', percent(p.onTimeRate)],
          ['Tỷ lệ đúng hạn (766)', percent(p.inTimeRate)], ['Số ngày trước hạn TB', number(p.avgDaysEarly)],
          ['Tỷ lệ đánh giá hài lòng', percent(p.satisfactionRate)],
          ['Mức độ hài lòng (766)', percent(p.satisfaction766)]]);
      }),
      panel('indicators', async () => {
        const body = await indicators;
        rows('indicators', body.indicators, (i) => [i.name, figure(i), fraction(i), i.formula, i.source]);
      }),
      // The 766 satisfaction of each lead agency, with the formula it is computed by.
      panel('satisfaction-agencies', async () => {
        const body = await indicators;
        const items = body.byAgency.flatMap((a) => a.indicators
          .filter((i) => i.code === 'muc-do-hai-long-766').map((i) => ({ agency: a.name, indicator: i })));
        rows('satisfaction-agencies', items, (item) => [item.agency, figure(item.indicator),
          fraction(item.indicator), item.indicator.formula, item.indicator.source]);
      }),
      panel('trend', async () => drawTrend(await json('/api/reports/trend?' + query()))),
      panel('agencies', async () => {
        rows('agencies', (await period).byAgency, (a) => [a.name, number(a.received), number(a.resolved), number(a.resolvedEarly),
          number(a.resolvedLate), number(a.inProgress), number(a.inProgressOverdue), number(a.lateSteps), percent(a.onTimeRate),
          number(a.complainedOrDisliked), percent(a.satisfaction766)]);
      }),
      panel('due-soon', async () => rows('due-soon', await dueSoon, (d) => [d.code, d.procedureName, d.agencyName, time(d.dueAt)])),
      panel('overdue', async () => rows('overdue', await json('/api/reports/overdue'),
        (d) => [d.code, d.procedureName, d.agencyName, time(d.originalDueAt), number(d.workingDaysLate)]))
    ])).filter((name) => name !== null);
    $('updated').textContent = new Date().toLocaleTimeString('vi-VN', { timeZone: ZONE });
    document.body.dataset.failed = failed.join(' ');
    document.body.dataset.loaded = String(Date.now());
  }

  function drawTrend(days) {
    if (!window.echarts) return;
    chart = chart || echarts.init($('trend'));
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { data: ['Tiếp nhận', 'Đã giải quyết', 'Quá hạn'] },
      grid: { left: 40, right: 16, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: days.map((d) => d.date.slice(8, 10) + '/' + d.date.slice(5, 7)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'Tiếp nhận', type: 'bar', data: days.map((d) => d.received), itemStyle: { color: '#5470c6' } },
        { name: 'Đã giải quyết', type: 'line', data: days.map((d) => d.resolved), itemStyle: { color: '#3ba272' } },
        { name: 'Quá hạn', type: 'line', data: days.map((d) => d.resolvedLate), itemStyle: { color: '#b3261e' } }]
    });
  }

  async function download(file) {
    try {
      const blob = await (await api('/api/reports/' + file + '?' + query())).blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = file.replace('.', '_' + $('from').value + '_' + $('to').value + '.');
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    } catch (e) { $('error').textContent = e.message; $('error').hidden = false; }
  }

  function show(user) {
    $('login').hidden = true; $('board').hidden = false; $('who').hidden = false;
    $('user').textContent = user || '';
    load();
    clearInterval(timer);
    timer = setInterval(load, 60000);
  }

  function showLogin() {
    clearInterval(timer);
    $('board').hidden = true; $('who').hidden = true; $('login').hidden = false;
  }

  async function logout() {
    try { await post('/api/session/logout', null); } finally { showLogin(); await session(); }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const day = today();
    $('from').value = day.slice(0, 8) + '01';
    $('to').value = day;
    $('login').addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = new URLSearchParams({ username: $('username').value.trim(), password: $('password').value });
      $('password').value = '';
      $('login-error').hidden = true;
      try {
        const response = await post('/api/session', form);
        if (!response.ok) throw new Error(await problem(response));
        const body = await response.json();
        csrf = { header: body.csrfHeader, token: body.csrfToken };
        show(body.user);
      } catch (e) {
        await session().catch(() => null);
        $('login-error').textContent = 'Đăng nhập không thành công: ' + e.message;
        $('login-error').hidden = false;
      }
    });
    $('logout').addEventListener('click', logout);
    $('period').addEventListener('submit', (event) => { event.preventDefault(); load(); });
    document.querySelectorAll('[data-export]').forEach((b) => b.addEventListener('click', () => download(b.dataset.export)));
    window.addEventListener('resize', () => chart && chart.resize());
    session().then((user) => { if (user) show(user); });
  });
})();
