// "Hồ sơ của tôi": the logged-in citizen's dossiers (/api/citizen/**), after a VNeID login.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);

  function text(tag, content, className) {
    const element = document.createElement(tag);
    element.textContent = content;
    if (className) element.className = className;
    return element;
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '';
  }

  function csrf() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN-CONG-DAN='));
    return cookie ? decodeURIComponent(cookie.split('=')[1]) : '';
  }

  async function get(url) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (response.status === 401) return null;
    const body = await response.json();
    if (!response.ok) throw new Error(body.detail || body.title || 'Không tải được, vui lòng thử lại.');
    return body;
  }

  async function showLogin() {
    $('account').textContent = new URLSearchParams(location.search).has('loi')
      ? 'Đăng nhập không thành công, mời ông/bà thử lại.' : 'Ông/bà chưa đăng nhập.';
    const login = await get('/api/public/citizen-login');
    if (login && login.available) {
      $('login-link').href = login.url;
      $('login').hidden = false;
    } else {
      $('account').textContent += ' Đăng nhập bằng VNeID chưa được bật tại trung tâm này; '
        + 'ông/bà vẫn tra cứu được hồ sơ bằng mã hồ sơ và số định danh ở trang chủ.';
    }
  }

  function dossierCard(dossier) {
    const item = document.createElement('li');
    const open = text('a', dossier.code);
    open.href = '#chi-tiet';
    open.addEventListener('click', () => detail(dossier.code));
    item.append(open, text('div', dossier.procedureName), text('div',
      dossier.statusLabel + ' · nộp ' + when(dossier.submittedAt)
      + (dossier.dueAt ? ' · hẹn trả ' + when(dossier.dueAt) : ''), 'meta'));
    if (dossier.dueAt) {
      const receipt = text('a', 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF)', 'receipt-link');
      receipt.href = '/api/citizen/dossiers/' + encodeURIComponent(dossier.code) + '/receipt.pdf';
      receipt.target = '_blank';
      item.append(receipt);
    }
    if (dossier.resultAvailable) {
      const result = text('a', 'Tải kết quả điện tử (có chữ ký số)', 'result-link');
      result.href = '/api/citizen/dossiers/' + encodeURIComponent(dossier.code) + '/result';
      item.append(result);
    }
    return item;
  }

  async function detail(code) {
    const dossier = await get('/api/citizen/dossiers/' + encodeURIComponent(code));
    if (!dossier) return showLogin();
    $('detail-title').textContent = dossier.code + ' – ' + dossier.statusLabel;
    const rows = dossier.steps.map((step) => {
      const row = document.createElement('tr');
      row.append(text('td', when(step.occurredAt)), text('td', step.label), text('td', step.note || ''));
      return row;
    });
    $('steps').replaceChildren(...rows);
    $('chi-tiet').hidden = false;
  }

  async function start() {
    try {
      const me = await get('/api/citizen/me');
      if (!me) return showLogin();
      $('account').textContent = 'Xin chào ' + me.name + ' (số định danh ' + me.idNumber + ').';
      $('logout').hidden = false;
      $('submit-online').hidden = false;
      const dossiers = await get('/api/citizen/dossiers');
      $('dossiers').replaceChildren(...dossiers.map(dossierCard));
      $('empty').hidden = dossiers.length > 0;
      $('danh-sach').hidden = false;
    } catch (error) {
      $('account').replaceChildren(text('span', error.message, 'error'));
    }
  }

  $('logout').addEventListener('click', async () => {
    await fetch('/api/citizen/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrf() } });
    location.href = '/portal/ho-so-cua-toi.html';
  });
  start();
}());
